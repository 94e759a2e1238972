import { accountListSchema, type UpdateAccount } from '../../../../shared/contract/auth.ts';
import { ignoredBody, request } from '../../../lib/api.ts';

export async function listAccounts(signal?: AbortSignal) {
  const { accounts } = await request('/accounts', accountListSchema, { signal });
  return accounts;
}

export function updateAccount(id: string, change: UpdateAccount) {
  return request(`/accounts/${id}`, ignoredBody, { method: 'PATCH', json: change });
}
