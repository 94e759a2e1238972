import { idParamsSchema } from '../../../shared/contract/common.ts';
import {
  cycleInputSchema,
  cycleListSchema,
  cycleOrganisationParamsSchema,
  cycleSchema,
  cycleStatusChangeSchema,
  cycleUpdateSchema,
} from '../../../shared/contract/cycles.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, staff } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  changeCycle,
  changeCycleStatus,
  createCycle,
  getVisibleCycle,
  joinCycle,
  leaveCycle,
  listVisibleCycles,
} from './cycles.service.ts';

const errors = errorResponses;
const tags = ['cycles'];

export function registerCycleRoutes(app: ApiApp, { db, clock }: AppDeps) {
  app.get(
    '/api/v1/cycles',
    { config: { access: staff }, schema: { tags, response: { 200: cycleListSchema, ...errors } } },
    async (request) => ({ cycles: await listVisibleCycles(db, requireActor(request)) }),
  );

  app.post(
    '/api/v1/cycles',
    {
      config: { access: coordinatorOnly },
      schema: { tags, body: cycleInputSchema, response: { 201: cycleSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const cycle = await db.transaction().execute((trx) => createCycle(trx, actor, request.body));
      return reply.status(201).send(cycle);
    },
  );

  app.get(
    '/api/v1/cycles/:id',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: cycleSchema, ...errors } },
    },
    async (request) => getVisibleCycle(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/v1/cycles/:id',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: cycleUpdateSchema,
        response: { 200: cycleSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeCycle(trx, actor, request.params.id, request.body, clock()));
    },
  );

  app.post(
    '/api/v1/cycles/:id/status',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: cycleStatusChangeSchema,
        response: { 200: cycleSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeCycleStatus(trx, actor, request.params.id, request.body.status, clock()));
    },
  );

  app.put(
    '/api/v1/cycles/:id/organisations/:organisationId',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: cycleOrganisationParamsSchema, response: { 200: cycleSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, organisationId } = request.params;
      return db.transaction().execute((trx) => joinCycle(trx, actor, id, organisationId));
    },
  );

  app.delete(
    '/api/v1/cycles/:id/organisations/:organisationId',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: cycleOrganisationParamsSchema, response: { 200: cycleSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, organisationId } = request.params;
      return db.transaction().execute((trx) => leaveCycle(trx, actor, id, organisationId));
    },
  );
}
