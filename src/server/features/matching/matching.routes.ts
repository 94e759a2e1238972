import { idParamsSchema } from '../../../shared/contract/common.ts';
import {
  approvalDecisionSchema,
  approvalViewSchema,
  cycleMenteeParamsSchema,
  draftActionSchema,
  draftSchema,
  draftVersionSchema,
  matchRunListSchema,
  matchRunSchema,
  pairPreviewRequestSchema,
  pairPreviewSchema,
  preflightSchema,
  rulesSchema,
  rulesViewSchema,
  runComparisonQuerySchema,
  runComparisonSchema,
  startMatchRunSchema,
} from '../../../shared/contract/matching.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly } from '../../http/actor.ts';
import { requireActor, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { decideApproval, readApproval } from './approval.service.ts';
import {
  applyDraftAction,
  presentDraft,
  previewDraftPair,
  readDraft,
  sendDraftForApproval,
} from './draft.service.ts';
import { adoptRun, compareRuns, listCycleRuns, readRun, startMatchRun } from './match-runs.service.ts';
import { changeRules, preflight, readRules } from './rules.service.ts';

const errors = errorResponses;
const tags = ['matching'];

export function registerMatchingRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/cycles/:id/rules',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: rulesViewSchema, ...errors } },
    },
    async (request) => readRules(db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/cycles/:id/rules',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: rulesSchema,
        response: { 200: rulesViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => changeRules(trx, actor, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/cycles/:id/preflight',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: preflightSchema, ...errors } },
    },
    async (request) => preflight(db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/cycles/:id/match-runs',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        description: 'Starts a run and answers at once (202); poll GET /api/v1/match-runs/:id for progress.',
        params: idParamsSchema,
        body: startMatchRunSchema.default({ mode: 'optimal' }),
        response: { 202: matchRunSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { run } = await startMatchRun(
        { db, clock, inWorker: deps.config.matchingInWorker, log: request.log },
        actor,
        request.params.id,
        request.body.mode,
      );
      return reply.status(202).send(run);
    },
  );

  app.get(
    '/api/v1/cycles/:id/match-runs',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: matchRunListSchema, ...errors } },
    },
    async (request) => ({ runs: await listCycleRuns(db, requireActor(request), request.params.id) }),
  );

  app.get(
    '/api/v1/cycles/:id/match-runs/compare',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        querystring: runComparisonQuerySchema,
        response: { 200: runComparisonSchema, ...errors },
      },
    },
    async (request) =>
      compareRuns(db, requireActor(request), request.params.id, request.query.a, request.query.b),
  );

  app.get(
    '/api/v1/match-runs/:id',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: matchRunSchema, ...errors } },
    },
    async (request) => readRun(db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/v1/match-runs/:id/adopt',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: draftVersionSchema,
        response: { 200: draftSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute(async (trx) => {
        await adoptRun(trx, actor, request.params.id, request.body.version);
        const run = await readRun(trx, actor, request.params.id);
        return presentDraft(trx, run.cycleId);
      });
    },
  );

  app.get(
    '/api/v1/cycles/:id/draft',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: draftSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => readDraft(trx, actor, request.params.id));
    },
  );

  app.post(
    '/api/v1/cycles/:id/draft/actions',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: draftActionSchema,
        response: { 200: draftSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { version, action } = request.body;
      return db
        .transaction()
        .execute((trx) => applyDraftAction(trx, actor, request.params.id, version, action));
    },
  );

  app.post(
    '/api/v1/cycles/:id/draft/preview',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: pairPreviewRequestSchema,
        response: { 200: pairPreviewSchema, ...errors },
      },
    },
    async (request) =>
      previewDraftPair(
        db,
        requireActor(request),
        request.params.id,
        request.body.menteeId,
        request.body.mentorId,
      ),
  );

  app.post(
    '/api/v1/cycles/:id/draft/send-for-approval',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: draftVersionSchema,
        response: { 200: draftSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) =>
          sendDraftForApproval(trx, actor, request.params.id, request.body.version, clock(), origin),
        );
    },
  );

  app.get(
    '/api/v1/cycles/:id/approval',
    {
      config: { access: ['organisation_contact'] },
      schema: { tags, params: idParamsSchema, response: { 200: approvalViewSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => readApproval(trx, actor, request.params.id));
    },
  );

  app.post(
    '/api/v1/cycles/:id/approval/:menteeId',
    {
      config: { access: ['organisation_contact'] },
      schema: {
        tags,
        params: cycleMenteeParamsSchema,
        body: approvalDecisionSchema,
        response: { 200: approvalViewSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, menteeId } = request.params;
      return db
        .transaction()
        .execute((trx) => decideApproval(trx, actor, id, menteeId, request.body, clock()));
    },
  );
}
