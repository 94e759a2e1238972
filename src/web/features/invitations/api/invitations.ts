import type { z } from 'zod';
import type { Account } from '../../../../shared/contract/auth.ts';
import {
  type createdInvitationSchema,
  invitationEndpoints as endpoints,
  type Invitation,
  type InvitationInput,
  type InviteAllInput,
  type invitationPreviewSchema,
  type inviteAllPreviewSchema,
  type inviteAllResultSchema,
} from '../../../../shared/contract/invitations.ts';
import { call } from '../../../lib/api.ts';

export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
export type InviteAllPreview = z.infer<typeof inviteAllPreviewSchema>;
export type InviteAllResult = z.infer<typeof inviteAllResultSchema>;

/** The invitations the viewer may see, with what they may do on the page. */
export function listInvitations(signal?: AbortSignal) {
  return call(endpoints.list, { signal });
}

export function createInvitation(input: InvitationInput): Promise<CreatedInvitation> {
  return call(endpoints.create, { body: input });
}

/** How many participants inviting everyone would reach now, and who it leaves out. */
export function previewInviteAll(input: InviteAllInput, signal?: AbortSignal): Promise<InviteAllPreview> {
  return call(endpoints.previewInviteAll, { query: input, signal });
}

/** Invites everyone in the cycle (or one organisation of it) without an account or a pending invitation. */
export function inviteAll(input: InviteAllInput): Promise<InviteAllResult> {
  return call(endpoints.inviteAll, { body: input });
}

/** The link stops working at once; an invitation already accepted cannot be revoked. */
export function revokeInvitation(id: string): Promise<Invitation> {
  return call(endpoints.revoke, { params: { id } });
}

export function getInvitationPreview(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return call(endpoints.preview, { params: { token }, signal, expectUnauthenticated: true });
}

/** Accepting creates the account and signs it in. */
export async function acceptInvitation(
  token: string,
  input: { name?: string; password: string },
): Promise<Account> {
  const { account } = await call(endpoints.accept, {
    params: { token },
    body: input,
    expectUnauthenticated: true,
  });
  return account;
}
