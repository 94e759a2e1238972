import type { z } from 'zod';
import type { Account } from '../../../../shared/contract/auth.ts';
import {
  type createdInvitationSchema,
  invitationEndpoints as endpoints,
  type Invitation,
  type InvitationInput,
  type invitationPreviewSchema,
} from '../../../../shared/contract/invitations.ts';
import { call } from '../../../lib/api.ts';

export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

/** The invitations the viewer may see, with what they may do on the page. */
export function listInvitations(signal?: AbortSignal) {
  return call(endpoints.list, { signal });
}

export function createInvitation(input: InvitationInput): Promise<CreatedInvitation> {
  return call(endpoints.create, { body: input });
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
