import type { Invitation } from '../../../shared/contract/invitations.ts';
import { errorsInvitationsMessages } from '../../../shared/i18n/errors-invitations.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, refused, refusedNotFound, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsInvitationsMessages);

// Who may invite whom, and take an invitation back. The coordinator invites contacts and
// participants; a contact invites their own organisation's participants only.

type InvitationFacts = Pick<Invitation, 'email' | 'role' | 'organisationId' | 'status'>;

/** Another organisation's invitation does not exist for a contact. */
export function maySeeInvitation(actor: Actor, invitation: Pick<Invitation, 'organisationId'>): Verdict {
  if (actor.role === 'coordinator' || invitation.organisationId === actor.organisationId) return allowed;
  return refusedNotFound('invitation');
}

export function mayInvite(actor: Actor, role: Invitation['role']): Verdict {
  if (role === 'organisation_contact' && actor.role !== 'coordinator') {
    return refused('forbidden', say('contactsByCoordinator'));
  }
  return allowed;
}

/** A contact invites their own organisation's people; another organisation does not exist for them. */
export function mayInviteParticipantsOf(actor: Actor, organisationId: string): Verdict {
  if (actor.role === 'coordinator' || organisationId === actor.organisationId) return allowed;
  return refusedNotFound('organisation');
}

/** Revoking an invitation that is revoked already, or expired, changes nothing and is no error. */
export function mayRevokeInvitation(actor: Actor, invitation: InvitationFacts): Verdict {
  const seen = maySeeInvitation(actor, invitation);
  if (!seen.allowed) return seen;
  if (invitation.role === 'organisation_contact' && actor.role !== 'coordinator') {
    return refused('forbidden', say('contactInvitationsByCoordinator'));
  }
  if (invitation.status === 'accepted') {
    return refused('conflict', say('acceptedAlready', { email: invitation.email }));
  }
  return allowed;
}

/** What the actor may do with the invitation: revoking is offered while its link still works. */
export function invitationAbilities(actor: Actor, invitation: InvitationFacts) {
  return { revoke: invitation.status === 'pending' && mayRevokeInvitation(actor, invitation).allowed };
}
