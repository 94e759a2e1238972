import { idParamsSchema } from '../../../shared/contract/common.ts';
import {
  mailPreferencesSchema,
  mailPreferencesUpdateSchema,
  tandemHealthListSchema,
} from '../../../shared/contract/reminders.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { signedIn, staff } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { changeMailPreferences, readMailPreferences } from './mail-preferences.service.ts';
import { listTandemHealth } from './tandem-health.service.ts';

const errors = errorResponses;

export function registerReminderRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/me/mail-preferences',
    {
      config: { access: signedIn },
      schema: { tags: ['mail preferences'], response: { 200: mailPreferencesSchema, ...errors } },
    },
    async (request) => readMailPreferences(db, requireActor(request)),
  );

  app.put(
    '/api/v1/me/mail-preferences',
    {
      config: { access: signedIn },
      schema: {
        tags: ['mail preferences'],
        body: mailPreferencesUpdateSchema,
        response: { 200: mailPreferencesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => changeMailPreferences(trx, actor, request.body, clock()));
    },
  );

  app.get(
    '/api/v1/cycles/:id/tandem-health',
    {
      config: { access: staff },
      schema: {
        tags: ['tandems'],
        params: idParamsSchema,
        response: { 200: tandemHealthListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => listTandemHealth(trx, actor, request.params.id, clock()));
    },
  );
}
