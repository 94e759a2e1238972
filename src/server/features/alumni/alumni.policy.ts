import {
  type AlumniCycle,
  alumniEndpoints,
  type NotInvitableReason,
} from '../../../shared/contract/alumni.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { ParticipantRole } from '../../../shared/contract/participants.ts';
import { errorsAlumniMessages } from '../../../shared/i18n/errors-alumni.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsAlumniMessages);

// Who is an alumna or alumnus, who reads and joins the alumni directory, and who invites alumni
// mentors to a next cycle and answers such an invitation (decision 0026).

/** One participation of a person, as alumni standing is read from it. */
export interface ParticipationFacts {
  cycleId: string;
  cycleName: string;
  cycleStatus: CycleStatus;
  startsOn: string;
  endsOn: string;
  role: ParticipantRole;
  /** Whether the participation was ever in a published tandem (dissolved or not). */
  hadTandem: boolean;
}

/**
 * A person's alumni cycles: each closed cycle in which they had a published tandem, dissolved or
 * not, with their role in it; newest first. Nobody becomes an alumnus before their cycle closes.
 */
export function alumniCycles(participations: readonly ParticipationFacts[]): AlumniCycle[] {
  return participations
    .filter((p) => p.cycleStatus === 'closed' && p.hadTandem)
    .sort((a, b) => b.endsOn.localeCompare(a.endsOn) || a.cycleId.localeCompare(b.cycleId))
    .map(({ cycleId, cycleName, role, startsOn, endsOn }) => ({
      cycleId,
      cycleName,
      role,
      startsOn,
      endsOn,
    }));
}

const directoryHidden = refused('not_found', say('directoryNotFound'));

/**
 * Reading the directory: the coordinator, and participants who are alumni themselves. Any other
 * participant meets 404 (as if there were no directory); contacts are kept out at the door.
 */
export function mayReadDirectory(actor: Pick<Actor, 'role'>, isAlumnus: boolean): Verdict {
  const door = mayCall(actor, alumniEndpoints.directory);
  if (!door.allowed) return door;
  if (actor.role === 'coordinator' || isAlumnus) return allowed;
  return directoryHidden;
}

/** Joining the directory, or changing one's entry: alumni only; another participant meets 404. */
export function mayJoinDirectory(actor: Pick<Actor, 'role'>, isAlumnus: boolean): Verdict {
  const door = mayCall(actor, alumniEndpoints.joinDirectory);
  if (!door.allowed) return door;
  return isAlumnus ? allowed : directoryHidden;
}

/** Whether a cycle takes invitations of alumni (and their acceptance): in draft or open phase. */
export function cycleTakesAlumni(status: CycleStatus): boolean {
  return status === 'draft' || status === 'open';
}

/** Inviting alumni mentors to a cycle: the coordinator, while the cycle is in draft or open phase. */
export function mayInviteAlumniTo(actor: Pick<Actor, 'role'>, cycle: { status: CycleStatus }): Verdict {
  const door = mayCall(actor, alumniEndpoints.invite);
  if (!door.allowed) return door;
  if (!cycleTakesAlumni(cycle.status)) {
    return refused('conflict', say('invitationCyclePhase'), { cycleStatus: cycle.status });
  }
  return allowed;
}

/** What decides whether one alumni mentor can be invited to a cycle. */
export interface InviteeFacts {
  cycleStatus: CycleStatus;
  organisationTakesPart: boolean;
  hasAccount: boolean;
  /** Whether they were invited to this cycle already (answered or not). */
  invited: boolean;
}

/** Why an alumni mentor cannot be invited to the cycle now, the first reason that holds; null when they can. */
export function notInvitableBecause(facts: InviteeFacts): NotInvitableReason | null {
  if (!cycleTakesAlumni(facts.cycleStatus)) return 'cycle_phase';
  if (facts.invited) return 'invited';
  if (!facts.organisationTakesPart) return 'organisation_not_taking_part';
  if (!facts.hasAccount) return 'no_account';
  return null;
}

/** An invitation as its answer is decided. */
export interface InvitationFacts {
  personId: string;
  answered: boolean;
  cycleStatus: CycleStatus;
  organisationTakesPart: boolean;
  /** Whether the person takes part in the cycle already (nominated meanwhile). */
  takesPart: boolean;
}

const invitationHidden = refused('not_found', say('invitationNotFound'));

function ownPendingInvitation(actor: Pick<Actor, 'personId'>, invitation: InvitationFacts): Verdict {
  if (actor.personId === null || actor.personId !== invitation.personId) return invitationHidden;
  if (invitation.answered) return refused('conflict', say('invitationAnswered'));
  return allowed;
}

/**
 * Accepting: the invited person alone (anyone else's invitation answers 404), once, while the cycle
 * takes new participants, their organisation takes part and they do not take part already.
 */
export function mayAcceptInvitation(
  actor: Pick<Actor, 'role' | 'personId'>,
  invitation: InvitationFacts,
): Verdict {
  const door = mayCall(actor, alumniEndpoints.accept);
  if (!door.allowed) return door;
  const own = ownPendingInvitation(actor, invitation);
  if (!own.allowed) return own;
  if (!cycleTakesAlumni(invitation.cycleStatus)) return refused('conflict', say('invitationTooLate'));
  if (!invitation.organisationTakesPart) return refused('conflict', say('organisationNotTakingPart'));
  if (invitation.takesPart) return refused('conflict', say('takesPartAlready'));
  return allowed;
}

/** Declining: the invited person alone, once, at any time. */
export function mayDeclineInvitation(
  actor: Pick<Actor, 'role' | 'personId'>,
  invitation: InvitationFacts,
): Verdict {
  const door = mayCall(actor, alumniEndpoints.decline);
  if (!door.allowed) return door;
  return ownPendingInvitation(actor, invitation);
}
