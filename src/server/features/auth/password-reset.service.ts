import { PASSWORD_RESET_VALID_MINUTES } from '../../../shared/contract/auth.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import type { Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { messagesOf } from '../../messages.ts';
import { findSignInAccount, readAccount, setAccountPassword } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail, withdrawUnsentMail } from '../outbox/outbox.service.ts';
import {
  endSessionsOfAccount,
  hashNewPassword,
  hashToken,
  newToken,
  type RequestOrigin,
  startSession,
} from './auth.service.ts';
import { passwordResetMail } from './password-reset.mail.ts';
import {
  countRecentPasswordResetRequests,
  insertPasswordResetToken,
  lockPasswordResetAddress,
  lockPasswordResetToken,
  markPasswordResetTokenUsed,
  recordPasswordResetRequest,
  supersedeUnusedPasswordResetTokens,
} from './password-reset.repository.ts';
import { clearSignInFailures } from './sessions.repository.ts';

const say = messagesOf(errorMessages);

export const PASSWORD_RESET_WINDOW_MS = 15 * 60 * 1000;
/** Requests per address, and per IP address, within the window; known addresses or not. */
export const MAX_RESET_REQUESTS_PER_ADDRESS = 3;
export const MAX_RESET_REQUESTS_PER_IP = 20;

/** What a reset mail is about in the outbox, so a newer request withdraws an older mail still unsent. */
const mailAbout = (accountId: string) => `password-reset:${accountId}`;

async function assertMayRequest(trx: Trx, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - PASSWORD_RESET_WINDOW_MS);
  const byAddress = await countRecentPasswordResetRequests(trx, since, { email });
  const byIp = await countRecentPasswordResetRequests(trx, since, { ip });
  const limited = [
    byAddress.count >= MAX_RESET_REQUESTS_PER_ADDRESS ? byAddress.oldest : null,
    byIp.count >= MAX_RESET_REQUESTS_PER_IP ? byIp.oldest : null,
  ].filter((d): d is Date => d !== null);
  if (limited.length === 0) return;
  const freeAt = Math.max(...limited.map((d) => d.getTime() + PASSWORD_RESET_WINDOW_MS));
  const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  throw new AppError(
    'rate_limited',
    say('resetRateLimited', { minutes: Math.ceil(retryAfter / 60) }),
    { retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

/**
 * Mails a one-time link to set a new password when an active account has the address; the caller
 * answers the same either way. The mail goes out later through the outbox; a known address costs a
 * few more statements (token and mail), a difference the rate limit leaves no use (decision 0017).
 * A newer request makes the older links of the account stop working and withdraws their mail while
 * unsent; requests for one address take turns, so two at once cannot both leave a working link.
 */
export async function requestPasswordReset(
  trx: Trx,
  email: string,
  origin: RequestOrigin,
  now: Date,
  siteOrigin: string,
): Promise<{ ok: true }> {
  await lockPasswordResetAddress(trx, email);
  await assertMayRequest(trx, email, origin.ip, now);
  await recordPasswordResetRequest(trx, { email, ip: origin.ip, now });
  const account = await findSignInAccount(trx, email);
  const eligible = account !== null && !account.disabled;
  if (eligible) {
    await supersedeUnusedPasswordResetTokens(trx, account.id, now);
    await withdrawUnsentMail(trx, mailAbout(account.id));
    const token = newToken();
    await insertPasswordResetToken(trx, {
      tokenHash: hashToken(token),
      accountId: account.id,
      now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALID_MINUTES * 60 * 1000),
    });
    await enqueueMail(trx, {
      to: account.email,
      kind: 'password_reset',
      about: mailAbout(account.id),
      recipientOnly: true,
      text: passwordResetMail({
        name: account.name,
        // In the fragment, which browsers never send: the token stays out of access logs and Referer.
        link: `${siteOrigin}/password-reset/confirm#${token}`,
        validMinutes: PASSWORD_RESET_VALID_MINUTES,
      }),
    });
  }
  await recordAudit(
    trx,
    { actorAccountId: null, actorEmail: email, ip: origin.ip },
    {
      action: 'auth.password_reset_requested',
      targetType: 'account',
      ...(account ? { targetId: account.id } : {}),
      details: { mailed: eligible },
    },
  );
  return { ok: true };
}

function invalidLink(why: 'used' | 'superseded' | 'expired'): AppError {
  return new AppError(
    'reset_link_invalid',
    say(why === 'used' ? 'resetLinkUsed' : why === 'superseded' ? 'resetLinkSuperseded' : 'resetLinkExpired'),
  );
}

/**
 * Sets a new password with a reset link, once. Every session of the account ends (whoever else was
 * signed in is signed out) and the person is signed in afresh, as accepting an invitation does:
 * opening the link proved they read the account's mail.
 */
export async function resetPassword(
  trx: Trx,
  input: { token: string; password: string },
  origin: RequestOrigin,
  now: Date,
) {
  const link = await lockPasswordResetToken(trx, hashToken(input.token));
  if (!link) throw invalidLink('expired');
  if (link.usedAt) throw invalidLink('used');
  if (link.supersededAt) throw invalidLink('superseded');
  if (link.expiresAt.getTime() <= now.getTime()) throw invalidLink('expired');
  const account = await readAccount(trx, link.accountId);
  if (account.disabled) throw invalidLink('expired');
  const passwordHash = await hashNewPassword(input.password);
  await setAccountPassword(trx, account.id, passwordHash);
  await markPasswordResetTokenUsed(trx, link.id, now);
  await supersedeUnusedPasswordResetTokens(trx, account.id, now);
  await endSessionsOfAccount(trx, account.id);
  // Failed sign-ins before the reset were against the old password; they no longer lock the account.
  await clearSignInFailures(trx, account.email);
  const context = { actorAccountId: account.id, actorEmail: account.email, ip: origin.ip };
  await recordAudit(trx, context, {
    action: 'auth.password_reset',
    targetType: 'account',
    targetId: account.id,
  });
  const sessionToken = await startSession(trx, account.id, origin, now);
  await recordAudit(trx, context, { action: 'auth.signed_in', targetType: 'account', targetId: account.id });
  return { accountId: account.id, sessionToken };
}
