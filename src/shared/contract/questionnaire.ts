import { z } from 'zod';
import { coordinatorOnly, participantsOnly, signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import {
  profileAnswersSchema,
  profileSchema,
  profileStatusSchema,
  questionnaireSaveSchema,
  questionnaireViewSchema,
} from './matching.ts';

// The endpoints of a cycle's questionnaire and the participants' answers to it. Their schemas
// live in matching.ts beside the matching rules, which the questionnaire's weights feed.

export const profileParamsSchema = z.object({ participantId: idSchema });

/** Whom to remind; every participant whose profile is unfinished when left out. */
export const profileReminderRequestSchema = z
  .object({ participantIds: z.array(idSchema).max(5000).optional() })
  .default({});

export const profileRemindersSentSchema = z.object({ sent: z.number() });

const tag = 'questionnaire';

export const questionnaireEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/questionnaire',
    operationId: 'getQuestionnaire',
    summary: 'A cycle’s questionnaire: its topics and the weight of each matching criterion',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: questionnaireViewSchema,
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/v1/cycles/:id/questionnaire',
    operationId: 'saveQuestionnaire',
    summary: 'Replace a cycle’s questionnaire',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: questionnaireSaveSchema,
    status: 200,
    response: questionnaireViewSchema,
  }),
  getMyProfile: endpoint({
    method: 'GET',
    path: '/api/v1/me/profiles/:participantId',
    operationId: 'getMyProfile',
    summary: 'The signed-in participant’s own answers in one of their cycles',
    tag,
    access: participantsOnly,
    params: profileParamsSchema,
    status: 200,
    response: profileSchema,
  }),
  saveMyProfile: endpoint({
    method: 'PUT',
    path: '/api/v1/me/profiles/:participantId',
    operationId: 'saveMyProfile',
    summary: 'Answer the questionnaire of one of the signed-in participant’s cycles',
    tag,
    access: participantsOnly,
    params: profileParamsSchema,
    body: profileAnswersSchema,
    status: 200,
    response: profileSchema,
  }),
  profileStatus: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/profile-status',
    operationId: 'getProfileStatus',
    summary: 'Who in a cycle has finished their questionnaire, and when they were last reminded',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: profileStatusSchema,
  }),
  remind: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/profile-reminders',
    operationId: 'sendProfileReminders',
    summary: 'Remind participants with an unfinished questionnaire by mail',
    tag,
    access: staff,
    params: idParamsSchema,
    body: profileReminderRequestSchema,
    status: 200,
    response: profileRemindersSentSchema,
  }),
};
