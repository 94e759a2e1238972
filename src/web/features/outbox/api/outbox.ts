import { outboxEndpoints as endpoints, type OutboxQuery } from '../../../../shared/contract/outbox.ts';
import { call } from '../../../lib/api.ts';

/** One page of the outbox for the filters, with how many messages match them. */
export function listOutbox(query: OutboxQuery, signal?: AbortSignal) {
  return call(endpoints.list, { query, signal });
}
