import type { z } from 'zod';
import type { auditQuerySchema } from '../../../shared/contract/audit.ts';
import type { Queryable } from '../../db/database.ts';
import {
  type AuditContext,
  type AuditRecord,
  insertAuditEntry,
  listAuditEntries,
} from './audit.repository.ts';

/**
 * Writes one entry to the audit log, in the caller's transaction, so the entry exists exactly when
 * the change it records does. Every feature records its actions through this function.
 */
export async function recordAudit(db: Queryable, context: AuditContext, record: AuditRecord): Promise<void> {
  await insertAuditEntry(db, context, record);
}

/** A page of the audit log, newest first, and where the next page starts (null on the last). */
export async function auditLogPage(db: Queryable, query: z.output<typeof auditQuerySchema>) {
  const entries = await listAuditEntries(db, query);
  const last = entries.at(-1);
  return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
}
