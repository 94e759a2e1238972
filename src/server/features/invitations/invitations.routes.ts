import { invitationEndpoints as endpoints } from '../../../shared/contract/invitations.ts';
import { setSessionCookie } from '../../http/authenticate.ts';
import { askedLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { readAccount } from '../accounts/accounts.service.ts';
import { SESSION_ABSOLUTE_MS } from '../auth/auth.service.ts';
import { adoptInterfaceLanguage } from '../reminders/mail-preferences.service.ts';
import {
  acceptInvitation,
  createInvitation,
  inviteAll,
  listVisibleInvitations,
  previewInvitation,
  previewInviteAll,
  revokeInvitation,
} from './invitations.service.ts';

export function registerInvitationRoutes(routes: Routes) {
  routes.read(endpoints.list, (db, { actor, now }) => listVisibleInvitations(db, actor, now));

  routes.write(endpoints.create, (trx, { actor, body, now, origin }) =>
    createInvitation(trx, actor, body, now, origin),
  );

  routes.write(endpoints.revoke, (trx, { actor, params, now }) =>
    revokeInvitation(trx, actor, params.id, now),
  );

  routes.read(endpoints.previewInviteAll, (db, { actor, query, now }) =>
    previewInviteAll(db, actor, query, now),
  );

  routes.write(endpoints.inviteAll, (trx, { actor, body, now, origin }) =>
    inviteAll(trx, actor, body, now, origin),
  );

  routes.read(endpoints.preview, (db, { params, now }) => previewInvitation(db, params.token, now));

  routes.write(endpoints.accept, async (trx, { params, body, now, request, reply }) => {
    const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
    const { accountId, sessionToken } = await acceptInvitation(trx, params.token, body, origin, now);
    await adoptInterfaceLanguage(trx, accountId, askedLanguage(request));
    setSessionCookie(reply, request, sessionToken, SESSION_ABSOLUTE_MS / 1000);
    return { account: await readAccount(trx, accountId) };
  });
}
