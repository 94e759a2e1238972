import { authEndpoints as endpoints } from '../../../shared/contract/auth.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../http/authenticate.ts';
import { askedLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { publicAccount, readAccount } from '../accounts/accounts.service.ts';
import { adoptInterfaceLanguage, changeLanguage } from '../reminders/mail-preferences.service.ts';
import { SESSION_ABSOLUTE_MS, signIn, signOut } from './auth.service.ts';
import { requestPasswordReset, resetPassword } from './password-reset.service.ts';

export function registerAuthRoutes(routes: Routes) {
  routes.write(endpoints.changeLanguage, (trx, { actor, body, now }) =>
    changeLanguage(trx, actor, body, now),
  );

  routes.read(endpoints.signIn, async (db, { body, now, request, reply }) => {
    const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
    const { token, account } = await signIn(db, body, origin, now);
    await adoptInterfaceLanguage(db, account.id, askedLanguage(request));
    setSessionCookie(reply, request, token, SESSION_ABSOLUTE_MS / 1000);
    return { account: publicAccount(account) };
  });

  routes.read(endpoints.signOut, async (db, { actor, request, reply }) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(db, token, actor);
    clearSessionCookie(reply, request);
    return { ok: true as const };
  });

  routes.read(endpoints.session, async (db, { actor }) => {
    return { account: await readAccount(db, actor.accountId) };
  });

  routes.write(endpoints.requestPasswordReset, (trx, { body, now, request, origin }) =>
    requestPasswordReset(
      trx,
      body.email,
      { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
      now,
      origin,
    ),
  );

  routes.write(endpoints.resetPassword, async (trx, { body, now, request, reply }) => {
    const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
    const { accountId, sessionToken } = await resetPassword(trx, body, origin, now);
    await adoptInterfaceLanguage(trx, accountId, askedLanguage(request));
    setSessionCookie(reply, request, sessionToken, SESSION_ABSOLUTE_MS / 1000);
    return { account: await readAccount(trx, accountId) };
  });
}
