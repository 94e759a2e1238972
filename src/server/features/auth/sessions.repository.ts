import type { Queryable } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';

export interface SessionWithAccount {
  createdAt: Date;
  lastSeenAt: Date;
  account: {
    id: string;
    email: string;
    name: string;
    role: 'coordinator' | 'organisation_contact' | 'participant';
    organisationId: string | null;
    personId: string | null;
    disabled: boolean;
  };
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

/** A session and its account in one round trip: this runs on every signed-in request (compiled once). */
const sessionWithAccount = prepare('session_with_account', (db, slot: { tokenHash: string }) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select((eb) => [
      's.created_at',
      's.last_seen_at',
      'a.id',
      'a.email',
      'a.name',
      'a.role',
      'a.person_id',
      'a.disabled',
      eb.fn.coalesce('a.organisation_id', 'p.organisation_id').as('organisation_id'),
    ])
    .where('s.token_hash', '=', slot.tokenHash),
);

export async function findSessionWithAccount(
  db: Queryable,
  tokenHash: string,
): Promise<SessionWithAccount | null> {
  const [row] = await sessionWithAccount(db, { tokenHash });
  if (!row) return null;
  return {
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    account: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      organisationId: row.organisation_id,
      personId: row.person_id,
      disabled: row.disabled,
    },
  };
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
