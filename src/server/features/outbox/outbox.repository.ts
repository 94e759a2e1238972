import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';

// Messages for delivery. The mail sender delivers them over SMTP; without SMTP settings they stay
// here and the coordinator reads them in the outbox view.
export async function insertOutboxMessage(
  db: Queryable,
  message: { recipient: string; subject: string; body: string },
) {
  await db.insertInto('outbox').values(message).execute();
}

export async function listOutbox(db: Queryable) {
  const rows = await db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at.toISOString(),
    status: r.status,
    attempts: Number(r.attempts),
    sentAt: r.sent_at?.toISOString() ?? null,
    lastError: r.last_error,
  }));
}

export interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Claims up to `limit` due messages for one sender: their next attempt moves past the lease, so no
 * other sender (in this or another process) takes them meanwhile. One statement, so it is atomic.
 */
export async function claimDueMessages(db: Queryable, now: Date, leaseUntil: Date, limit: number) {
  const result = await sql<ClaimedMessage>`
    update outbox set next_attempt_at = ${leaseUntil}, attempts = attempts + 1
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at, created_at
      limit ${limit}
      for update skip locked
    )
    returning id, recipient, subject, body, attempts`.execute(db);
  return result.rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

export async function markSent(db: Queryable, id: string, now: Date) {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(db: Queryable, id: string, error: string, retryAt: Date | null) {
  await db
    .updateTable('outbox')
    .set({
      last_error: error.slice(0, 500),
      ...(retryAt ? { next_attempt_at: retryAt } : { status: 'failed' as const }),
    })
    .where('id', '=', id)
    .execute();
}
