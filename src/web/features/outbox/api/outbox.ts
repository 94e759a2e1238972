import { auditEndpoints as endpoints } from '../../../../shared/contract/audit.ts';
import { call } from '../../../lib/api.ts';

export async function listOutbox(signal?: AbortSignal) {
  const { messages } = await call(endpoints.outbox, { signal });
  return messages;
}
