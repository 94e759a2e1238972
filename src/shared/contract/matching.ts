import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { contactsOnly, coordinatorOnly } from './access.ts';
import { idParamsSchema, idSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { csvSeparators, languageSchema } from './participants.ts';

const says = messageKeys(validationMessages);

// The cycle's questionnaire, the participants' answers, the matching rules, match runs and the
// draft the coordinator reviews, sends to approval and publishes.

export const criteria = ['topics', 'seniority', 'language', 'location', 'gender', 'industry'] as const;
export type CriterionName = (typeof criteria)[number];

/** The most topics one profile names. */
export const PROFILE_TOPICS_MAX = 10;

const weightSchema = z.number().min(0, says('zeroOrMore')).max(100);

export const questionnaireSchema = z.object({
  /** The cycle's list of goal/expertise topics participants choose from. */
  topics: z
    .array(z.string().trim().min(1).max(80))
    .max(100, says('topicsListMax'))
    .refine((t) => new Set(t.map((x) => x.toLowerCase())).size === t.length, says('topicTwice')),
  /** Points each criterion can add to a pair's score; 0 leaves it out. */
  weights: z.object(
    Object.fromEntries(criteria.map((c) => [c, weightSchema])) as Record<CriterionName, typeof weightSchema>,
  ),
  idealSeniorityGap: z.number().int().min(1).max(5),
  preferDifferentIndustry: z.boolean(),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** A save of the questionnaire names the version it was read at (0 while the defaults stand). */
export const questionnaireSaveSchema = questionnaireSchema.extend({ version: versionReadSchema });
export type QuestionnaireSave = z.infer<typeof questionnaireSaveSchema>;

/** The questionnaire as the server answers it: with what the caller may do with it now. */
export const questionnaireViewSchema = questionnaireSchema.extend({
  /** Raised by every save; 0 while the documented defaults stand. */
  version: z.number(),
  can: z.object({
    /** Change topics and weights: the coordinator, until the cycle's tandems run. */
    edit: z.boolean(),
  }),
});
export type QuestionnaireView = z.infer<typeof questionnaireViewSchema>;

export const remotePreferences = ['in-person', 'remote', 'either'] as const;

/** A participant's questionnaire answers (person fields and the cycle-specific ones). */
export const profileAnswersSchema = z.object({
  jobTitle: z.string().trim().max(200),
  seniority: z.number().int().min(1, says('seniorityRange')).max(6, says('seniorityRange')),
  languages: z.array(languageSchema).min(1, says('languagesMin')).max(20),
  location: z.string().trim().max(200),
  gender: z.enum(['female', 'male', 'non_binary', 'undisclosed']),
  topics: z
    .array(z.string().trim().min(1).max(80))
    .min(1, says('topicsMin'))
    .max(PROFILE_TOPICS_MAX, says('topicsChooseMax')),
  /** Free text: a mentee's goals, a mentor's expertise. */
  text: z.string().trim().max(2000),
  remote: z.enum(remotePreferences),
  /** Mentees only. */
  requiredLanguage: languageSchema.nullable().default(null),
  preferredMentorGender: z.enum(['female', 'male', 'non_binary']).nullable().default(null),
  preferredMentorGenderStrength: z.enum(['soft', 'hard']).default('soft'),
  /** The profile's version as read (the participant's); an edit saved meanwhile answers 409. */
  version: versionReadSchema,
});
export type ProfileAnswers = z.infer<typeof profileAnswersSchema>;

// What is stored may predate the questionnaire (imports), so the view has no minimums.
export const profileSchema = z.object({
  participantId: idSchema,
  role: z.enum(['mentor', 'mentee']),
  completedAt: z.string().nullable(),
  /**
   * The participant saved the profile themselves; until then its answers come from the nomination
   * (a complete import counts as finished, yet the participant still confirms it).
   */
  answeredByParticipant: z.boolean(),
  jobTitle: z.string(),
  seniority: z.number().nullable(),
  languages: z.array(z.string()),
  location: z.string(),
  gender: z.enum(['female', 'male', 'non_binary', 'undisclosed']),
  topics: z.array(z.string()),
  text: z.string(),
  remote: z.enum(remotePreferences),
  requiredLanguage: z.string().nullable(),
  preferredMentorGender: z.enum(['female', 'male', 'non_binary']).nullable(),
  preferredMentorGenderStrength: z.enum(['soft', 'hard']),
  /** The participant's version: raised by their own answers and by staff editing them. */
  version: z.number(),
});
export type ProfileView = z.infer<typeof profileSchema>;

export const profileStatusSchema = z.object({
  participants: z.array(
    z.object({
      participantId: idSchema,
      name: z.string(),
      email: z.string(),
      organisationName: z.string(),
      role: z.enum(['mentor', 'mentee']),
      completedAt: z.string().nullable(),
      lastReminderAt: z.string().nullable(),
    }),
  ),
});

export const organisationPairSchema = z.object({ organisationA: idSchema, organisationB: idSchema });

export const rulesSchema = z.object({
  /** null: reciprocity is not enforced. */
  reciprocityTolerance: z.number().int().min(0).max(1000).nullable(),
  /**
   * Two people who were a tandem before (another cycle, or a dissolved tandem of this one; either
   * role) are never paired again. On by default; a save that leaves it out turns it on.
   */
  neverPairAgain: z.boolean().default(true),
  /** Exclusions added for this cycle, on top of the organisations' competitor links. */
  organisationExclusions: z.array(organisationPairSchema).max(500),
  personExclusions: z
    .array(
      z.object({ menteeId: idSchema, mentorId: idSchema, reason: z.string().trim().max(200).default('') }),
    )
    .max(2000),
  /**
   * Raised by every save (0 before the first). A save names the version it read; a change saved
   * meanwhile answers 409 instead of being overwritten.
   */
  version: versionReadSchema,
});
export type Rules = z.infer<typeof rulesSchema>;

export const rulesViewSchema = rulesSchema.extend({
  competitorExclusions: z.array(organisationPairSchema),
  /** What the caller may do with the rules now, as the server decides it. */
  can: z.object({
    /** Change them: until the cycle is closed. */
    edit: z.boolean(),
  }),
});

export const preflightSchema = z.object({
  mentees: z.number(),
  mentorPlaces: z.number(),
  incompleteProfiles: z.number(),
  /** Mentee–mentor pairs of the cycle kept apart because their people were a tandem before (0 with the rule off). */
  formerTandemPairs: z.number(),
  unmatchable: z.array(
    z.object({
      menteeId: idSchema,
      name: z.string(),
      organisationName: z.string(),
      reasons: z.array(z.string()),
    }),
  ),
  reciprocity: z.array(
    z.object({
      organisationId: idSchema,
      organisationName: z.string(),
      mentors: z.number(),
      mentorPlaces: z.number(),
      mentees: z.number(),
      balance: z.number(),
    }),
  ),
});

export const matchModes = ['optimal', 'stable'] as const;
export const matchRunStatuses = ['running', 'done', 'failed'] as const;

export const startMatchRunSchema = z.object({ mode: z.enum(matchModes).default('optimal') });
/** The body of a run's start may be left out: an optimal run. */
export const startMatchRunBodySchema = startMatchRunSchema.default({ mode: 'optimal' });

export const matchRunSchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  number: z.number(),
  mode: z.enum(matchModes),
  status: z.enum(matchRunStatuses),
  engineVersion: z.string(),
  mentees: z.number(),
  mentors: z.number(),
  matched: z.number().nullable(),
  unmatched: z.number().nullable(),
  totalScore: z.number().nullable(),
  meanScore: z.number().nullable(),
  criterionAverages: z.record(z.string(), z.number()).nullable(),
  blockingPairs: z.number().nullable(),
  progress: z.object({ phase: z.string(), done: z.number(), total: z.number() }).nullable(),
  error: z.string().nullable(),
  startedAt: z.string(),
  seconds: z.number().nullable(),
  startedBy: z.string().nullable(),
});
export type MatchRun = z.infer<typeof matchRunSchema>;
export const matchRunListSchema = z.object({ runs: z.array(matchRunSchema) });

export const runComparisonSchema = z.object({
  a: matchRunSchema,
  b: matchRunSchema,
  differences: z.array(
    z.object({
      menteeId: idSchema,
      menteeName: z.string(),
      mentorA: z.string().nullable(),
      mentorB: z.string().nullable(),
      scoreA: z.number().nullable(),
      scoreB: z.number().nullable(),
    }),
  ),
});

export const contributionSchema = z.object({ criterion: z.enum(criteria), points: z.number() });

export const draftStatuses = ['editing', 'in_approval', 'published'] as const;
export const approvalStates = ['pending', 'approved', 'change_requested'] as const;

export const proposalSchema = z.object({
  menteeId: idSchema,
  menteeName: z.string(),
  menteeOrganisationId: idSchema,
  menteeOrganisationName: z.string(),
  mentorId: idSchema,
  mentorName: z.string(),
  mentorOrganisationId: idSchema,
  mentorOrganisationName: z.string(),
  score: z.number(),
  contributions: z.array(contributionSchema),
  reasons: z.array(z.string()),
  source: z.enum(['engine', 'pinned', 'hand']),
  ruleBreaks: z.array(z.string()),
  approval: z.enum(approvalStates),
  approvalComment: z.string().nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const draftSchema = z.object({
  cycleId: idSchema,
  runId: idSchema.nullable(),
  version: z.number(),
  status: z.enum(draftStatuses),
  proposals: z.array(proposalSchema),
  unmatched: z.array(
    z.object({
      menteeId: idSchema,
      name: z.string(),
      organisationId: idSchema,
      organisationName: z.string(),
      reasons: z.array(z.string()),
    }),
  ),
  pins: z.array(z.object({ menteeId: idSchema, mentorId: idSchema })),
  forbidden: z.array(z.object({ menteeId: idSchema, mentorId: idSchema })),
  mentors: z.array(
    z.object({
      mentorId: idSchema,
      name: z.string(),
      organisationId: idSchema,
      organisationName: z.string(),
      capacity: z.number(),
      used: z.number(),
    }),
  ),
  approvalByOrganisation: z.array(
    z.object({
      organisationId: idSchema,
      organisationName: z.string(),
      pending: z.number(),
      approved: z.number(),
      changeRequested: z.number(),
    }),
  ),
  /** What the caller may do with the draft and the cycle's runs now, as the server decides it. */
  can: z.object({
    /** Board actions (pin, forbid, assign, unassign, swap): until the draft is published. */
    edit: z.boolean(),
    /** Send it to the organisations: while it is edited and has proposals. */
    sendForApproval: z.boolean(),
    /** Publish the approved proposals: while it is in approval and something is approved. */
    publish: z.boolean(),
    /** Start a match run: until the draft is published, and not in a closed cycle. */
    startRun: z.boolean(),
    /** Make a finished run the draft: until the draft is published. */
    adoptRun: z.boolean(),
  }),
});
export type Draft = z.infer<typeof draftSchema>;

const pairRef = { menteeId: idSchema, mentorId: idSchema };
export const draftActionSchema = z.object({
  /** The draft version the coordinator looked at; a stale version answers 409 instead of losing an edit. */
  version: z.number().int().min(0),
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('pin'), ...pairRef }),
    z.object({ type: z.literal('unpin'), ...pairRef }),
    z.object({ type: z.literal('forbid'), ...pairRef }),
    z.object({ type: z.literal('unforbid'), ...pairRef }),
    z.object({ type: z.literal('assign'), ...pairRef, acceptRuleBreaks: z.boolean().default(false) }),
    z.object({ type: z.literal('unassign'), menteeId: idSchema }),
    z.object({
      type: z.literal('swap'),
      menteeA: idSchema,
      menteeB: idSchema,
      /** Soft rule breaks of the resulting pairs accepted; a hard rule (organisations) is never passed. */
      acceptRuleBreaks: z.boolean().default(false),
    }),
  ]),
});
export type DraftAction = z.infer<typeof draftActionSchema>['action'];

export const pairPreviewRequestSchema = z.object({
  ...pairRef,
  /** In a swap: the mentee whose place the mentor leaves for this one, so that place counts as free. */
  replacing: idSchema.optional(),
});
export const pairPreviewSchema = z.object({
  score: z.number(),
  contributions: z.array(contributionSchema),
  reasons: z.array(z.string()),
  /** Every rule the pair breaks. */
  ruleBreaks: z.array(z.string()),
  /** Those of them no acceptance passes (same or excluded organisations): the pair is refused. */
  hardRuleBreaks: z.array(z.string()),
});

export const draftVersionSchema = z.object({ version: z.number().int().min(0) });

/** What an organisation contact sees of the proposals for their own mentees: no scores, no alternatives. */
export const approvalViewSchema = z.object({
  cycleId: idSchema,
  status: z.enum(draftStatuses),
  proposals: z.array(
    z.object({
      menteeId: idSchema,
      menteeName: z.string(),
      mentorId: idSchema,
      mentorName: z.string(),
      mentorOrganisationName: z.string(),
      mentorJobTitle: z.string(),
      reasons: z.array(z.string()),
      /** Every rule the proposal breaks, as the coordinator accepted them or the rules now say. */
      ruleBreaks: z.array(z.string()),
      approval: z.enum(approvalStates),
      approvalComment: z.string().nullable(),
      /** What the contact may do with the proposal now, as the server decides it. */
      can: z.object({
        /** Approve it or ask for a change: while the draft is with the organisations. */
        decide: z.boolean(),
      }),
    }),
  ),
});

export const approvalDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'request_change']),
    comment: z.string().trim().max(1000).default(''),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
    message: says('sayWhatShouldChange'),
    path: ['comment'],
  });

/** The most proposals one "approve all shown" takes. */
export const APPROVE_SHOWN_LIMIT = 500;

/** The proposals a contact saw and approves at once, each as it was read: all approved, or none. */
export const approveShownSchema = z.object({
  proposals: z
    .array(z.object({ menteeId: idSchema, mentorId: idSchema, approval: z.enum(approvalStates) }))
    .min(1, says('proposalsMin'))
    .max(APPROVE_SHOWN_LIMIT, says('proposalsMax'))
    .refine((proposals) => new Set(proposals.map((p) => p.menteeId)).size === proposals.length, {
      message: says('menteeOnce'),
    }),
});

/** What reminding the approvers did: organisations still deciding, and mails written to their contacts. */
export const approvalRemindersSentSchema = z.object({ organisations: z.number(), sent: z.number() });

export const cycleMenteeParamsSchema = z.object({ id: idSchema, menteeId: idSchema });
export const runComparisonQuerySchema = z.object({ a: idSchema, b: idSchema });
export const runComparisonExportQuerySchema = runComparisonQuerySchema.extend({
  separator: z.enum(csvSeparators).default('comma'),
});

/**
 * Columns of a run comparison as CSV, one row per mentee whose mentor differs, as the comparison
 * view lists them: each run's number, the mentor it gives (empty: unmatched) and the pair's score.
 */
export const runComparisonCsvColumns = [
  'mentee_id',
  'mentee',
  'run_a',
  'mentor_a',
  'score_a',
  'run_b',
  'mentor_b',
  'score_b',
] as const;

const tag = 'matching';

export const matchingEndpoints = {
  getRules: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/rules',
    operationId: 'getMatchingRules',
    summary: 'A cycle’s matching rules, with the exclusions that follow from competitor links',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: rulesViewSchema,
  }),
  saveRules: endpoint({
    method: 'PUT',
    path: '/api/v1/cycles/:id/rules',
    operationId: 'saveMatchingRules',
    summary: 'Replace a cycle’s matching rules',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: rulesSchema,
    status: 200,
    response: rulesViewSchema,
  }),
  preflight: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/preflight',
    operationId: 'getMatchingPreflight',
    summary: 'What a match run would start from: counts, unmatchable mentees, reciprocity',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: preflightSchema,
  }),
  startRun: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/match-runs',
    operationId: 'startMatchRun',
    summary: 'Start a match run for a cycle',
    description: 'Starts a run and answers at once (202); poll GET /api/v1/match-runs/:id for progress.',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: startMatchRunBodySchema,
    status: 202,
    response: matchRunSchema,
  }),
  listRuns: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/match-runs',
    operationId: 'listMatchRuns',
    summary: 'A cycle’s match runs',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: matchRunListSchema,
  }),
  compareRuns: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/match-runs/compare',
    operationId: 'compareMatchRuns',
    summary: 'Two of a cycle’s match runs side by side: the mentees whose mentor differs',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    query: runComparisonQuerySchema,
    status: 200,
    response: runComparisonSchema,
  }),
  compareRunsCsv: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/match-runs/compare.csv',
    operationId: 'exportMatchRunComparisonCsv',
    summary: 'Two of a cycle’s match runs compared, as a CSV file: the mentees whose mentor differs',
    description:
      'One row per mentee whose mentor differs between run a and run b, with both runs’ mentor (empty: unmatched) and score. UTF-8 with a byte-order mark; separator=semicolon for Excel in German.',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    query: runComparisonExportQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
  getRun: endpoint({
    method: 'GET',
    path: '/api/v1/match-runs/:id',
    operationId: 'getMatchRun',
    summary: 'One match run, with its progress while it runs',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: matchRunSchema,
  }),
  adoptRun: endpoint({
    method: 'POST',
    path: '/api/v1/match-runs/:id/adopt',
    operationId: 'adoptMatchRun',
    summary: 'Make a finished run’s pairs the cycle’s draft',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: draftVersionSchema,
    status: 200,
    response: draftSchema,
  }),
  getDraft: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/draft',
    operationId: 'getMatchingDraft',
    summary: 'A cycle’s draft of proposed tandems',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: draftSchema,
  }),
  applyDraftAction: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/draft/actions',
    operationId: 'applyDraftAction',
    summary: 'Change the draft: pin, forbid, assign, unassign or swap; a stale version answers 409',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: draftActionSchema,
    status: 200,
    errors: [422],
    response: draftSchema,
  }),
  previewPair: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/draft/preview',
    operationId: 'previewDraftPair',
    summary: 'The score and rule breaks a mentee and mentor would have as a pair',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: pairPreviewRequestSchema,
    status: 200,
    response: pairPreviewSchema,
  }),
  sendForApproval: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/draft/send-for-approval',
    operationId: 'sendDraftForApproval',
    summary: 'Send the draft to the organisation contacts for approval',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: draftVersionSchema,
    status: 200,
    response: draftSchema,
  }),
  getApproval: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/approval',
    operationId: 'getDraftApproval',
    summary: 'The proposals for the contact’s own mentees, to approve or question',
    tag,
    access: contactsOnly,
    params: idParamsSchema,
    status: 200,
    response: approvalViewSchema,
  }),
  decideApproval: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/approval/:menteeId',
    operationId: 'decideDraftApproval',
    summary: 'Approve a proposal for one of the contact’s mentees, or ask for a change',
    tag,
    access: contactsOnly,
    params: cycleMenteeParamsSchema,
    body: approvalDecisionSchema,
    status: 200,
    errors: [422],
    response: approvalViewSchema,
  }),
  approveShownProposals: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/approve-shown',
    operationId: 'approveShownProposals',
    summary: 'Approve the proposals the contact was shown, all or none; one changed meanwhile answers 409',
    tag,
    access: contactsOnly,
    params: idParamsSchema,
    body: approveShownSchema,
    status: 200,
    errors: [422],
    response: approvalViewSchema,
  }),
  remindApprovers: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/approval-reminders',
    operationId: 'remindApprovers',
    summary: 'Mail the contacts of organisations whose proposals still wait for a decision',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: approvalRemindersSentSchema,
  }),
};
