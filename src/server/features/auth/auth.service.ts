import { createHash, randomBytes } from 'node:crypto';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { findSignInAccount, noteSignIn } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertAcceptablePassword, hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import {
  clearSignInFailures,
  countRecentFailures,
  deleteSession,
  deleteSessionsOfAccount,
  findSessionWithAccount,
  insertSession,
  recordSignInFailure,
  touchSession,
} from './sessions.repository.ts';

const say = messagesOf(errorMessages);

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// last_seen_at is written at most once a minute, so reads stay reads.
const TOUCH_INTERVAL_MS = 60 * 1000;

export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

export async function startSession(db: Queryable, accountId: string, origin: RequestOrigin, now: Date) {
  const token = newToken();
  await insertSession(db, {
    tokenHash: hashToken(token),
    accountId,
    ip: origin.ip,
    userAgent: origin.userAgent,
    now,
  });
  await noteSignIn(db, accountId, now);
  return token;
}

async function assertNotRateLimited(db: Queryable, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    countRecentFailures(db, since, { email }),
    countRecentFailures(db, since, { ip }),
  ]);
  const limited = [
    byAccount.count >= MAX_FAILURES_PER_ACCOUNT ? byAccount.oldest : null,
    byIp.count >= MAX_FAILURES_PER_IP ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (limited.length === 0) return;
  const freeAt = Math.max(...limited.map((d) => d.getTime() + FAILURE_WINDOW_MS));
  const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new AppError(
    'rate_limited',
    say('signInRateLimited', { minutes: Math.ceil(retryAfter / 60) }),
    { retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

/** Checks the password and opens a session; every outcome lands in the audit log. */
export async function signIn(
  db: Queryable,
  credentials: { email: string; password: string },
  origin: RequestOrigin,
  now: Date,
) {
  const email = credentials.email.toLowerCase();
  await assertNotRateLimited(db, email, origin.ip, now);
  const account = await findSignInAccount(db, email);
  let ok = false;
  if (account?.passwordHash && !account.disabled)
    ok = await verifyPassword(account.passwordHash, credentials.password);
  else await verifyAgainstDummy(credentials.password);
  if (!account || !ok) {
    await recordSignInFailure(db, email, origin.ip, now);
    await recordAudit(
      db,
      { actorAccountId: null, actorEmail: email, ip: origin.ip },
      { action: 'auth.sign_in_failed', targetType: 'account', ...(account ? { targetId: account.id } : {}) },
    );
    throw new AppError('unauthenticated', say('signInWrong'));
  }
  await clearSignInFailures(db, email);
  const token = await startSession(db, account.id, origin, now);
  await recordAudit(
    db,
    { actorAccountId: account.id, actorEmail: account.email, ip: origin.ip },
    { action: 'auth.signed_in', targetType: 'account', targetId: account.id },
  );
  return { token, account };
}

/** The actor behind a session token, or null when the session is unknown, idle too long or too old. */
export async function resolveActor(
  db: Queryable,
  token: string,
  ip: string,
  now: Date,
): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const session = await findSessionWithAccount(db, tokenHash);
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  const { account } = session;
  if (idle > SESSION_IDLE_MS || age > SESSION_ABSOLUTE_MS || account.disabled) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (idle > TOUCH_INTERVAL_MS) await touchSession(db, tokenHash, now);
  return {
    accountId: account.id,
    email: account.email,
    name: account.name,
    role: account.role,
    organisationId: account.organisationId,
    personId: account.personId,
    ip,
  };
}

export async function signOut(db: Queryable, token: string, actor: Actor | null): Promise<void> {
  await deleteSession(db, hashToken(token));
  if (actor) {
    await recordAudit(
      db,
      { actorAccountId: actor.accountId, actorEmail: actor.email, ip: actor.ip },
      { action: 'auth.signed_out', targetType: 'account', targetId: actor.accountId },
    );
  }
}

/** Signs an account out everywhere, e.g. when it is disabled. */
export async function endSessionsOfAccount(db: Queryable, accountId: string): Promise<void> {
  await deleteSessionsOfAccount(db, accountId);
}

/** The hash to store for a password someone chose; refuses (422) one the password rules reject. */
export async function hashNewPassword(password: string): Promise<string> {
  assertAcceptablePassword(password);
  return hashPassword(password);
}
