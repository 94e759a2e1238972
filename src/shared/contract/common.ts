import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

// Shapes shared by every part of the API: ids, errors, pages.

export const idSchema = z.uuid();

export const errorCodes = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'origin_rejected',
  'not_found',
  'conflict',
  'stale_version',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'rate_limited',
  'setup_done',
  'invitation_invalid',
  'reset_link_invalid',
  'password_rejected',
  'import_invalid',
  'hard_rule_broken',
  'certificate_withheld',
  'registration_closed',
  'internal',
  'unavailable',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

export const idParamsSchema = z.object({ id: idSchema });

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const nameSchema = z.string().trim().min(1).max(200);

export const isoDateSchema = z.iso.date();

/** A date the database can hold and a programme can use: year 0 is no date to PostgreSQL. */
export const programmeDateSchema = isoDateSchema.refine((d) => d >= '2000-01-01', says('fromYear2000'));

/**
 * The version of an edited object as the form read it. A save names it; when someone saved a change
 * since, the save answers 409 `stale_version` with the current version instead of overwriting it.
 */
export const versionReadSchema = z
  .number({
    error: (issue) => (issue.input === undefined ? says('versionRequired') : undefined),
  })
  .int()
  .min(0, says('notNegative'));
