import { auditPageSchema } from '../../../../shared/contract/audit.ts';
import { request } from '../../../lib/api.ts';

export const AUDIT_PAGE_SIZE = 100;

export function listAuditEntries(query: { action?: string; before?: number }, signal?: AbortSignal) {
  return request('/audit-log', auditPageSchema, { query: { ...query, limit: AUDIT_PAGE_SIZE }, signal });
}
