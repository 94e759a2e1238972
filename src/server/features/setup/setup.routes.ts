import {
  createFirstCoordinatorSchema,
  demoLoadedSchema,
  sessionResponseSchema,
  setupStatusSchema,
} from '../../../shared/contract/auth.ts';
import { errorResponseSchema } from '../../../shared/contract/common.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { setSessionCookie } from '../../http/authenticate.ts';
import { findAccountById, publicAccount } from '../accounts/accounts.repository.ts';
import { SESSION_ABSOLUTE_MS } from '../auth/auth.service.ts';
import { createFirstCoordinator, loadDemoConsortium, needsSetup } from './setup.service.ts';

const errors = { 400: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const tags = ['setup'];

export function registerSetupRoutes(app: ApiApp, { db, clock }: AppDeps) {
  app.get(
    '/api/v1/setup',
    { config: { access: 'public' }, schema: { tags, response: { 200: setupStatusSchema } } },
    async () => ({ needsSetup: await needsSetup(db) }),
  );

  app.post(
    '/api/v1/setup/coordinator',
    {
      config: { access: 'public' },
      schema: {
        tags,
        body: createFirstCoordinatorSchema,
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
      const { accountId, token } = await db
        .transaction()
        .execute((trx) => createFirstCoordinator(trx, request.body, origin, clock()));
      setSessionCookie(reply, request, token, SESSION_ABSOLUTE_MS / 1000);
      return { account: publicAccount((await findAccountById(db, accountId))!) };
    },
  );

  app.post(
    '/api/v1/setup/demo',
    { config: { access: 'public' }, schema: { tags, response: { 200: demoLoadedSchema, ...errors } } },
    async (request) =>
      db.transaction().execute((trx) => loadDemoConsortium(trx, { ip: request.ip }, clock())),
  );
}
