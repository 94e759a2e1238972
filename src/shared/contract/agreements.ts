import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema, programmeDateSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

// The tandem's agreement (goals, cadence, format, confidentiality, signatures) and its goals'
// progress and milestones. Only the tandem's two members read or write any of it.

export const MAX_GOALS = 5;
export const MAX_MILESTONES_PER_GOAL = 20;

export const meetingFormats = ['in_person', 'video', 'phone'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export const goalStates = ['not_started', 'on_track', 'at_risk', 'achieved', 'dropped'] as const;
export type GoalState = (typeof goalStates)[number];

/** The cadences offered in forms (named in the agreements catalogue); the server accepts any number of days from 7 to 180. */
export const cadenceChoices = [{ days: 7 }, { days: 14 }, { days: 30 }, { days: 42 }, { days: 90 }] as const;

export const cadenceDaysSchema = z
  .number({ message: says('cadenceChoose') })
  .int(says('cadenceWholeDays'))
  .min(7, says('cadenceMin'))
  .max(180, says('cadenceMax'));

export const confidentialitySchema = z.string().trim().min(1, says('writtenDown')).max(5000);

export const agreementGoalInputSchema = z.object({
  /** The goal this line keeps; left out for a new goal. */
  goalId: idSchema.optional(),
  title: z.string().trim().min(1, says('hasTitle')).max(200),
  successMeasure: z.string().trim().min(1, says('successMeasure')).max(1000),
});

/**
 * When the version the client read was saved (`savedAt`, null before the first save): a version
 * nobody signed is changed in place, so its number alone would not show the partner's edit.
 */
const savedAtReadSchema = z.string().max(40, says('savedAtRead'));

export const agreementInputSchema = z.object({
  /** The version the form was read at (0 when nothing was saved yet); a newer one answers 409. */
  version: z.number().int().min(0),
  savedAt: savedAtReadSchema.nullable(),
  goals: z
    .array(agreementGoalInputSchema)
    .min(1, says('goalsMin'))
    .max(MAX_GOALS, says('goalsMax'))
    .refine(
      (goals) => {
        const ids = goals.flatMap((g) => (g.goalId ? [g.goalId] : []));
        return new Set(ids).size === ids.length;
      },
      { message: says('goalTwice') },
    ),
  cadenceDays: cadenceDaysSchema,
  meetingFormat: z.enum(meetingFormats, { message: says('meetingFormatChoose') }),
  confidentiality: confidentialitySchema,
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

/** The version as read: a signature is only ever given to the text the signer saw. */
export const signAgreementSchema = z.object({ version: z.number().int().min(1), savedAt: savedAtReadSchema });

const personRefSchema = z.object({ participantId: idSchema, name: z.string() });

export const agreementVersionSchema = z.object({
  /** 0 for the suggested draft that is not saved yet. */
  version: z.number(),
  goals: z.array(z.object({ goalId: idSchema.nullable(), title: z.string(), successMeasure: z.string() })),
  cadenceDays: z.number(),
  meetingFormat: z.enum(meetingFormats),
  confidentiality: z.string(),
  editedBy: personRefSchema.nullable(),
  savedAt: z.string().nullable(),
  menteeSignedAt: z.string().nullable(),
  mentorSignedAt: z.string().nullable(),
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

export const agreementStatuses = ['not_saved', 'unsigned', 'partly_signed', 'signed'] as const;

export const agreementSchema = z.object({
  tandemId: idSchema,
  status: z.enum(agreementStatuses),
  /** The newest version, or the suggested draft from the cycle's defaults. */
  current: agreementVersionSchema,
  /** Earlier versions, newest first. */
  history: z.array(agreementVersionSchema),
  mentee: personRefSchema,
  mentor: personRefSchema,
  viewerSide: z.enum(['mentee', 'mentor']),
  /** The viewer signed an earlier version and the agreement changed since: they need to sign again. */
  viewerMustSignAgain: z.boolean(),
  /** What the viewer may do with it now; the web offers exactly these actions. */
  can: z.object({
    save: z.boolean(),
    /** Sign the current version: offered while the viewer's signature on it is missing. */
    sign: z.boolean(),
  }),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const goalParamsSchema = z.object({ id: idSchema, goalId: idSchema });
export const milestoneParamsSchema = z.object({ id: idSchema, goalId: idSchema, milestoneId: idSchema });

export const goalProgressInputSchema = z.object({
  state: z.enum(goalStates, { message: says('progressStateChoose') }),
  comment: z.string().trim().max(500).default(''),
});

const milestoneTitleSchema = z.string().trim().min(1, says('hasName')).max(200);

export const milestoneInputSchema = z.object({
  title: milestoneTitleSchema,
  dueOn: programmeDateSchema.nullable().default(null),
});

export const milestoneChangeSchema = z
  .object({
    title: milestoneTitleSchema.optional(),
    dueOn: programmeDateSchema.nullable().optional(),
    done: z.boolean().optional(),
  })
  .refine((v) => v.title !== undefined || v.dueOn !== undefined || v.done !== undefined, {
    message: says('milestoneChange'),
  });

export const milestoneSchema = z.object({
  id: idSchema,
  title: z.string(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
});

export const goalSchema = z.object({
  id: idSchema,
  title: z.string(),
  successMeasure: z.string(),
  state: z.enum(goalStates),
  stateComment: z.string(),
  updatedAt: z.string(),
  milestones: z.array(milestoneSchema),
  /** What the viewer may do with the goal now; the web offers exactly these actions. */
  can: z.object({
    updateProgress: z.boolean(),
    addMilestone: z.boolean(),
    /** Tick off, untick, rename or remove its milestones. */
    changeMilestones: z.boolean(),
  }),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalEventKinds = [
  'agreement.saved',
  'agreement.signed',
  'goal.added',
  'goal.edited',
  'goal.removed',
  'goal.progress',
  'milestone.added',
  'milestone.edited',
  'milestone.done',
  'milestone.undone',
  'milestone.removed',
] as const;
export type GoalEventKind = (typeof goalEventKinds)[number];

export const goalEventSchema = z.object({
  id: z.number(),
  kind: z.enum(goalEventKinds),
  goalId: idSchema.nullable(),
  /** The goal's title when it happened. */
  goalTitle: z.string().nullable(),
  milestoneTitle: z.string().nullable(),
  agreementVersion: z.number().nullable(),
  state: z.enum(goalStates).nullable(),
  comment: z.string(),
  author: personRefSchema.nullable(),
  occurredAt: z.string(),
});
export type GoalEvent = z.infer<typeof goalEventSchema>;

export const goalBoardSchema = z.object({
  tandemId: idSchema,
  goals: z.array(goalSchema),
  /** Every change to the goals and the agreement, newest first. */
  timeline: z.array(goalEventSchema),
});
export type GoalBoard = z.infer<typeof goalBoardSchema>;

export const tandemSettingsSchema = z.object({
  /** The cadence a new agreement starts with, in days (30 = monthly). */
  meetingCadenceDays: cadenceDaysSchema,
  /** The confidentiality terms a new agreement starts with. */
  confidentialityText: confidentialitySchema,
  /**
   * Raised by every saved change of these settings. A save names the version it read; a change
   * saved meanwhile answers 409 instead of being overwritten.
   */
  version: versionReadSchema,
});
export type TandemSettings = z.infer<typeof tandemSettingsSchema>;

const tag = 'agreements';
// Tandem space: any signed-in caller may ask, and the server answers everyone but the tandem's two
// members with a 404, staff included, as for the tandem's meetings.
const members = signedIn;

export const agreementEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/api/v1/tandems/:id/agreement',
    operationId: 'getTandemAgreement',
    summary: 'The tandem’s agreement: the current version (or a suggested draft), its history and signatures',
    tag,
    access: members,
    params: idParamsSchema,
    status: 200,
    response: agreementSchema,
  }),
  save: endpoint({
    method: 'PUT',
    path: '/api/v1/tandems/:id/agreement',
    operationId: 'saveTandemAgreement',
    summary:
      'Save the agreement’s goals, cadence, format and confidentiality as read; a newer version answers 409',
    tag,
    access: members,
    params: idParamsSchema,
    body: agreementInputSchema,
    status: 200,
    response: agreementSchema,
  }),
  sign: endpoint({
    method: 'POST',
    path: '/api/v1/tandems/:id/agreement/sign',
    operationId: 'signTandemAgreement',
    summary: 'Sign the agreement’s version as it was read; a partner’s edit since then answers 409',
    tag,
    access: members,
    params: idParamsSchema,
    body: signAgreementSchema,
    status: 200,
    response: agreementSchema,
  }),
  goalBoard: endpoint({
    method: 'GET',
    path: '/api/v1/tandems/:id/goals',
    operationId: 'getGoalBoard',
    summary: 'The tandem’s goals with their progress and milestones, and the timeline of changes',
    tag,
    access: members,
    params: idParamsSchema,
    status: 200,
    response: goalBoardSchema,
  }),
  goalProgress: endpoint({
    method: 'PUT',
    path: '/api/v1/tandems/:id/goals/:goalId/progress',
    operationId: 'updateGoalProgress',
    summary: 'Set a goal’s progress state, with a comment',
    tag,
    access: members,
    params: goalParamsSchema,
    body: goalProgressInputSchema,
    status: 200,
    response: goalBoardSchema,
  }),
  addMilestone: endpoint({
    method: 'POST',
    path: '/api/v1/tandems/:id/goals/:goalId/milestones',
    operationId: 'addGoalMilestone',
    summary: 'Add a milestone to a goal',
    tag,
    access: members,
    params: goalParamsSchema,
    body: milestoneInputSchema,
    status: 201,
    response: goalBoardSchema,
  }),
  changeMilestone: endpoint({
    method: 'PATCH',
    path: '/api/v1/tandems/:id/goals/:goalId/milestones/:milestoneId',
    operationId: 'changeGoalMilestone',
    summary: 'Rename a milestone, move its due date, or mark it done or not done',
    tag,
    access: members,
    params: milestoneParamsSchema,
    body: milestoneChangeSchema,
    status: 200,
    response: goalBoardSchema,
  }),
  removeMilestone: endpoint({
    method: 'DELETE',
    path: '/api/v1/tandems/:id/goals/:goalId/milestones/:milestoneId',
    operationId: 'removeGoalMilestone',
    summary: 'Remove a milestone from a goal',
    tag,
    access: members,
    params: milestoneParamsSchema,
    status: 200,
    response: goalBoardSchema,
  }),
  tandemSettings: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/tandem-settings',
    operationId: 'getCycleTandemSettings',
    summary: 'The cadence and confidentiality terms a cycle’s new agreements start with',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: tandemSettingsSchema,
  }),
  changeTandemSettings: endpoint({
    method: 'PUT',
    path: '/api/v1/cycles/:id/tandem-settings',
    operationId: 'changeCycleTandemSettings',
    summary: 'Change the cadence and confidentiality terms a cycle’s new agreements start with',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: tandemSettingsSchema,
    status: 200,
    response: tandemSettingsSchema,
  }),
};
