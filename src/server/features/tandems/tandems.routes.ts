import { z } from 'zod';
import { idParamsSchema, idSchema } from '../../../shared/contract/common.ts';
import { cycleMenteeParamsSchema, draftVersionSchema } from '../../../shared/contract/matching.ts';
import {
  dissolveTandemSchema,
  rematchResultSchema,
  tandemListSchema,
  tandemSchema,
} from '../../../shared/contract/tandems.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, signedIn } from '../../http/actor.ts';
import { requireActor, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  dissolve,
  listVisibleTandems,
  proposeRematch,
  publishDraft,
  publishRematch,
  readTandem,
} from './tandems.service.ts';

const errors = errorResponses;
const tags = ['tandems'];

export function registerTandemRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.post(
    '/api/v1/cycles/:id/draft/publish',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: draftVersionSchema,
        response: { 200: z.object({ published: z.number(), remaining: z.number() }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) => publishDraft(trx, actor, request.params.id, request.body.version, clock(), origin));
    },
  );

  app.get(
    '/api/v1/tandems',
    {
      config: { access: signedIn },
      schema: {
        tags,
        querystring: z.object({ cycleId: idSchema.optional() }),
        response: { 200: tandemListSchema, ...errors },
      },
    },
    async (request) => ({
      tandems: await listVisibleTandems(db, requireActor(request), request.query.cycleId),
    }),
  );

  app.get(
    '/api/v1/tandems/:id',
    {
      config: { access: signedIn },
      schema: { tags, params: idParamsSchema, response: { 200: tandemSchema, ...errors } },
    },
    async (request) => readTandem(db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/tandems/:id/dissolve',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: dissolveTandemSchema,
        response: { 200: tandemSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => dissolve(trx, actor, request.params.id, request.body.reason, clock()));
    },
  );

  app.post(
    '/api/v1/cycles/:id/rematch/:menteeId',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: cycleMenteeParamsSchema, response: { 200: rematchResultSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, menteeId } = request.params;
      return db.transaction().execute((trx) => proposeRematch(trx, actor, id, menteeId, clock()));
    },
  );

  app.post(
    '/api/v1/cycles/:id/rematch/:menteeId/publish',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: cycleMenteeParamsSchema,
        body: z.object({ mentorId: idSchema }),
        response: { 200: tandemSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, menteeId } = request.params;
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) => publishRematch(trx, actor, id, menteeId, request.body.mentorId, clock(), origin));
    },
  );
}
