import { z } from 'zod';
import { idParamsSchema } from '../../../shared/contract/common.ts';
import {
  createMeetingSchema,
  logHeldSchema,
  meetingListSchema,
  meetingSchema,
  meetingTimeSchema,
  privateNoteSchema,
  sharedNotesSchema,
} from '../../../shared/contract/meetings.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { signedIn } from '../../http/actor.ts';
import { requireActor, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  acceptMeeting,
  cancelMeeting,
  createMeeting,
  listTandemMeetings,
  logMeetingHeld,
  meetingCalendarFile,
  proposeAnotherTime,
  saveMyPrivateNote,
  saveSharedNotes,
} from './meetings.service.ts';

const errors = errorResponses;
const tags = ['meetings'];

// Every route is open to signed-in accounts at the door; the service then lets in the tandem's
// two members only (everyone else, staff included, gets 404).
export function registerMeetingRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;
  const meetingResponse = { 200: meetingSchema, ...errors };

  app.get(
    '/api/v1/tandems/:id/meetings',
    {
      config: { access: signedIn },
      schema: { tags, params: idParamsSchema, response: { 200: meetingListSchema, ...errors } },
    },
    async (request) => ({
      meetings: await listTandemMeetings(db, requireActor(request), request.params.id, clock()),
    }),
  );

  app.post(
    '/api/v1/tandems/:id/meetings',
    {
      config: { access: signedIn },
      schema: {
        tags,
        description: 'Propose a meeting, or log one that already took place with alreadyHeld.',
        params: idParamsSchema,
        body: createMeetingSchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      const meeting = await db
        .transaction()
        .execute((trx) => createMeeting(trx, actor, request.params.id, request.body, ctx));
      return reply.status(201).send(meeting);
    },
  );

  app.post(
    '/api/v1/meetings/:id/accept',
    { config: { access: signedIn }, schema: { tags, params: idParamsSchema, response: meetingResponse } },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db.transaction().execute((trx) => acceptMeeting(trx, actor, request.params.id, ctx));
    },
  );

  app.post(
    '/api/v1/meetings/:id/counter',
    {
      config: { access: signedIn },
      schema: {
        tags,
        description: 'Propose another time or place; the partner then accepts it.',
        params: idParamsSchema,
        body: meetingTimeSchema,
        response: meetingResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db
        .transaction()
        .execute((trx) => proposeAnotherTime(trx, actor, request.params.id, request.body, ctx));
    },
  );

  app.post(
    '/api/v1/meetings/:id/cancel',
    { config: { access: signedIn }, schema: { tags, params: idParamsSchema, response: meetingResponse } },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db.transaction().execute((trx) => cancelMeeting(trx, actor, request.params.id, ctx));
    },
  );

  app.post(
    '/api/v1/meetings/:id/held',
    {
      config: { access: signedIn },
      schema: { tags, params: idParamsSchema, body: logHeldSchema.optional(), response: meetingResponse },
    },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db
        .transaction()
        .execute((trx) => logMeetingHeld(trx, actor, request.params.id, request.body?.sharedNotes, ctx));
    },
  );

  app.put(
    '/api/v1/meetings/:id/shared-notes',
    {
      config: { access: signedIn },
      schema: { tags, params: idParamsSchema, body: sharedNotesSchema, response: meetingResponse },
    },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db
        .transaction()
        .execute((trx) => saveSharedNotes(trx, actor, request.params.id, request.body.sharedNotes, ctx));
    },
  );

  app.put(
    '/api/v1/meetings/:id/private-note',
    {
      config: { access: signedIn },
      schema: {
        tags,
        description: 'The caller’s own private note; an empty body removes it. Nobody else ever reads it.',
        params: idParamsSchema,
        body: privateNoteSchema,
        response: meetingResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      return db
        .transaction()
        .execute((trx) => saveMyPrivateNote(trx, actor, request.params.id, request.body.body, ctx));
    },
  );

  app.get(
    '/api/v1/meetings/:id/calendar.ics',
    {
      config: { access: signedIn },
      schema: {
        tags,
        params: idParamsSchema,
        response: { 200: z.string().describe('iCalendar file'), ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ctx = { now: clock(), origin: siteOrigin(deps, request) };
      const ics = await meetingCalendarFile(db, actor, request.params.id, ctx);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meeting.ics"')
        .send(ics);
    },
  );
}
