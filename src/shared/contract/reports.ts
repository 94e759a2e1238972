import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { coordinatorOnly, staff } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { genders } from './participants.ts';
import { surveyKinds, surveyRoles } from './surveys.ts';

// The cockpit and the members' evidence (decision 0022): the cycle's dashboard, an operational
// view of people the caller already sees one by one, and the confidential reports, meant to be
// handed on, whose every figure about fewer than 5 people is hidden, also where it could be
// computed from other figures of the same report.

/** How far a participant got, in the order a cycle takes them. */
export const funnelStages = [
  'nominated',
  'profile_finished',
  'proposed',
  'approved',
  'published',
  'agreement_signed',
  'first_meeting',
  'active_recently',
  'midterm_answered',
  'final_answered',
] as const;
export type FunnelStage = (typeof funnelStages)[number];

/** A participant counts as active when a meeting of their tandem was held this many days back. */
export const ACTIVE_WITHIN_DAYS = 42;

const organisationRef = z.object({ id: idSchema, name: z.string() });

/** How many mentees and mentors reached each stage, in `funnelStages` order. */
const funnelSchema = z.array(
  z.object({ stage: z.enum(funnelStages), mentees: z.number(), mentors: z.number() }),
);
export type Funnel = z.infer<typeof funnelSchema>;

export const attentionReasons = ['inactive', 'overdue', 'agreement_unsigned'] as const;
export type AttentionReason = (typeof attentionReasons)[number];
/** An agreement still unsigned this many days after publication puts the tandem on the attention list. */
export const AGREEMENT_DUE_DAYS = 21;

export const dashboardSchema = z.object({
  cycle: z.object({
    id: idSchema,
    name: z.string(),
    status: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
  }),
  /** The coordinator sees the programme; a contact, their own organisation only. */
  scope: z.enum(['programme', 'organisation']),
  funnel: funnelSchema,
  /** Per organisation taking part (a contact: their own), by name. */
  organisations: z.array(
    z.object({
      organisation: organisationRef,
      funnel: funnelSchema,
      /** This organisation's mentors in an active tandem (with a mentee of another organisation, as the rules want). */
      mentorsGiven: z.number(),
      /** This organisation's mentees in an active tandem. */
      menteesReceived: z.number(),
    }),
  ),
  /** Meetings held per calendar month (UTC) from the cycle's start to its end or today. */
  meetingsPerMonth: z.array(z.object({ month: z.string(), held: z.number() })),
  /**
   * True for a contact whose organisation has people in fewer than 5 tandems: their months would
   * tell when one tandem met, which the health list does not. `meetingsPerMonth` is then empty.
   */
  meetingsPerMonthHidden: z.boolean(),
  /** Active tandems that need a word from staff, longest silent first. */
  attention: z.array(
    z.object({
      tandemId: idSchema,
      mentee: z.object({ name: z.string(), organisationName: z.string() }),
      mentor: z.object({ name: z.string(), organisationName: z.string() }),
      reasons: z.array(z.enum(attentionReasons)),
      daysSinceActivity: z.number().nullable(),
      publishedAt: z.string(),
    }),
  ),
  /**
   * The cycle's events not cancelled, soonest first, with registrations, the waiting list and
   * attendance: every registration for the coordinator, a contact's own organisation's people's.
   */
  events: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      timeZone: z.string(),
      registered: z.number(),
      waiting: z.number(),
      attended: z.number(),
      unmarked: z.number(),
    }),
  ),
  /** A contact's open work in this cycle, counted; null for the coordinator. */
  todos: z
    .object({
      proposalsToApprove: z.number(),
      profilesUnfinished: z.number(),
      invitationsUnanswered: z.number(),
      tandemsNeedingAttention: z.number(),
    })
    .nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

// Reports

/** Why a figure is not shown: its group is under the threshold, or it would give a hidden one away. */
export const hiddenReasons = ['small_group', 'complementary'] as const;
export type HiddenReason = (typeof hiddenReasons)[number];

/**
 * One figure about a group: `n` people, of whom `value` have the property (a count) or whose
 * answers average `value` (a mean). A hidden figure has neither.
 */
export const reportCellSchema = z.object({
  n: z.number().nullable(),
  value: z.number().nullable(),
  hidden: z.enum(hiddenReasons).nullable(),
});
export type ReportCell = z.infer<typeof reportCellSchema>;

/** The programme's figure, each organisation's (in `organisations` order) and, where given, each gender's. */
const reportRowBase = {
  programme: reportCellSchema,
  organisations: z.array(reportCellSchema),
};

export const activityMeasures = [
  'agreements_signed',
  'first_meeting',
  'meetings_held',
  'meetings_expected',
] as const;
export type ActivityMeasure = (typeof activityMeasures)[number];

export const outcomeMeasures = [
  'career_step',
  'promoted',
  'leadership_responsibility',
  'new_role',
  'still_with_employer',
  'mentee_value',
  'mentor_value',
] as const;
export type OutcomeMeasure = (typeof outcomeMeasures)[number];
/** Outcomes that are shares (yes among those who answered); the values are means of a 1–5 scale. */
export const outcomeShares: readonly OutcomeMeasure[] = [
  'career_step',
  'promoted',
  'leadership_responsibility',
  'new_role',
  'still_with_employer',
];

/** A question's figures in one column: how many answered, and the mean or the count per option. */
export const reportQuestionCellSchema = z.object({
  n: z.number().nullable(),
  mean: z.number().nullable(),
  counts: z.array(z.number()).nullable(),
  hidden: z.enum(hiddenReasons).nullable(),
});
export type ReportQuestionCell = z.infer<typeof reportQuestionCellSchema>;

export const cycleReportSchema = z.object({
  kind: z.enum(['programme', 'organisation']),
  cycle: z.object({ id: idSchema, name: z.string(), startsOn: z.string(), endsOn: z.string() }),
  /** The organisation an organisation's report is about; null in the programme's report. */
  organisation: organisationRef.nullable(),
  generatedAt: z.string(),
  /** Groups of fewer people than this are hidden. */
  threshold: z.number(),
  /** The columns: every organisation taking part in the programme's report, the one in an organisation's. */
  organisations: z.array(organisationRef),
  participation: z.object({
    mentee: z.array(z.object({ stage: z.enum(funnelStages), ...reportRowBase })),
    mentor: z.array(z.object({ stage: z.enum(funnelStages), ...reportRowBase })),
  }),
  /** About tandems, counted on the mentee's organisation (it receives the mentoring). */
  activity: z.array(z.object({ measure: z.enum(activityMeasures), ...reportRowBase })),
  /** Closed surveys only, question by question; text answers are counted, never shown. */
  surveys: z.array(
    z.object({
      surveyId: idSchema,
      kind: z.enum(surveyKinds),
      role: z.enum(surveyRoles),
      title: z.string(),
      questions: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          type: z.enum(['scale', 'choice', 'text']),
          options: z.array(z.string()).nullable(),
          programme: reportQuestionCellSchema,
          organisations: z.array(reportQuestionCellSchema),
        }),
      ),
    }),
  ),
  /** Per event not cancelled: among the participants registered for it, how many attended. */
  events: z.array(z.object({ eventId: idSchema, title: z.string(), startsAt: z.string(), ...reportRowBase })),
  /** From the follow-up surveys once closed: career steps and the tandem's value, by organisation and by gender. */
  outcomes: z.array(
    z.object({
      measure: z.enum(outcomeMeasures),
      ...reportRowBase,
      genders: z.object(
        Object.fromEntries(genders.map((g) => [g, reportCellSchema])) as {
          [G in (typeof genders)[number]]: typeof reportCellSchema;
        },
      ),
    }),
  ),
});
export type CycleReport = z.infer<typeof cycleReportSchema>;

/** A PDF's language: the page's the link was followed from; else the browser's, else English. */
export const reportPdfQuerySchema = z.object({ language: z.enum(uiLanguages).optional() });

export const organisationReportParamsSchema = z.object({ cycleId: idSchema, organisationId: idSchema });

export const reportEndpoints = {
  dashboard: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/dashboard',
    operationId: 'getCycleDashboard',
    summary: 'The cycle’s dashboard: funnel, reciprocity, meetings per month and the attention list',
    description:
      'The coordinator sees every organisation; a contact their own organisation’s people only, with their open work counted. Figures count people the caller already sees one by one (participants, tandem health), so none is hidden.',
    tag: 'reports',
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: dashboardSchema,
  }),
  programmeReport: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/report',
    operationId: 'getProgrammeReport',
    summary: 'The programme’s evaluation report: every figure about fewer than 5 people hidden',
    tag: 'reports',
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: cycleReportSchema,
  }),
  programmeReportPdf: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/report.pdf',
    operationId: 'getProgrammeReportPdf',
    summary: 'The programme’s evaluation report as a PDF (A4) in the reader’s language',
    tag: 'reports',
    access: coordinatorOnly,
    params: idParamsSchema,
    query: reportPdfQuerySchema,
    status: 200,
    response: z.string().describe('PDF file'),
    produces: 'application/pdf',
  }),
  organisationReport: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:cycleId/organisations/:organisationId/report',
    operationId: 'getOrganisationReport',
    summary:
      'An organisation’s confidential report: its column of the programme’s report, beside the programme’s',
    description:
      'The coordinator, and the organisation’s contacts; anyone else gets 404. The figures are those of the programme’s report, so reading several organisations’ reports together gives nothing the programme’s report hides.',
    tag: 'reports',
    access: staff,
    params: organisationReportParamsSchema,
    status: 200,
    response: cycleReportSchema,
  }),
  organisationReportPdf: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:cycleId/organisations/:organisationId/report.pdf',
    operationId: 'getOrganisationReportPdf',
    summary: 'An organisation’s confidential report as a PDF (A4) in the reader’s language',
    tag: 'reports',
    access: staff,
    params: organisationReportParamsSchema,
    query: reportPdfQuerySchema,
    status: 200,
    response: z.string().describe('PDF file'),
    produces: 'application/pdf',
  }),
};
