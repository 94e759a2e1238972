import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { invitationEndpoints } from '../../../shared/contract/invitations.ts';
import { type Participant, participantEndpoints } from '../../../shared/contract/participants.ts';
import { errorsParticipantsMessages } from '../../../shared/i18n/errors-participants.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsParticipantsMessages);

// Who may nominate, see, change, remove and invite participants. A contact works on their own
// organisation's people only; another organisation's participant does not exist for them. A
// closed cycle is final: it takes no new participants and its participants no longer change.

export interface ParticipantFacts extends Pick<Participant, 'organisationId'> {
  /** The phase of the participant's cycle. */
  cycleStatus: CycleStatus;
}

export function maySeeParticipant(actor: Actor, participant: Pick<Participant, 'organisationId'>): Verdict {
  if (seesOrganisation(actor, participant.organisationId)) return allowed;
  return refusedNotFound('participant');
}

/** A contact nominates their own organisation's people; another organisation does not exist for them. */
export function mayNominateFor(actor: Actor, organisationId: string): Verdict {
  if (seesOrganisation(actor, organisationId)) return allowed;
  return refusedNotFound('organisation');
}

/** New participants (one, or an import) join a cycle until it is closed. */
export function mayAddParticipantsTo(actor: Actor, cycle: { status: CycleStatus }): Verdict {
  const door = mayCall(actor, participantEndpoints.create);
  if (!door.allowed) return door;
  if (cycle.status === 'closed') return refused('conflict', say('closedNoNewParticipants'));
  return allowed;
}

const closedCycle = refused('conflict', say('closedParticipantsFixed'));

export function mayChangeParticipant(actor: Actor, participant: ParticipantFacts): Verdict {
  const seen = maySeeParticipant(actor, participant);
  if (!seen.allowed) return seen;
  const door = mayCall(actor, participantEndpoints.update);
  if (!door.allowed) return door;
  return participant.cycleStatus === 'closed' ? closedCycle : allowed;
}

export function mayRemoveParticipant(actor: Actor, participant: ParticipantFacts): Verdict {
  const seen = maySeeParticipant(actor, participant);
  if (!seen.allowed) return seen;
  const door = mayCall(actor, participantEndpoints.remove);
  if (!door.allowed) return door;
  return participant.cycleStatus === 'closed' ? closedCycle : allowed;
}

/** What inviting looks at: whose person it is and whether they can sign in already. */
export type InviteeFacts = Pick<Participant, 'organisationId' | 'email' | 'hasAccount'>;

/**
 * A person is invited while they have no account yet. Inviting is staff's, for the people they see
 * (the invitations feature enforces the same when the invitation is made): the door of its endpoint
 * and the participant being seen are that rule here.
 */
export function mayInviteParticipant(actor: Actor, participant: InviteeFacts): Verdict {
  const seen = maySeeParticipant(actor, participant);
  if (!seen.allowed) return seen;
  const door = mayCall(actor, invitationEndpoints.create);
  if (!door.allowed) return door;
  if (participant.hasAccount) return refused('conflict', say('hasAccount', { email: participant.email }));
  return allowed;
}

/** What the actor may do with the participant now. */
export function participantAbilities(actor: Actor, participant: ParticipantFacts & InviteeFacts) {
  return {
    edit: mayChangeParticipant(actor, participant).allowed,
    remove: mayRemoveParticipant(actor, participant).allowed,
    invite: mayInviteParticipant(actor, participant).allowed,
  };
}
