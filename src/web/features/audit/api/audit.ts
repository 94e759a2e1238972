import type { z } from 'zod';
import { type auditQuerySchema, auditEndpoints as endpoints } from '../../../../shared/contract/audit.ts';
import { call } from '../../../lib/api.ts';

export const AUDIT_PAGE_SIZE = 100;

/** What the audit log page filters by; the page size is always AUDIT_PAGE_SIZE. */
export type AuditFilter = Omit<z.infer<typeof auditQuerySchema>, 'limit'>;

export function listAuditEntries(query: AuditFilter, signal?: AbortSignal) {
  return call(endpoints.auditLog, { query: { ...query, limit: AUDIT_PAGE_SIZE }, signal });
}
