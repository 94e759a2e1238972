import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, staff } from './access.ts';
import { idParamsSchema, idSchema, nameSchema, programmeDateSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { surveyDateMoveSchema } from './surveys.ts';

const says = messageKeys(validationMessages);

export const cycleStatuses = ['draft', 'open', 'matching', 'running', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

/** A cycle moves forward one phase at a time; a step back is allowed to fix a mistake, never out of closed. */
export const cycleTransitions: Record<CycleStatus, readonly CycleStatus[]> = {
  draft: ['open'],
  open: ['draft', 'matching'],
  matching: ['open', 'running'],
  running: ['matching', 'closed'],
  closed: [],
};

const cycleFields = z.object({
  name: nameSchema,
  startsOn: programmeDateSchema,
  endsOn: programmeDateSchema,
});

const endsAfterStart = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.endsOn > v.startsOn;
const endsAfterStartIssue = { message: says('endsAfterStart'), path: ['endsOn'] };

/**
 * A new cycle. Its `language` chooses the defaults the coordinator edits later (questionnaire
 * topics, survey questions, the agreement's confidentiality terms); when absent, the creating
 * account's language. It is set once: the defaults are written when the cycle is created.
 */
export const cycleInputSchema = cycleFields
  .extend({ language: z.enum(uiLanguages).optional() })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CycleInput = z.infer<typeof cycleInputSchema>;

// The version read is required: a change made meanwhile answers 409 instead of being overwritten.
export const cycleUpdateSchema = cycleFields
  .partial()
  .extend({ version: versionReadSchema })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CycleUpdate = z.infer<typeof cycleUpdateSchema>;

export const cycleStatusChangeSchema = z.object({ status: z.enum(cycleStatuses) });

export const cycleSchema = z.object({
  id: idSchema,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(cycleStatuses),
  /** The language of its default texts (topics, survey questions, confidentiality terms). */
  language: z.enum(uiLanguages),
  organisationIds: z.array(idSchema),
  mentorCount: z.number(),
  menteeCount: z.number(),
  /** Raised by every saved edit of its name and dates (a change of phase leaves it alone). */
  version: z.number(),
  /** What the caller may do with the cycle now, as the server decides it. */
  can: z.object({
    /** Change its name and dates. */
    edit: z.boolean(),
    /** Move it to another phase (`cycleTransitions` lists which). */
    changeStatus: z.boolean(),
    /** Let another organisation take part. */
    addOrganisations: z.boolean(),
    /** Take an organisation out (refused while it still has people in the cycle). */
    removeOrganisations: z.boolean(),
  }),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const cycleListSchema = z.object({ cycles: z.array(cycleSchema) });

/**
 * A saved change of the cycle, with the surveys its new dates would move. Surveys keep their dates
 * until the coordinator confirms the move (`moveSurveyDates`); empty when no date changed.
 */
export const changedCycleSchema = cycleSchema.extend({ surveyDateOffer: z.array(surveyDateMoveSchema) });
export type ChangedCycle = z.infer<typeof changedCycleSchema>;

/** The steps of running a cycle, in the order the coordinator takes them. */
export const cycleStepKeys = [
  'organisations',
  'contacts',
  'nominations',
  'participants',
  'questionnaire',
  'profiles',
  'rules',
  'matching',
  'approval',
  'publication',
  'agreements',
] as const;
export type CycleStepKey = (typeof cycleStepKeys)[number];

/**
 * One step of the cycle's checklist, counted from the data: `done` of `total` (what counts is the
 * step's own: organisations with a contact, finished profiles, approved proposals, signed
 * agreements...). `action` says what to do next on it, and `link` is the web page where it is done.
 */
export const cycleStepSchema = z.object({
  key: z.enum(cycleStepKeys),
  title: z.string(),
  complete: z.boolean(),
  done: z.number(),
  total: z.number(),
  summary: z.string(),
  action: z.string().nullable(),
  link: z.string(),
});
export type CycleStep = z.infer<typeof cycleStepSchema>;

export const cycleChecklistSchema = z.object({
  cycleId: idSchema,
  status: z.enum(cycleStatuses),
  steps: z.array(cycleStepSchema),
  /** The first step not complete; null once all are. */
  next: cycleStepSchema.nullable(),
  /** Organisations whose contacts still have proposals to decide on (the reminder's count). */
  organisationsNotApproved: z.number(),
});
export type CycleChecklist = z.infer<typeof cycleChecklistSchema>;

export const cycleOrganisationParamsSchema = z.object({ id: idSchema, organisationId: idSchema });

const tag = 'cycles';

export const cycleEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/cycles',
    operationId: 'listCycles',
    summary: 'The cycles the caller may see',
    tag,
    access: staff,
    status: 200,
    response: cycleListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/cycles',
    operationId: 'createCycle',
    summary: 'Start a new programme cycle, as a draft',
    tag,
    access: coordinatorOnly,
    body: cycleInputSchema,
    status: 201,
    response: cycleSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id',
    operationId: 'getCycle',
    summary: 'One cycle',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: cycleSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/cycles/:id',
    operationId: 'updateCycle',
    summary: 'Change a cycle’s name or dates; the answer offers to move the surveys with the dates',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: cycleUpdateSchema,
    status: 200,
    response: changedCycleSchema,
  }),
  changeStatus: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/status',
    operationId: 'changeCycleStatus',
    summary: 'Move a cycle to its next phase, or one phase back',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: cycleStatusChangeSchema,
    status: 200,
    response: cycleSchema,
  }),
  join: endpoint({
    method: 'PUT',
    path: '/api/v1/cycles/:id/organisations/:organisationId',
    operationId: 'addCycleOrganisation',
    summary: 'Let an organisation take part in a cycle',
    tag,
    access: coordinatorOnly,
    params: cycleOrganisationParamsSchema,
    status: 200,
    response: cycleSchema,
  }),
  leave: endpoint({
    method: 'DELETE',
    path: '/api/v1/cycles/:id/organisations/:organisationId',
    operationId: 'removeCycleOrganisation',
    summary: 'Take an organisation out of a cycle',
    tag,
    access: coordinatorOnly,
    params: cycleOrganisationParamsSchema,
    status: 200,
    response: cycleSchema,
  }),
  checklist: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/checklist',
    operationId: 'getCycleChecklist',
    summary: 'The cycle’s steps with their counts, and the next step with where it is done',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: cycleChecklistSchema,
  }),
};
