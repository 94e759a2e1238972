import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { everyone, staff } from './access.ts';
import { passwordSchema, sessionResponseSchema } from './auth.ts';
import { emailSchema, idParamsSchema, idSchema, nameSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

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
  /** What the caller may do with it, by the server's rules. */
  can: z.object({ revoke: z.boolean() }),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  /** Shown to the inviter once, to hand over themselves if they like; the token itself is never stored. */
  link: z.string(),
});

export const invitationListSchema = z.object({
  invitations: z.array(invitationSchema),
  /**
   * What the caller may do on the page: only the coordinator invites organisation contacts; staff
   * invite the participants they see.
   */
  can: z.object({ inviteContacts: z.boolean(), inviteParticipants: z.boolean() }),
});

/**
 * Whose participants a bulk invitation reaches: one organisation's in a cycle, or (the coordinator
 * only) everyone's in the cycle. A contact who names no organisation means their own.
 */
export const inviteAllInputSchema = z.object({
  cycleId: idSchema,
  organisationId: idSchema.optional(),
});
export type InviteAllInput = z.infer<typeof inviteAllInputSchema>;

/** Why a participant was left out of a bulk invitation, counted per reason. */
export const inviteAllSkippedSchema = z.object({
  /** They can sign in already. */
  hasAccount: z.number().int(),
  /** An invitation of theirs is still pending; a second one would only repeat it. */
  pendingInvitation: z.number().int(),
});

export const inviteAllPreviewSchema = z.object({
  /** How many would be invited now. */
  toInvite: z.number().int(),
  skipped: inviteAllSkippedSchema,
});

export const inviteAllResultSchema = z.object({
  invited: z.number().int(),
  skipped: inviteAllSkippedSchema,
});

export const invitationTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, says('invitationToken')),
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

const tag = 'invitations';

export const invitationEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/invitations',
    operationId: 'listInvitations',
    summary: 'Invitations the caller may see: contacts see their own organisation’s participants',
    tag,
    access: staff,
    status: 200,
    response: invitationListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/invitations',
    operationId: 'createInvitation',
    summary: 'Invite a contact or a participant; the one-time link is answered once',
    tag,
    access: staff,
    body: invitationInputSchema,
    status: 201,
    response: createdInvitationSchema,
    errors: [422],
  }),
  revoke: endpoint({
    method: 'POST',
    path: '/api/v1/invitations/:id/revoke',
    operationId: 'revokeInvitation',
    summary: 'Withdraw an unused invitation: its link stops working at once',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: invitationSchema,
    errors: [422],
  }),
  preview: endpoint({
    method: 'GET',
    path: '/api/v1/invitations/by-token/:token',
    operationId: 'previewInvitation',
    summary: 'Who an invitation link is for, before it is accepted',
    tag,
    access: everyone,
    params: invitationTokenParamsSchema,
    status: 200,
    response: invitationPreviewSchema,
    errors: [422],
  }),
  accept: endpoint({
    method: 'POST',
    path: '/api/v1/invitations/by-token/:token/accept',
    operationId: 'acceptInvitation',
    summary: 'Accept an invitation: creates the account and signs it in',
    tag,
    access: everyone,
    params: invitationTokenParamsSchema,
    body: acceptInvitationSchema,
    status: 200,
    response: sessionResponseSchema,
    errors: [422],
  }),
  previewInviteAll: endpoint({
    method: 'GET',
    path: '/api/v1/invitations/invite-all',
    operationId: 'previewInviteAll',
    summary: 'How many participants of a cycle (or of one organisation in it) inviting everyone would reach',
    tag,
    access: staff,
    query: inviteAllInputSchema,
    status: 200,
    response: inviteAllPreviewSchema,
  }),
  inviteAll: endpoint({
    method: 'POST',
    path: '/api/v1/invitations/invite-all',
    operationId: 'inviteAll',
    summary:
      'Invite every participant of a cycle (or of one organisation in it) without an account or a pending invitation',
    tag,
    access: staff,
    body: inviteAllInputSchema,
    status: 200,
    response: inviteAllResultSchema,
  }),
};
