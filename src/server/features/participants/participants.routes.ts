import { z } from 'zod';
import { errorResponseSchema, idParamsSchema, okSchema } from '../../../shared/contract/common.ts';
import {
  importResultSchema,
  participantExportQuerySchema,
  participantImportQuerySchema,
  participantInputSchema,
  participantPageSchema,
  participantQuerySchema,
  participantSchema,
  participantUpdateSchema,
} from '../../../shared/contract/participants.ts';
import { type ApiApp, type AppDeps, IMPORT_BODY_LIMIT } from '../../app.ts';
import { AppError } from '../../errors.ts';
import { signedIn, staff } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { exportParticipants } from './participants.export.ts';
import { importParticipants } from './participants.import.ts';
import {
  changeParticipant,
  createParticipant,
  listVisibleParticipants,
  ownParticipations,
  readParticipant,
  removeParticipant,
} from './participants.service.ts';

const errors = errorResponses;
const tags = ['participants'];

export function registerParticipantRoutes(app: ApiApp, { db, clock }: AppDeps) {
  app.get(
    '/api/v1/participants',
    {
      config: { access: staff },
      schema: {
        tags,
        querystring: participantQuerySchema,
        response: { 200: participantPageSchema, ...errors },
      },
    },
    async (request) => listVisibleParticipants(db, requireActor(request), request.query),
  );

  app.post(
    '/api/v1/participants',
    {
      config: { access: staff },
      schema: { tags, body: participantInputSchema, response: { 201: participantSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const participant = await db
        .transaction()
        .execute((trx) => createParticipant(trx, actor, request.body, clock()));
      return reply.status(201).send(participant);
    },
  );

  app.post(
    '/api/v1/participants/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      config: { access: staff },
      schema: {
        tags,
        description: 'Body: the CSV file itself (text/csv, UTF-8). All rows are written or none.',
        querystring: participantImportQuerySchema,
        response: { 200: importResultSchema, 413: errorResponseSchema, 422: errorResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (typeof request.body !== 'string') {
        throw new AppError(
          'unsupported_media_type',
          'Send the CSV file itself as the body, with Content-Type text/csv.',
        );
      }
      const csv = request.body;
      return db
        .transaction()
        .execute((trx) =>
          importParticipants(
            trx,
            actor,
            { cycleId: request.query.cycleId, csv, dryRun: request.query.dryRun },
            clock(),
          ),
        );
    },
  );

  app.get(
    '/api/v1/participants/export.csv',
    {
      config: { access: staff },
      schema: {
        tags,
        querystring: participantExportQuerySchema,
        response: { 200: z.string().describe('CSV file'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const csv = await db.transaction().execute((trx) => exportParticipants(trx, actor, request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="participants.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/v1/participants/:id',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: participantSchema, ...errors } },
    },
    async (request) => readParticipant(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/v1/participants/:id',
    {
      config: { access: staff },
      schema: {
        tags,
        params: idParamsSchema,
        body: participantUpdateSchema,
        response: { 200: participantSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeParticipant(trx, actor, request.params.id, request.body, clock()));
    },
  );

  app.delete(
    '/api/v1/participants/:id',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: okSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      await db.transaction().execute((trx) => removeParticipant(trx, actor, request.params.id));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/me/participations',
    {
      config: { access: signedIn },
      schema: { tags, response: { 200: z.object({ participants: z.array(participantSchema) }), ...errors } },
    },
    async (request) => ({ participants: await ownParticipations(db, requireActor(request)) }),
  );
}
