import type { AuditEntry } from '../../../shared/contract/audit.ts';
import type { Queryable } from '../../db/database.ts';

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

export async function insertAuditEntry(
  db: Queryable,
  context: AuditContext,
  record: AuditRecord,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_account_id: context.actorAccountId,
      actor_email: context.actorEmail,
      ip: context.ip,
      action: record.action,
      target_type: record.targetType ?? null,
      target_id: record.targetId ?? null,
      details: JSON.stringify(record.details ?? {}),
    })
    .execute();
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
