import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, everyone, signedIn } from './access.ts';
import { emailSchema, idParamsSchema, idSchema, okSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

export const accountRoles = ['coordinator', 'organisation_contact', 'participant'] as const;
export type AccountRole = (typeof accountRoles)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Length rules only (NIST 800-63B); the common-password check runs on the server.
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** How long a password reset link works after it was asked for. */
export const PASSWORD_RESET_VALID_MINUTES = 30;

export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** The same answer whether or not an account has the address, so nobody learns which addresses do. */
export const passwordResetRequestedSchema = z.object({ ok: z.literal(true) });

export const passwordResetSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, says('passwordResetToken')),
  password: passwordSchema,
});
export type PasswordReset = z.infer<typeof passwordResetSchema>;

export const accountSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(accountRoles),
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  personId: idSchema.nullable(),
  disabled: z.boolean(),
  /**
   * The language its holder chose (Settings, or the header's switch): pages and mails are in it.
   * Null until they choose; pages then follow the browser.
   */
  language: z.enum(uiLanguages).nullable(),
});
export type Account = z.infer<typeof accountSchema>;

export const sessionResponseSchema = z.object({ account: accountSchema });

export const updateAccountSchema = z
  .object({
    role: z.enum(['coordinator', 'organisation_contact']).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, says('roleOrDisabled'));
export type UpdateAccount = z.infer<typeof updateAccountSchema>;

/** An account as the coordinator manages it, with the changes the server would accept. */
export const managedAccountSchema = accountSchema.extend({
  can: z.object({
    makeCoordinator: z.boolean(),
    makeOrganisationContact: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
  }),
});
export type ManagedAccount = z.infer<typeof managedAccountSchema>;

export const accountListSchema = z.object({ accounts: z.array(managedAccountSchema) });

export const languageChoiceSchema = z.object({
  language: z.enum(uiLanguages),
});
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;

export const authEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/api/v1/auth/sign-in',
    operationId: 'signIn',
    summary: 'Sign in with email and password; sets the session cookie',
    tag: 'auth',
    access: everyone,
    body: signInRequestSchema,
    status: 200,
    response: sessionResponseSchema,
    errors: [429],
  }),
  signOut: endpoint({
    method: 'POST',
    path: '/api/v1/auth/sign-out',
    operationId: 'signOut',
    summary: 'End this session',
    tag: 'auth',
    access: everyone,
    status: 200,
    response: okSchema,
  }),
  session: endpoint({
    method: 'GET',
    path: '/api/v1/auth/session',
    operationId: 'getSession',
    summary: 'The signed-in account',
    tag: 'auth',
    access: signedIn,
    status: 200,
    response: sessionResponseSchema,
  }),
  requestPasswordReset: endpoint({
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    operationId: 'requestPasswordReset',
    summary: 'Mail a one-time link to set a new password, if an account has the address',
    description: `Answers the same whether or not an account has the address. The link works once, for ${PASSWORD_RESET_VALID_MINUTES} minutes; a newer request replaces it.`,
    tag: 'auth',
    access: everyone,
    body: passwordResetRequestSchema,
    status: 202,
    response: passwordResetRequestedSchema,
    errors: [429],
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/api/v1/auth/password-reset/confirm',
    operationId: 'resetPassword',
    summary: "Set a new password with a reset link's token; ends every session and signs in afresh",
    tag: 'auth',
    access: everyone,
    body: passwordResetSchema,
    status: 200,
    response: sessionResponseSchema,
    errors: [422],
  }),
  changeLanguage: endpoint({
    method: 'PUT',
    path: '/api/v1/me/language',
    operationId: 'changeLanguage',
    summary: 'Change the signed-in account’s language, of its pages and its mails (the header’s switch)',
    tag: 'auth',
    access: signedIn,
    body: languageChoiceSchema,
    status: 200,
    response: languageChoiceSchema,
  }),
};

export const accountEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/accounts',
    operationId: 'listAccounts',
    summary: 'Every account of this installation',
    tag: 'accounts',
    access: coordinatorOnly,
    status: 200,
    response: accountListSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/accounts/:id',
    operationId: 'updateAccount',
    summary: 'Change an account: its role or whether it is disabled',
    tag: 'accounts',
    access: coordinatorOnly,
    params: idParamsSchema,
    body: updateAccountSchema,
    status: 200,
    response: managedAccountSchema,
  }),
};
