import { z } from 'zod';
import { emailSchema, idSchema, nameSchema } from './common.ts';

export const accountRoles = ['coordinator', 'organisation_contact', 'participant'] as const;
export type AccountRole = (typeof accountRoles)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// Length rules only (NIST 800-63B); the common-password check runs on the server.
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'must not be empty').max(PASSWORD_MAX_LENGTH),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const accountSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(accountRoles),
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  personId: idSchema.nullable(),
  disabled: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

export const sessionResponseSchema = z.object({ account: accountSchema });

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

export const createFirstCoordinatorSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type CreateFirstCoordinator = z.infer<typeof createFirstCoordinatorSchema>;

export const demoLoadedSchema = z.object({
  organisations: z.number(),
  participants: z.number(),
  demoPassword: z.string(),
  signInAs: z.array(z.object({ email: z.string(), role: z.string(), description: z.string() })),
});

export const updateAccountSchema = z
  .object({
    role: z.enum(['coordinator', 'organisation_contact']).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, 'give role or disabled');
export type UpdateAccount = z.infer<typeof updateAccountSchema>;

export const accountListSchema = z.object({ accounts: z.array(accountSchema) });
