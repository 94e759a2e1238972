import { sessionResponseSchema, signInRequestSchema } from '../../../shared/contract/auth.ts';
import { errorResponseSchema, okSchema } from '../../../shared/contract/common.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import {
  clearSessionCookie,
  requireActor,
  SESSION_COOKIE,
  setSessionCookie,
} from '../../http/authenticate.ts';
import { findAccountById, publicAccount } from '../accounts/accounts.repository.ts';
import { SESSION_ABSOLUTE_MS, signIn, signOut } from './auth.service.ts';

export function registerAuthRoutes(app: ApiApp, { db, clock }: AppDeps) {
  app.post(
    '/api/v1/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        body: signInRequestSchema,
        response: {
          200: sessionResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
      const { token, account } = await signIn(db, request.body, origin, clock());
      setSessionCookie(reply, request, token, SESSION_ABSOLUTE_MS / 1000);
      return { account: publicAccount(account) };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 200: okSchema } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(db, token, request.actor);
      clearSessionCookie(reply, request);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { access: ['coordinator', 'organisation_contact', 'participant'] },
      schema: { tags: ['auth'], response: { 200: sessionResponseSchema, 401: errorResponseSchema } },
    },
    async (request) => {
      const actor = requireActor(request);
      const account = await findAccountById(db, actor.accountId);
      return { account: publicAccount(account!) };
    },
  );
}
