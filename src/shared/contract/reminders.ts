import { z } from 'zod';
import { signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';

// Mail preferences of the signed-in account, and the coordinator's and contacts' tandem health list.

export const mailLanguages = ['en', 'de'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

export const mailPreferencesUpdateSchema = z.object({
  language: z.enum(mailLanguages, { message: 'must be en or de' }),
  /** One daily digest instead of single mails for reminders and activity notices. */
  digest: z.boolean({ message: 'must be true or false' }),
});
export type MailPreferencesUpdate = z.infer<typeof mailPreferencesUpdateSchema>;

export const mailPreferencesSchema = mailPreferencesUpdateSchema.extend({
  /** Only participants receive reminders, so only they can choose the digest. */
  digestOffered: z.boolean(),
});
export type MailPreferences = z.infer<typeof mailPreferencesSchema>;

export const agreementStates = ['none', 'draft', 'signed_by_one', 'signed'] as const;
export type AgreementState = (typeof agreementStates)[number];

const surveySideSchema = z
  .object({
    kind: z.enum(['midterm', 'final', 'follow_up']),
    title: z.string(),
    done: z.boolean(),
  })
  .nullable();

const healthPersonSchema = z.object({ name: z.string(), organisationName: z.string() });

/** What staff see of a tandem: status and figures only, never notes, goal texts or answers. */
export const tandemHealthSchema = z.object({
  tandemId: idSchema,
  status: z.enum(['active', 'dissolved']),
  publishedAt: z.string(),
  mentee: healthPersonSchema,
  mentor: healthPersonSchema,
  agreement: z.object({
    state: z.enum(agreementStates),
    /** When the second member signed the current version. */
    signedAt: z.string().nullable(),
  }),
  cadenceDays: z.number(),
  meetingsHeld: z.number(),
  /** Whole cadences elapsed since publication, up to the cycle's end or the tandem's dissolution. */
  meetingsExpected: z.number(),
  lastMeetingAt: z.string().nullable(),
  nextMeetingAt: z.string().nullable(),
  goals: z.object({
    notStarted: z.number(),
    onTrack: z.number(),
    atRisk: z.number(),
    achieved: z.number(),
    dropped: z.number(),
    /** Achieved among the goals that are neither removed nor dropped; null without such goals. */
    percentAchieved: z.number().nullable(),
  }),
  /** The most recent survey that has opened, for each side. */
  surveys: z.object({ mentee: surveySideSchema, mentor: surveySideSchema }),
  /** No meeting held or planned for 1.5 × the cadence (overdue) or 3 × (inactive). */
  overdue: z.boolean(),
  inactive: z.boolean(),
  /** Days since the last held meeting, or since publication; null for an ended tandem. */
  daysSinceActivity: z.number().nullable(),
});
export type TandemHealth = z.infer<typeof tandemHealthSchema>;

export const tandemHealthListSchema = z.object({
  cycleId: idSchema,
  cycleName: z.string(),
  cycleStatus: z.string(),
  tandems: z.array(tandemHealthSchema),
});
export type TandemHealthList = z.infer<typeof tandemHealthListSchema>;

export const reminderEndpoints = {
  mailPreferences: endpoint({
    method: 'GET',
    path: '/api/v1/me/mail-preferences',
    operationId: 'getMailPreferences',
    summary: 'The signed-in account’s mail language and digest choice',
    tag: 'mail preferences',
    access: signedIn,
    status: 200,
    response: mailPreferencesSchema,
  }),
  changeMailPreferences: endpoint({
    method: 'PUT',
    path: '/api/v1/me/mail-preferences',
    operationId: 'changeMailPreferences',
    summary: 'Change the signed-in account’s mail language and digest choice',
    tag: 'mail preferences',
    access: signedIn,
    body: mailPreferencesUpdateSchema,
    status: 200,
    response: mailPreferencesSchema,
  }),
  tandemHealth: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/tandem-health',
    operationId: 'listTandemHealth',
    summary: 'Status and figures of a cycle’s tandems the caller may see; never notes, goal texts or answers',
    tag: 'tandems',
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: tandemHealthListSchema,
  }),
};
