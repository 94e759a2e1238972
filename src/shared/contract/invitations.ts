import { z } from 'zod';
import { passwordSchema } from './auth.ts';
import { emailSchema, idSchema, nameSchema } from './common.ts';

export const INVITATION_VALID_DAYS = 7;

export const invitationInputSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('organisation_contact'),
    organisationId: idSchema,
    name: nameSchema,
    email: emailSchema,
  }),
  z.object({ role: z.literal('participant'), personId: idSchema }),
]);
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(['organisation_contact', 'participant']),
  organisationId: idSchema,
  organisationName: z.string(),
  status: z.enum(invitationStatuses),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  /** Shown to the inviter once, to hand over themselves if they like; the token itself is never stored. */
  link: z.string(),
});

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

export const invitationTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not an invitation token'),
});

export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.enum(['organisation_contact', 'participant']),
  organisationName: z.string(),
});

export const acceptInvitationSchema = z.object({
  name: nameSchema.optional(),
  password: passwordSchema,
});
