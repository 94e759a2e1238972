import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';

export interface PasswordResetToken {
  id: string;
  accountId: string;
  expiresAt: Date;
  usedAt: Date | null;
  supersededAt: Date | null;
}

export async function insertPasswordResetToken(
  db: Queryable,
  values: { tokenHash: string; accountId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_reset_tokens')
    .values({
      token_hash: values.tokenHash,
      account_id: values.accountId,
      created_at: values.now,
      expires_at: values.expiresAt,
    })
    .execute();
}

/** Marks the account's unused links superseded; answers the ids of those it marked. */
export async function supersedeUnusedPasswordResetTokens(
  db: Queryable,
  accountId: string,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .updateTable('password_reset_tokens')
    .set({ superseded_at: now })
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .where('superseded_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The link with this token hash, locked until the transaction ends so it is used at most once. */
export async function lockPasswordResetToken(
  db: Queryable,
  tokenHash: string,
): Promise<PasswordResetToken | null> {
  const row = await db
    .selectFrom('password_reset_tokens')
    .select(['id', 'account_id', 'expires_at', 'used_at', 'superseded_at'])
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    accountId: row.account_id,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    supersededAt: row.superseded_at,
  };
}

export async function markPasswordResetTokenUsed(db: Queryable, id: string, now: Date): Promise<void> {
  await db.updateTable('password_reset_tokens').set({ used_at: now }).where('id', '=', id).execute();
}

export async function recordPasswordResetRequest(
  db: Queryable,
  values: { email: string; ip: string; now: Date },
): Promise<void> {
  await db
    .insertInto('password_reset_requests')
    .values({ email: values.email, ip: values.ip, requested_at: values.now })
    .execute();
}

export async function countRecentPasswordResetRequests(
  db: Queryable,
  since: Date,
  by: { email: string } | { ip: string },
): Promise<{ count: number; oldest: Date | null }> {
  let q = db
    .selectFrom('password_reset_requests')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('requested_at').as('oldest')])
    .where('requested_at', '>', since);
  q = 'email' in by ? q.where('email', '=', by.email) : q.where('ip', '=', by.ip);
  const row = await q.executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as Date | null) ?? null };
}

/**
 * Requests for one address take turns until their transaction ends: on PostgreSQL two at once would
 * otherwise both pass the rate limit and each supersede only the other's committed tokens.
 */
export async function lockPasswordResetAddress(db: Queryable, email: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`password_reset:${email.toLowerCase()}`}, 0))`.execute(
    db,
  );
}
