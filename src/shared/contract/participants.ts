import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { signedIn, staff } from './access.ts';
import { emailSchema, idParamsSchema, idSchema, nameSchema, okSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

export const participantRoles = ['mentor', 'mentee'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const genders = ['female', 'male', 'non_binary', 'undisclosed'] as const;
export type Gender = (typeof genders)[number];

export const SENIORITY_LEVELS = 6;

/** Language codes as ISO 639-1 (two letters), lower case. */
export const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, says('languageCode'));

const text = (max: number) => z.string().trim().max(max);

const personFields = {
  role: z.enum(participantRoles),
  name: nameSchema,
  email: emailSchema,
  jobTitle: text(200),
  seniority: z
    .number()
    .int()
    .min(1, says('seniorityRange'))
    .max(SENIORITY_LEVELS, says('seniorityRange'))
    .nullable(),
  languages: z.array(languageSchema).max(20, says('languagesMax')),
  location: text(200),
  gender: z.enum(genders),
  goals: text(2000),
  expertise: text(2000),
  capacity: z.number().int().min(1).max(20),
};

export const participantInputSchema = z.object({
  cycleId: idSchema,
  organisationId: idSchema,
  ...personFields,
  jobTitle: personFields.jobTitle.default(''),
  seniority: personFields.seniority.default(null),
  languages: personFields.languages.default([]),
  location: personFields.location.default(''),
  gender: personFields.gender.default('undisclosed'),
  goals: personFields.goals.default(''),
  expertise: personFields.expertise.default(''),
  capacity: personFields.capacity.default(1),
});
export type ParticipantInput = z.input<typeof participantInputSchema>;

// Built from the bare fields: a partial of the input schema would fill in its defaults.
// The version read is required: a change made meanwhile answers 409 instead of being overwritten.
export const participantUpdateSchema = z
  .object(personFields)
  .partial()
  .extend({ version: versionReadSchema });
export type ParticipantUpdate = z.input<typeof participantUpdateSchema>;

export const participantSchema = z.object({
  id: idSchema,
  personId: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
  role: z.enum(participantRoles),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  seniority: z.number().nullable(),
  languages: z.array(z.string()),
  location: z.string(),
  gender: z.enum(genders),
  goals: z.string(),
  expertise: z.string(),
  capacity: z.number(),
  hasAccount: z.boolean(),
  /** Raised by every saved edit of the participant; a save names the version it read. */
  version: z.number(),
  /** What the caller may do with the participant now, as the server decides it. */
  can: z.object({
    /** Change their details (not once their cycle is closed). */
    edit: z.boolean(),
    /** Take them out of the cycle (not once it is closed). */
    remove: z.boolean(),
    /** Invite them to sign in: while they have no account yet. */
    invite: z.boolean(),
  }),
});
export type Participant = z.infer<typeof participantSchema>;

export const participantQuerySchema = z.object({
  cycleId: idSchema.optional(),
  organisationId: idSchema.optional(),
  role: z.enum(participantRoles).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ParticipantQuery = z.input<typeof participantQuerySchema>;

export const participantPageSchema = z.object({
  participants: z.array(participantSchema),
  total: z.number(),
});

/** The signed-in person's own participations, one per cycle. */
export const myParticipationsSchema = z.object({ participants: z.array(participantSchema) });

/**
 * The largest CSV file the import takes, in bytes: the server's body limit, and the web form
 * checks it first so nobody waits for an upload that will fail.
 */
export const PARTICIPANT_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const participantImportQuerySchema = z.object({
  cycleId: idSchema,
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** How the export separates cells: `semicolon` is what Excel expects in German (and other decimal-comma) locales. */
export const csvSeparators = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

export const participantExportQuerySchema = z.object({
  cycleId: idSchema.optional(),
  organisationId: idSchema.optional(),
  separator: z.enum(csvSeparators).default('comma'),
});

export const importLineErrorSchema = z.object({
  line: z.number(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportLineError = z.infer<typeof importLineErrorSchema>;

export const importResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  dryRun: z.boolean(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** Columns of the participant CSV, in the order the export writes them. */
export const participantCsvColumns = [
  'email',
  'name',
  'organisation',
  'role',
  'job_title',
  'seniority',
  'languages',
  'location',
  'gender',
  'goals',
  'expertise',
  'capacity',
] as const;
export const requiredParticipantCsvColumns = ['email', 'name', 'role'] as const;
export type ParticipantCsvColumn = (typeof participantCsvColumns)[number];

/**
 * The German names the import accepts for the columns, in upper or lower case, so a file kept by
 * German speakers can keep its header. The column names above stay the file format: the export and
 * the template write them, whatever the interface language. A file naming a column twice, once in
 * English and once in German, is refused. Some names are the same word in both languages.
 */
export const participantCsvGermanColumns = {
  email: 'E-Mail',
  name: 'Name',
  organisation: 'Organisation',
  role: 'Rolle',
  job_title: 'Position',
  seniority: 'Führungsebene',
  languages: 'Sprachen',
  location: 'Standort',
  gender: 'Geschlecht',
  goals: 'Ziele',
  expertise: 'Fachgebiete',
  capacity: 'Kapazität',
} as const satisfies Record<ParticipantCsvColumn, string>;

const tag = 'participants';

export const participantEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/participants',
    operationId: 'listParticipants',
    summary: 'A page of the participants the caller may see, filtered',
    tag,
    access: staff,
    query: participantQuerySchema,
    status: 200,
    response: participantPageSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/participants',
    operationId: 'createParticipant',
    summary: 'Add a person to a cycle as a mentor or mentee',
    tag,
    access: staff,
    body: participantInputSchema,
    status: 201,
    response: participantSchema,
  }),
  importCsv: endpoint({
    method: 'POST',
    path: '/api/v1/participants/import',
    operationId: 'importParticipantsCsv',
    summary: 'Import participants of a cycle from a CSV file, or check the file without writing',
    description:
      'Body: the CSV file itself (text/csv, UTF-8). All rows are written or none. The header names the columns as the export does, or by their German names (E-Mail, Rolle, …), in any case.',
    tag,
    access: staff,
    query: participantImportQuerySchema,
    body: z.string(),
    consumes: 'text/csv',
    bodyLimit: PARTICIPANT_IMPORT_MAX_BYTES,
    status: 200,
    response: importResultSchema,
    errors: [413, 422],
  }),
  exportCsv: endpoint({
    method: 'GET',
    path: '/api/v1/participants/export.csv',
    operationId: 'exportParticipantsCsv',
    summary: 'The participants the caller may see, as a CSV file',
    description:
      'UTF-8 with a byte-order mark, so spreadsheets read accented names right; separator=semicolon for Excel in German. The import reads the file back unchanged.',
    tag,
    access: staff,
    query: participantExportQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/participants/:id',
    operationId: 'getParticipant',
    summary: 'One participant',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: participantSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/participants/:id',
    operationId: 'updateParticipant',
    summary: 'Change a participant’s details',
    tag,
    access: staff,
    params: idParamsSchema,
    body: participantUpdateSchema,
    status: 200,
    response: participantSchema,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/v1/participants/:id',
    operationId: 'deleteParticipant',
    summary: 'Remove a participant from their cycle',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: okSchema,
  }),
  listMine: endpoint({
    method: 'GET',
    path: '/api/v1/me/participations',
    operationId: 'listMyParticipations',
    summary: 'The signed-in person’s own participations, one per cycle',
    tag,
    access: signedIn,
    status: 200,
    response: myParticipationsSchema,
  }),
};
