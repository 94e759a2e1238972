import { setupEndpoints as endpoints } from '../../../shared/contract/setup.ts';
import type { AppDeps } from '../../app.ts';
import { setSessionCookie } from '../../http/authenticate.ts';
import { askedLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { readAccount } from '../accounts/accounts.service.ts';
import { SESSION_ABSOLUTE_MS } from '../auth/auth.service.ts';
import { adoptInterfaceLanguage } from '../reminders/mail-preferences.service.ts';
import { createFirstCoordinator, loadDemoConsortium, needsSetup } from './setup.service.ts';

export function registerSetupRoutes(routes: Routes, deps: AppDeps) {
  routes.read(endpoints.status, async (db) => ({
    needsSetup: await needsSetup(db),
    mailDelivery: deps.config.mailDelivery,
  }));

  routes.write(endpoints.createCoordinator, async (trx, { body, now, request, reply }) => {
    const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
    const { accountId, token } = await createFirstCoordinator(trx, body, origin, now);
    await adoptInterfaceLanguage(trx, accountId, askedLanguage(request));
    setSessionCookie(reply, request, token, SESSION_ABSOLUTE_MS / 1000);
    return { account: await readAccount(trx, accountId) };
  });

  routes.write(endpoints.loadDemo, (trx, { now, request }) =>
    loadDemoConsortium(trx, { ip: request.ip }, now),
  );
}
