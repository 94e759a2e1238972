import { outboxListSchema } from '../../../../shared/contract/audit.ts';
import { request } from '../../../lib/api.ts';

export async function listOutbox(signal?: AbortSignal) {
  const { messages } = await request('/outbox', outboxListSchema, { signal });
  return messages;
}
