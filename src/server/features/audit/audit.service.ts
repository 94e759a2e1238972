import type { Queryable } from '../../db/database.ts';
import { type AuditContext, type AuditRecord, insertAuditEntry } from './audit.repository.ts';

/**
 * Writes one entry to the audit log, in the caller's transaction, so the entry exists exactly when
 * the change it records does. Every feature records its actions through this function.
 */
export async function recordAudit(db: Queryable, context: AuditContext, record: AuditRecord): Promise<void> {
  await insertAuditEntry(db, context, record);
}
