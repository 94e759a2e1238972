import {
  agreementInputSchema,
  agreementSchema,
  goalBoardSchema,
  goalParamsSchema,
  goalProgressInputSchema,
  milestoneChangeSchema,
  milestoneInputSchema,
  milestoneParamsSchema,
  signAgreementSchema,
  tandemSettingsSchema,
} from '../../../shared/contract/agreements.ts';
import { idParamsSchema } from '../../../shared/contract/common.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, signedIn, staff } from '../../http/actor.ts';
import { requireActor, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  changeTandemSettings,
  readAgreement,
  readTandemSettings,
  saveAgreement,
  signAgreement,
} from './agreements.service.ts';
import {
  addMilestone,
  changeMilestone,
  readGoalBoard,
  removeMilestone,
  updateGoalProgress,
} from './goals.service.ts';

const errors = errorResponses;
const tags = ['agreements'];
// Tandem space: any signed-in caller may ask, and requireTandemMember answers everyone but the
// tandem's two members with a 404, staff included, as for the tandem's meetings.
const members = signedIn;

export function registerAgreementRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/tandems/:id/agreement',
    {
      config: { access: members },
      schema: { tags, params: idParamsSchema, response: { 200: agreementSchema, ...errors } },
    },
    async (request) => readAgreement(db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/tandems/:id/agreement',
    {
      config: { access: members },
      schema: {
        tags,
        params: idParamsSchema,
        body: agreementInputSchema,
        response: { 200: agreementSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) => saveAgreement(trx, actor, request.params.id, request.body, clock(), origin));
    },
  );

  app.post(
    '/api/v1/tandems/:id/agreement/sign',
    {
      config: { access: members },
      schema: {
        tags,
        params: idParamsSchema,
        body: signAgreementSchema,
        response: { 200: agreementSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) => signAgreement(trx, actor, request.params.id, request.body, clock(), origin));
    },
  );

  app.get(
    '/api/v1/tandems/:id/goals',
    {
      config: { access: members },
      schema: { tags, params: idParamsSchema, response: { 200: goalBoardSchema, ...errors } },
    },
    async (request) => readGoalBoard(db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/tandems/:id/goals/:goalId/progress',
    {
      config: { access: members },
      schema: {
        tags,
        params: goalParamsSchema,
        body: goalProgressInputSchema,
        response: { 200: goalBoardSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, goalId } = request.params;
      return db
        .transaction()
        .execute((trx) => updateGoalProgress(trx, actor, id, goalId, request.body, clock()));
    },
  );

  app.post(
    '/api/v1/tandems/:id/goals/:goalId/milestones',
    {
      config: { access: members },
      schema: {
        tags,
        params: goalParamsSchema,
        body: milestoneInputSchema,
        response: { 201: goalBoardSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, goalId } = request.params;
      const board = await db
        .transaction()
        .execute((trx) => addMilestone(trx, actor, id, goalId, request.body, clock()));
      return reply.status(201).send(board);
    },
  );

  app.patch(
    '/api/v1/tandems/:id/goals/:goalId/milestones/:milestoneId',
    {
      config: { access: members },
      schema: {
        tags,
        params: milestoneParamsSchema,
        body: milestoneChangeSchema,
        response: { 200: goalBoardSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, goalId, milestoneId } = request.params;
      return db
        .transaction()
        .execute((trx) => changeMilestone(trx, actor, id, goalId, milestoneId, request.body, clock()));
    },
  );

  app.delete(
    '/api/v1/tandems/:id/goals/:goalId/milestones/:milestoneId',
    {
      config: { access: members },
      schema: { tags, params: milestoneParamsSchema, response: { 200: goalBoardSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, goalId, milestoneId } = request.params;
      return db.transaction().execute((trx) => removeMilestone(trx, actor, id, goalId, milestoneId, clock()));
    },
  );

  app.get(
    '/api/v1/cycles/:id/tandem-settings',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: tandemSettingsSchema, ...errors } },
    },
    async (request) => readTandemSettings(db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/cycles/:id/tandem-settings',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: tandemSettingsSchema,
        response: { 200: tandemSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeTandemSettings(trx, actor, request.params.id, request.body, clock()));
    },
  );
}
