import { z } from 'zod';
import { idParamsSchema, idSchema } from '../../../shared/contract/common.ts';
import {
  profileAnswersSchema,
  profileSchema,
  profileStatusSchema,
  questionnaireSchema,
} from '../../../shared/contract/matching.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, staff } from '../../http/actor.ts';
import { requireActor, siteOrigin } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  answerProfile,
  changeQuestionnaire,
  profileStatus,
  readOwnProfile,
  readQuestionnaire,
  remindUnfinishedProfiles,
} from './questionnaire.service.ts';

const errors = errorResponses;
const tags = ['questionnaire'];
const participantParams = z.object({ participantId: idSchema });

export function registerQuestionnaireRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/cycles/:id/questionnaire',
    {
      config: { access: ['coordinator', 'organisation_contact', 'participant'] },
      schema: { tags, params: idParamsSchema, response: { 200: questionnaireSchema, ...errors } },
    },
    async (request) => readQuestionnaire(db, requireActor(request), request.params.id),
  );

  app.put(
    '/api/v1/cycles/:id/questionnaire',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: questionnaireSchema,
        response: { 200: questionnaireSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeQuestionnaire(trx, actor, request.params.id, request.body, clock()));
    },
  );

  app.get(
    '/api/v1/me/profiles/:participantId',
    {
      config: { access: ['participant'] },
      schema: { tags, params: participantParams, response: { 200: profileSchema, ...errors } },
    },
    async (request) => readOwnProfile(db, requireActor(request), request.params.participantId),
  );

  app.put(
    '/api/v1/me/profiles/:participantId',
    {
      config: { access: ['participant'] },
      schema: {
        tags,
        params: participantParams,
        body: profileAnswersSchema,
        response: { 200: profileSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => answerProfile(trx, actor, request.params.participantId, request.body, clock()));
    },
  );

  app.get(
    '/api/v1/cycles/:id/profile-status',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: profileStatusSchema, ...errors } },
    },
    async (request) => ({ participants: await profileStatus(db, requireActor(request), request.params.id) }),
  );

  app.post(
    '/api/v1/cycles/:id/profile-reminders',
    {
      config: { access: staff },
      schema: {
        tags,
        params: idParamsSchema,
        body: z.object({ participantIds: z.array(idSchema).max(5000).optional() }).default({}),
        response: { 200: z.object({ sent: z.number() }), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const origin = siteOrigin(deps, request);
      return db
        .transaction()
        .execute((trx) =>
          remindUnfinishedProfiles(
            trx,
            actor,
            request.params.id,
            request.body.participantIds,
            clock(),
            origin,
          ),
        );
    },
  );
}
