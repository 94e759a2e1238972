import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { cycleStatuses } from './cycles.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { cycleMenteeParamsSchema, draftVersionSchema } from './matching.ts';
import { csvSeparators } from './participants.ts';

const says = messageKeys(validationMessages);

export const tandemPersonSchema = z.object({
  participantId: idSchema,
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  jobTitle: z.string(),
  seniority: z.number().nullable(),
  languages: z.array(z.string()),
  location: z.string(),
  topics: z.array(z.string()),
  text: z.string(),
});

export const tandemSchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  status: z.enum(['active', 'dissolved']),
  publishedAt: z.string(),
  dissolvedAt: z.string().nullable(),
  dissolvedReason: z.string().nullable(),
  mentee: tandemPersonSchema,
  mentor: tandemPersonSchema,
  /** Why they were matched, in words; shown to the tandem as a conversation starter. */
  reasons: z.array(z.string()),
  /** The viewer's side when they are one of the tandem's two members, else null (staff). */
  viewerSide: z.enum(['mentee', 'mentor']).nullable(),
  /** What the viewer may do with the tandem now; the web offers exactly these actions. */
  can: z.object({
    dissolve: z.boolean(),
    /** Propose (and publish) a new mentor for the mentee of this dissolved tandem. */
    proposeRematch: z.boolean(),
  }),
});
export type Tandem = z.infer<typeof tandemSchema>;

export const tandemListSchema = z.object({ tandems: z.array(tandemSchema) });

export const tandemQuerySchema = z.object({ cycleId: idSchema.optional() });

/**
 * What publishing a draft did: tandems made, proposals left on the draft (not approved yet), and the
 * cycle's phase after it: running, since publishing starts the tandem year.
 */
export const publishResultSchema = z.object({
  published: z.number(),
  remaining: z.number(),
  cycleStatus: z.enum(cycleStatuses),
});

export const dissolveTandemSchema = z.object({
  reason: z.string().trim().min(1, says('dissolveReason')).max(500),
});

/** How many mentors a re-match offers the coordinator to choose from. */
export const REMATCH_ALTERNATIVES = 3;

export const rematchAlternativeSchema = z.object({
  mentorId: idSchema,
  mentorName: z.string(),
  mentorOrganisationName: z.string(),
  score: z.number(),
  /** Why this mentor fits, in the engine's words. */
  reasons: z.array(z.string()),
});

export const rematchResultSchema = z.object({
  menteeId: idSchema,
  /** The best mentors the rules allow over the remaining places, best first; empty when none is left. */
  alternatives: z.array(rematchAlternativeSchema).max(REMATCH_ALTERNATIVES),
  /** Why no mentor is left, when `alternatives` is empty. */
  reasons: z.array(z.string()),
});

export const publishRematchSchema = z.object({ mentorId: idSchema });

/** A cycle's tandems as a CSV file: the separator, as the participants export takes it. */
export const tandemExportQuerySchema = z.object({
  separator: z.enum(csvSeparators).default('comma'),
});

/**
 * Columns of the tandems CSV, in the order the export writes them: what the cycle's tandems page
 * shows the caller (an email only where the tandem's page shows it: never of a person outside a
 * contact's organisation). Dates are `YYYY-MM-DD` (UTC).
 */
export const tandemCsvColumns = [
  'tandem_id',
  'status',
  'mentee_name',
  'mentee_email',
  'mentee_organisation',
  'mentor_name',
  'mentor_email',
  'mentor_organisation',
  'published_on',
  'dissolved_on',
] as const;

const tag = 'tandems';

export const tandemEndpoints = {
  publishDraft: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/draft/publish',
    operationId: 'publishMatchingDraft',
    summary: 'Turn the draft’s approved proposals into tandems; the rest stays on the draft',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: draftVersionSchema,
    status: 200,
    errors: [422],
    response: publishResultSchema,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/v1/tandems',
    operationId: 'listTandems',
    summary: 'Tandems the caller may see: all (coordinator), own organisation’s (contact), own (participant)',
    tag,
    access: signedIn,
    query: tandemQuerySchema,
    status: 200,
    response: tandemListSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/tandems/:id',
    operationId: 'getTandem',
    summary: 'One tandem',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: tandemSchema,
  }),
  dissolve: endpoint({
    method: 'POST',
    path: '/api/v1/tandems/:id/dissolve',
    operationId: 'dissolveTandem',
    summary: 'End a tandem early, saying why',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: dissolveTandemSchema,
    status: 200,
    response: tandemSchema,
  }),
  proposeRematch: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/rematch/:menteeId',
    operationId: 'proposeTandemRematch',
    summary:
      'Up to three mentors for one mentee from the mentors’ remaining places, best first (a small match run)',
    tag,
    access: coordinatorOnly,
    params: cycleMenteeParamsSchema,
    status: 200,
    response: rematchResultSchema,
  }),
  publishRematch: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/rematch/:menteeId/publish',
    operationId: 'publishTandemRematch',
    summary: 'Make a new tandem of a mentee and the chosen mentor',
    tag,
    access: coordinatorOnly,
    params: cycleMenteeParamsSchema,
    body: publishRematchSchema,
    status: 200,
    response: tandemSchema,
  }),
  exportCsv: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/tandems.csv',
    operationId: 'exportTandemsCsv',
    summary: 'The cycle’s tandems the caller may see, as a CSV file',
    description:
      'UTF-8 with a byte-order mark; separator=semicolon for Excel in German. The coordinator gets every tandem of the cycle, a contact those with one of their own people; emails only of people the caller sees whole (never of another organisation’s people for a contact).',
    tag,
    access: staff,
    params: idParamsSchema,
    query: tandemExportQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
};
