import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { validationMessages } from '../i18n/validation.ts';
import { everyone, signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { csvSeparators } from './participants.ts';

const says = messageKeys(validationMessages);

// Mail preferences of the signed-in account, and the coordinator's and contacts' tandem health list.

/** The languages of pages and mails alike (`src/shared/i18n/languages.ts`). */
export const mailLanguages = uiLanguages;
export type MailLanguage = (typeof mailLanguages)[number];

/**
 * The automatic reminders (docs/reminders.md). A participant can turn each off, in Settings or by
 * the one-click link in its mails, and on again in Settings.
 */
export const reminderKinds = ['meeting', 'agreement', 'profile', 'survey'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

const onOrOff = () => z.boolean();
/** For each automatic reminder, whether it is sent (true) or turned off (false). */
export const reminderChoicesSchema = z.object({
  meeting: onOrOff(),
  agreement: onOrOff(),
  profile: onOrOff(),
  survey: onOrOff(),
});
export type ReminderChoices = z.infer<typeof reminderChoicesSchema>;

export const mailPreferencesUpdateSchema = z.object({
  language: z.enum(mailLanguages),
  /** One daily digest instead of single mails for reminders and activity notices. */
  digest: z.boolean(),
  /** Which automatic reminders are sent; left out, they stay as they are. */
  reminders: reminderChoicesSchema.optional(),
});
export type MailPreferencesUpdate = z.infer<typeof mailPreferencesUpdateSchema>;

export const mailPreferencesSchema = mailPreferencesUpdateSchema.extend({
  reminders: reminderChoicesSchema,
  /** Only participants receive reminders, so only they can choose the digest and the reminders. */
  digestOffered: z.boolean(),
});
export type MailPreferences = z.infer<typeof mailPreferencesSchema>;

/** The token of a one-click unsubscribe link (43 characters of base64url). */
export const unsubscribeParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: says('unsubscribeToken') }),
});

/** What RFC 8058 has a mail provider post: `List-Unsubscribe=One-Click`, as a form or as JSON. */
export const oneClickBodySchema = z.object({
  'List-Unsubscribe': z.literal('One-Click'),
});

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

/** The health list as a CSV file: the separator, as the participants export takes it. */
export const tandemHealthExportQuerySchema = z.object({
  separator: z.enum(csvSeparators).default('comma'),
});

/**
 * Columns of the tandem health CSV, in the order the export writes them: one row per tandem with
 * the figures of `tandemHealthSchema` (never notes, goal texts, agreement text or answers). Dates
 * are `YYYY-MM-DD` (UTC); a survey's columns are empty when none has opened for that side.
 */
export const tandemHealthCsvColumns = [
  'tandem_id',
  'status',
  'mentee_name',
  'mentee_organisation',
  'mentor_name',
  'mentor_organisation',
  'published_on',
  'agreement_state',
  'agreement_signed_on',
  'cadence_days',
  'meetings_held',
  'meetings_expected',
  'last_meeting_on',
  'next_meeting_on',
  'goals_not_started',
  'goals_on_track',
  'goals_at_risk',
  'goals_achieved',
  'goals_dropped',
  'goals_percent_achieved',
  'mentee_survey',
  'mentee_survey_done',
  'mentor_survey',
  'mentor_survey_done',
  'overdue',
  'inactive',
  'days_since_activity',
] as const;

export const reminderEndpoints = {
  mailPreferences: endpoint({
    method: 'GET',
    path: '/api/v1/me/mail-preferences',
    operationId: 'getMailPreferences',
    summary: 'The signed-in account’s mail language, digest and reminder choices',
    tag: 'mail preferences',
    access: signedIn,
    status: 200,
    response: mailPreferencesSchema,
  }),
  changeMailPreferences: endpoint({
    method: 'PUT',
    path: '/api/v1/me/mail-preferences',
    operationId: 'changeMailPreferences',
    summary: 'Change the signed-in account’s mail language, digest and reminder choices',
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
  exportTandemHealthCsv: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/tandem-health.csv',
    operationId: 'exportTandemHealthCsv',
    summary:
      'The cycle’s tandem health list as a CSV file: one row of figures per tandem, never notes or texts',
    description:
      'The same tandems and figures as listTandemHealth, one row per tandem. UTF-8 with a byte-order mark; separator=semicolon for Excel in German.',
    tag: 'tandems',
    access: staff,
    params: idParamsSchema,
    query: tandemHealthExportQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
  unsubscribePage: endpoint({
    method: 'GET',
    path: '/api/v1/mail/unsubscribe/:token',
    operationId: 'getUnsubscribePage',
    summary:
      'A page asking to confirm turning off the reminders a mail’s unsubscribe link names; changes nothing',
    description:
      'The address of a reminder’s or digest’s List-Unsubscribe header, opened in a browser (or fetched by a link scanner): a small page in the person’s mail language with a button that posts the one-click form to the same address. No sign-in; the token in the address is all it needs.',
    tag: 'mail preferences',
    access: everyone,
    params: unsubscribeParamsSchema,
    status: 200,
    response: z.string().describe('HTML page'),
    produces: 'text/html',
  }),
  unsubscribe: endpoint({
    method: 'POST',
    path: '/api/v1/mail/unsubscribe/:token',
    operationId: 'unsubscribeOneClick',
    summary: 'One-click unsubscribe (RFC 8058): turns off the reminders the link names, without signing in',
    description:
      'Posted by mail providers with the body List-Unsubscribe=One-Click (URL-encoded or multipart/form-data), or by the confirmation page. Turns off, for the link’s person, the automatic reminder its mail was (all of them for a digest) and nothing else; they can turn it on again in Settings. Answers one line of plain text.',
    tag: 'mail preferences',
    access: everyone,
    params: unsubscribeParamsSchema,
    body: oneClickBodySchema,
    formBody: true,
    bodyLimit: 4096,
    status: 200,
    response: z.string().describe('What was turned off, in one line of text'),
    produces: 'text/plain',
  }),
};
