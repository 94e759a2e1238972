import { accountEndpoints as endpoints, type UpdateAccount } from '../../../../shared/contract/auth.ts';
import { call } from '../../../lib/api.ts';

export async function listAccounts(signal?: AbortSignal) {
  const { accounts } = await call(endpoints.list, { signal });
  return accounts;
}

export function updateAccount(id: string, change: UpdateAccount) {
  return call(endpoints.update, { params: { id }, body: change });
}
