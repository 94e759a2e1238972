import type { Queryable } from '../../db/database.ts';

// Messages waiting for delivery; until mail is sent over SMTP the coordinator reads them here.
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
  }));
}
