import type { AuditEntry } from '../../../shared/contract/audit.ts';
import type { Queryable } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';

export interface AuditContext {
  actorAccountId: string | null;
  actorEmail: string | null;
  ip: string | null;
}

export interface AuditRecord {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Every audited action writes one entry, so the insert is compiled once. */
const insertEntry = prepare(
  'insert_audit_entry',
  (
    db,
    slot: {
      actorAccountId: string | null;
      actorEmail: string | null;
      ip: string | null;
      action: string;
      targetType: string | null;
      targetId: string | null;
      details: string;
    },
  ) =>
    db.insertInto('audit_log').values({
      actor_account_id: slot.actorAccountId,
      actor_email: slot.actorEmail,
      ip: slot.ip,
      action: slot.action,
      target_type: slot.targetType,
      target_id: slot.targetId,
      details: slot.details,
    }),
);

export async function insertAuditEntry(
  db: Queryable,
  context: AuditContext,
  record: AuditRecord,
): Promise<void> {
  await insertEntry(db, {
    actorAccountId: context.actorAccountId,
    actorEmail: context.actorEmail,
    ip: context.ip,
    action: record.action,
    targetType: record.targetType ?? null,
    targetId: record.targetId ?? null,
    details: JSON.stringify(record.details ?? {}),
  });
}

export async function listAuditEntries(
  db: Queryable,
  query: { action?: string; before?: number; limit: number },
): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.before) q = q.where('id', '<', query.before);
  const rows = await q.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actorEmail: row.actor_email,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    ip: row.ip,
    details: row.details,
  }));
}
