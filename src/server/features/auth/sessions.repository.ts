import type { Queryable } from '../../db/database.ts';

export interface SessionRow {
  accountId: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export async function insertSession(
  db: Queryable,
  values: { tokenHash: string; accountId: string; ip: string | null; userAgent: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: values.tokenHash,
      account_id: values.accountId,
      ip: values.ip,
      user_agent: values.userAgent?.slice(0, 300) ?? null,
      created_at: values.now,
      last_seen_at: values.now,
    })
    .execute();
}

export async function findSession(db: Queryable, tokenHash: string): Promise<SessionRow | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['account_id', 'created_at', 'last_seen_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { accountId: row.account_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at } : null;
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfAccount(db: Queryable, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('account_id', '=', accountId).execute();
}

export async function recordSignInFailure(
  db: Queryable,
  email: string,
  ip: string,
  now: Date,
): Promise<void> {
  await db.insertInto('sign_in_failures').values({ email, ip, occurred_at: now }).execute();
}

export async function countRecentFailures(
  db: Queryable,
  since: Date,
  by: { email: string } | { ip: string },
): Promise<{ count: number; oldest: Date | null }> {
  let q = db
    .selectFrom('sign_in_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('occurred_at').as('oldest')])
    .where('occurred_at', '>', since);
  q = 'email' in by ? q.where('email', '=', by.email) : q.where('ip', '=', by.ip);
  const row = await q.executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as Date | null) ?? null };
}

export async function clearSignInFailures(db: Queryable, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
}
