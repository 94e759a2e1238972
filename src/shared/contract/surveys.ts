import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, participantsOnly, staff } from './access.ts';
import { idParamsSchema, idSchema, isoDateSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { csvSeparators } from './participants.ts';

const says = messageKeys(validationMessages);

// Surveys: each cycle has a mid-term, a final and a follow-up survey per role. Answers are
// confidential: a participant reads their own; staff read aggregates only.

export const surveyKinds = ['midterm', 'final', 'follow_up'] as const;
export type SurveyKind = (typeof surveyKinds)[number];
export const surveyRoles = ['mentee', 'mentor'] as const;
export type SurveyRole = (typeof surveyRoles)[number];
export const surveyStatuses = ['upcoming', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/** Below this many answers, figures and texts are hidden so nobody can be recognised. */
export const ANONYMITY_THRESHOLD = 5;
export const TEXT_ANSWER_MAX = 2000;

const questionId = z.string().regex(/^[a-z0-9_-]{1,40}$/, says('questionId'));
const questionText = z.string().trim().min(1).max(300);
const option = z.string().trim().min(1).max(120);

const questionBase = { id: questionId, text: questionText, required: z.boolean().default(false) };

export const surveyQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('scale') }),
  z.object({
    ...questionBase,
    type: z.literal('choice'),
    options: z
      .array(option)
      .min(2, says('optionsMin'))
      .max(10, says('optionsMax'))
      .refine((o) => new Set(o.map((x) => x.toLowerCase())).size === o.length, says('optionsDiffer')),
  }),
  z.object({ ...questionBase, type: z.literal('text') }),
]);
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type SurveyQuestionType = SurveyQuestion['type'];

export const surveyQuestionsSchema = z
  .array(surveyQuestionSchema)
  .min(1, says('questionsMin'))
  .max(30, says('questionsMax'))
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, says('questionIdsDiffer'));

/** A survey as staff see it: definition, state and how many answered. */
export const surveySchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  kind: z.enum(surveyKinds),
  role: z.enum(surveyRoles),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(surveyStatuses),
  questions: z.array(surveyQuestionSchema),
  /** Responses and audience, counted within the caller's organisation for a contact. */
  responseCount: z.number(),
  audienceSize: z.number(),
  /** Raised by every saved change of its title, dates or questions (also dates moved with the cycle). */
  version: z.number(),
  /** What the caller may do with the survey now, as the server decides it. */
  can: z.object({
    /** Change its title and dates. */
    edit: z.boolean(),
    /** Change its questions: only until anybody has answered (of any organisation). */
    editQuestions: z.boolean(),
    /** Close it now, while it is open: answers stop today. */
    close: z.boolean(),
    /** Give it a later closing date, before it has closed, while its cycle runs. */
    extend: z.boolean(),
    /** Open it again until a new closing date, once it has closed, while its cycle is not closed. */
    reopen: z.boolean(),
  }),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyListSchema = z.object({ surveys: z.array(surveySchema) });

// Year 0 and years past 9999 are dates the database does not hold.
const surveyDate = isoDateSchema.refine((d) => d >= '2000-01-01' && d <= '9999-12-31', says('fromYear2000'));

export const surveyUpdateSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    opensOn: surveyDate,
    closesOn: surveyDate,
    questions: surveyQuestionsSchema,
  })
  .partial()
  // The version read is required: a change made meanwhile answers 409 instead of being overwritten.
  .extend({ version: versionReadSchema })
  .refine((v) => !v.opensOn || !v.closesOn || v.closesOn > v.opensOn, {
    message: says('closesAfterOpens'),
    path: ['closesOn'],
  });
export type SurveyUpdate = z.infer<typeof surveyUpdateSchema>;

/** The version read, for the actions that change one survey's state (close, extend, reopen). */
export const surveyCloseSchema = z.object({ version: versionReadSchema });

/** A later closing date: for extending an open survey or reopening a closed one. */
export const surveyNewCloseSchema = z.object({ version: versionReadSchema, closesOn: surveyDate });
export type SurveyNewClose = z.infer<typeof surveyNewCloseSchema>;

/**
 * A survey the cycle's new dates would move: its dates now, and where it moves if the coordinator
 * moves it with the cycle. Only surveys that have not opened are offered; open ones keep theirs.
 */
export const surveyDateMoveSchema = z.object({
  surveyId: idSchema,
  kind: z.enum(surveyKinds),
  role: z.enum(surveyRoles),
  title: z.string(),
  /** The version the move is made on: a change of the survey meanwhile answers 409. */
  version: z.number(),
  opensOn: z.string(),
  closesOn: z.string(),
  proposedOpensOn: z.string(),
  proposedClosesOn: z.string(),
});
export type SurveyDateMove = z.infer<typeof surveyDateMoveSchema>;

export const surveyDateMovesInputSchema = z.object({
  surveys: z
    .array(
      z
        .object({ id: idSchema, version: versionReadSchema, opensOn: surveyDate, closesOn: surveyDate })
        .refine((v) => v.closesOn > v.opensOn, {
          message: says('closesAfterOpens'),
          path: ['closesOn'],
        }),
    )
    .min(1, says('surveysMin'))
    .max(30, says('surveysMax'))
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, says('surveysDiffer')),
});
export type SurveyDateMovesInput = z.infer<typeof surveyDateMovesInputSchema>;

const resultBase = { id: z.string(), text: z.string(), answered: z.number(), suppressed: z.boolean() };

/** Per-question aggregates; figures are null when suppressed. */
export const questionResultSchema = z.discriminatedUnion('type', [
  z.object({
    ...resultBase,
    type: z.literal('scale'),
    /** How many chose 1, 2, 3, 4, 5. */
    counts: z.array(z.number()).nullable(),
    mean: z.number().nullable(),
  }),
  z.object({
    ...resultBase,
    type: z.literal('choice'),
    options: z.array(z.object({ option: z.string(), count: z.number() })).nullable(),
  }),
  z.object({
    ...resultBase,
    type: z.literal('text'),
    /** Without names, sorted alphabetically so their order gives nobody away. */
    answers: z.array(z.string()).nullable(),
  }),
]);
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const surveyResultsSchema = z.object({
  survey: surveySchema.omit({ questions: true }),
  /** Whether the figures cover only the caller's organisation (contacts). */
  scope: z.enum(['programme', 'organisation']),
  /** Figures appear once the survey has closed and its answers can no longer change. */
  hiddenUntilClosed: z.boolean(),
  /**
   * The survey was reopened, and fewer than the anonymity threshold of answers came in or changed
   * since its figures were last shown: they wait, since comparing would give those few away.
   */
  heldBackSinceReopening: z.boolean(),
  suppressed: z.boolean(),
  questions: z.array(questionResultSchema),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

/**
 * Columns of a survey's results as CSV, one row per question and answer option or scale value (one
 * row for a text question: its count only, never its texts). A figure hidden on the page is an empty
 * cell there, with `suppressed` true.
 */
export const surveyResultsCsvColumns = [
  'question_id',
  'question',
  'type',
  'option',
  'count',
  'answered',
  'mean',
  'suppressed',
] as const;

export const surveyResultsExportQuerySchema = z.object({
  separator: z.enum(csvSeparators).default('comma'),
});

export const surveyAnswerSchema = z.union([z.number(), z.string().max(TEXT_ANSWER_MAX * 2)]);
export type SurveyAnswers = Record<string, number | string>;

export const myResponseInputSchema = z.object({
  answers: z.record(z.string().max(40), surveyAnswerSchema.nullable()),
});
export type MyResponseInput = z.infer<typeof myResponseInputSchema>;

/** A survey as its participant sees it, with their own answers. */
export const mySurveySchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  participantId: idSchema,
  kind: z.enum(surveyKinds),
  role: z.enum(surveyRoles),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  status: z.enum(surveyStatuses),
  questions: z.array(surveyQuestionSchema),
  answers: z.record(z.string(), z.union([z.number(), z.string()])).nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** What the participant may do with the survey now, as the server decides it. */
  can: z.object({
    /** Give or change their answers: while the survey is open. */
    answer: z.boolean(),
  }),
});
export type MySurvey = z.infer<typeof mySurveySchema>;

export const mySurveyListSchema = z.object({ surveys: z.array(mySurveySchema) });

const tag = 'surveys';

export const surveyEndpoints = {
  listForCycle: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/surveys',
    operationId: 'listCycleSurveys',
    summary: 'The cycle’s six surveys with their dates and answer counts',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: surveyListSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/surveys/:id',
    operationId: 'getSurvey',
    summary: 'One survey with its questions',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: surveySchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/surveys/:id',
    operationId: 'updateSurvey',
    summary: 'Change a survey’s title, dates or questions (questions only until the first answer)',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: surveyUpdateSchema,
    status: 200,
    response: surveySchema,
  }),
  results: endpoint({
    method: 'GET',
    path: '/api/v1/surveys/:id/results',
    operationId: 'getSurveyResults',
    summary: 'Aggregates per question once the survey has closed; groups under 5 answers hidden',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: surveyResultsSchema,
  }),
  resultsCsv: endpoint({
    method: 'GET',
    path: '/api/v1/surveys/:id/results.csv',
    operationId: 'exportSurveyResultsCsv',
    summary: 'The survey’s aggregates as a CSV file, hidden as on the results page',
    description:
      'One row per question and answer option or scale value; a text question’s count only, never its texts. UTF-8 with a byte-order mark; separator=semicolon for Excel in German. A figure hidden below 5 answers (or until the close, or after a reopening) is an empty cell with suppressed=true.',
    tag,
    access: staff,
    params: idParamsSchema,
    query: surveyResultsExportQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
  listMine: endpoint({
    method: 'GET',
    path: '/api/v1/my-surveys',
    operationId: 'listMySurveys',
    summary: 'The caller’s surveys with their own answers',
    tag,
    access: participantsOnly,
    status: 200,
    response: mySurveyListSchema,
  }),
  answer: endpoint({
    method: 'PUT',
    path: '/api/v1/surveys/:id/my-response',
    operationId: 'answerSurvey',
    summary: 'Save the caller’s answers while the survey is open',
    tag,
    access: participantsOnly,
    params: idParamsSchema,
    body: myResponseInputSchema,
    status: 200,
    response: mySurveySchema,
  }),
  close: endpoint({
    method: 'POST',
    path: '/api/v1/surveys/:id/close',
    operationId: 'closeSurvey',
    summary: 'Close an open survey now: answers stop today',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: surveyCloseSchema,
    status: 200,
    response: surveySchema,
  }),
  extend: endpoint({
    method: 'POST',
    path: '/api/v1/surveys/:id/extend',
    operationId: 'extendSurvey',
    summary: 'Give a survey that has not closed a later closing date',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: surveyNewCloseSchema,
    status: 200,
    response: surveySchema,
  }),
  reopen: endpoint({
    method: 'POST',
    path: '/api/v1/surveys/:id/reopen',
    operationId: 'reopenSurvey',
    summary: 'Open a closed survey again until a new closing date',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: surveyNewCloseSchema,
    status: 200,
    response: surveySchema,
  }),
  moveDates: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/survey-dates',
    operationId: 'moveSurveyDates',
    summary: 'Move surveys of a cycle to new dates together, as offered when the cycle’s dates changed',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: surveyDateMovesInputSchema,
    status: 200,
    response: surveyListSchema,
  }),
};
