import type { z } from 'zod';
import { type Account, sessionResponseSchema } from '../../../../shared/contract/auth.ts';
import {
  createdInvitationSchema,
  type Invitation,
  type InvitationInput,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
} from '../../../../shared/contract/invitations.ts';
import { request } from '../../../lib/api.ts';

export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export async function listInvitations(signal?: AbortSignal) {
  const { invitations } = await request('/invitations', invitationListSchema, { signal });
  return invitations;
}

export function createInvitation(input: InvitationInput): Promise<CreatedInvitation> {
  return request('/invitations', createdInvitationSchema, { method: 'POST', json: input });
}

/** The link stops working at once; an invitation already accepted cannot be revoked. */
export function revokeInvitation(id: string): Promise<Invitation> {
  return request(`/invitations/${encodeURIComponent(id)}/revoke`, invitationSchema, { method: 'POST' });
}

export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return request(`/invitations/by-token/${encodeURIComponent(token)}`, invitationPreviewSchema, {
    signal,
    expectUnauthenticated: true,
  });
}

/** Accepting creates the account and signs it in. */
export async function acceptInvitation(
  token: string,
  input: { name?: string; password: string },
): Promise<Account> {
  const { account } = await request(
    `/invitations/by-token/${encodeURIComponent(token)}/accept`,
    sessionResponseSchema,
    {
      method: 'POST',
      json: input,
      expectUnauthenticated: true,
    },
  );
  return account;
}
