import { sessionResponseSchema } from '../../../shared/contract/auth.ts';
import { errorResponseSchema, idParamsSchema } from '../../../shared/contract/common.ts';
import {
  acceptInvitationSchema,
  createdInvitationSchema,
  invitationInputSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenParamsSchema,
} from '../../../shared/contract/invitations.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { staff } from '../../http/actor.ts';
import { requireActor, setSessionCookie, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { findAccountById, publicAccount } from '../accounts/accounts.repository.ts';
import { SESSION_ABSOLUTE_MS } from '../auth/auth.service.ts';
import {
  acceptInvitation,
  createInvitation,
  listVisibleInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.service.ts';

const errors = { ...errorResponses, 422: errorResponseSchema };
const tags = ['invitations'];

export function registerInvitationRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/invitations',
    { config: { access: staff }, schema: { tags, response: { 200: invitationListSchema, ...errors } } },
    async (request) => ({ invitations: await listVisibleInvitations(db, requireActor(request), clock()) }),
  );

  app.post(
    '/api/v1/invitations',
    {
      config: { access: staff },
      schema: { tags, body: invitationInputSchema, response: { 201: createdInvitationSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      const created = await db
        .transaction()
        .execute((trx) => createInvitation(trx, actor, request.body, clock(), origin));
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/invitations/:id/revoke',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: invitationSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => revokeInvitation(trx, actor, request.params.id, clock()));
    },
  );

  app.get(
    '/api/v1/invitations/by-token/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema, ...errors },
      },
    },
    async (request) => previewInvitation(db, request.params.token, clock()),
  );

  app.post(
    '/api/v1/invitations/by-token/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: invitationTokenParamsSchema,
        body: acceptInvitationSchema,
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
      const { accountId, sessionToken } = await db
        .transaction()
        .execute((trx) => acceptInvitation(trx, request.params.token, request.body, origin, clock()));
      setSessionCookie(reply, request, sessionToken, SESSION_ABSOLUTE_MS / 1000);
      return { account: publicAccount((await findAccountById(db, accountId))!) };
    },
  );
}
