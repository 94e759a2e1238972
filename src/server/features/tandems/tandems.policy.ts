import { tandemEndpoints } from '../../../shared/contract/tandems.ts';
import { errorsTandemsMessages } from '../../../shared/i18n/errors-tandems.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsTandemsMessages);

// Who sees which tandem, who works inside it, and who ends and re-matches tandems.
// The coordinator sees every tandem, a contact those with one of their organisation's people on
// either side, a participant their own. What the two members write inside it (agreement, goals,
// meetings) is theirs alone: everyone else, staff included, is answered 404 as if it did not exist.

/** What these rules look at of a tandem. */
export interface TandemFacts {
  menteePersonId: string;
  mentorPersonId: string;
  menteeOrganisationId: string;
  mentorOrganisationId: string;
  dissolved: boolean;
}

export type TandemSide = 'mentee' | 'mentor';

/** A participant account without a person sees no tandem: this id matches none. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

const noTandem = refusedNotFound('tandem');

/** A contact's tandems are their organisation's; a contact account of none is told so. */
export function maySeeTandems(actor: Actor): Verdict {
  if (actor.role === 'organisation_contact' && !actor.organisationId) {
    return refused('forbidden', say('noOrganisation'));
  }
  return allowed;
}

/** The tandems the actor sees, as a list's filter: the rule of `maySeeTandem`, applied in the query. */
export function tandemScope(actor: Actor): { personId?: string; organisationId?: string } {
  if (actor.role === 'participant') return { personId: actor.personId ?? NOBODY };
  if (actor.role === 'organisation_contact') return { organisationId: actor.organisationId ?? NOBODY };
  return {};
}

/** The side of the tandem the actor is on, or null when they are not one of its two members. */
export function tandemSideOf(actor: Actor, tandem: TandemFacts): TandemSide | null {
  if (actor.role !== 'participant' || !actor.personId) return null;
  if (tandem.menteePersonId === actor.personId) return 'mentee';
  if (tandem.mentorPersonId === actor.personId) return 'mentor';
  return null;
}

/** Seeing the tandem itself (who is in it, why they were matched). */
export function maySeeTandem(actor: Actor, tandem: TandemFacts): Verdict {
  const any = maySeeTandems(actor);
  if (!any.allowed) return any;
  if (actor.role === 'coordinator') return allowed;
  if (actor.role === 'organisation_contact') {
    const own = [tandem.menteeOrganisationId, tandem.mentorOrganisationId].includes(actor.organisationId!);
    return own ? allowed : noTandem;
  }
  return tandemSideOf(actor, tandem) ? allowed : noTandem;
}

/**
 * A person outside a contact's organisation shows only their name, organisation and title; the
 * coordinator and the tandem's members see whole profiles.
 */
export function seesWholeProfile(actor: Actor, personOrganisationId: string): boolean {
  return actor.role !== 'organisation_contact' || personOrganisationId === actor.organisationId;
}

/** The tandem's own space (agreement, goals, meetings): its two members only. */
export function mayEnterTandemSpace(actor: Actor, tandem: TandemFacts): Verdict {
  return tandemSideOf(actor, tandem) ? allowed : noTandem;
}

/** Once the tandem has ended, what its members wrote is kept and can be read, but no longer changes. */
export function mayChangeTandemSpace(tandem: Pick<TandemFacts, 'dissolved'>): Verdict {
  if (tandem.dissolved) return refused('conflict', say('tandemEnded'));
  return allowed;
}

export function mayDissolveTandem(actor: Actor, tandem: Pick<TandemFacts, 'dissolved'>): Verdict {
  const door = mayCall(actor, tandemEndpoints.dissolve);
  if (!door.allowed) return door;
  if (tandem.dissolved) return refused('conflict', say('dissolvedAlready'));
  return allowed;
}

/** A mentee of the cycle, as the rules of starting a tandem see them. */
export interface MenteeFacts {
  name: string;
  /** The mentee is in an active tandem of the cycle (at most one at a time). */
  hasActiveTandem: boolean;
}

/** Publishing a tandem for a mentee: a mentee has one active tandem at a time. */
export function mayStartTandem(mentee: MenteeFacts): Verdict {
  if (mentee.hasActiveTandem) return refused('conflict', say('activeTandemAlready', { name: mentee.name }));
  return allowed;
}

/** Proposing, and publishing, a new mentor for a mentee: only once their tandem is dissolved. */
export function mayRematchMentee(actor: Actor, mentee: Pick<MenteeFacts, 'hasActiveTandem'>): Verdict {
  const door = mayCall(actor, tandemEndpoints.proposeRematch);
  if (!door.allowed) return door;
  if (mentee.hasActiveTandem) return refused('conflict', say('menteeInActiveTandem'));
  return allowed;
}

/**
 * What the actor may do with a tandem they see: dissolve it while active, and once it is dissolved
 * find its mentee a new mentor, as long as they have no other active tandem.
 */
export function tandemAbilities(
  actor: Actor,
  tandem: TandemFacts,
  mentee: Pick<MenteeFacts, 'hasActiveTandem'>,
) {
  return {
    dissolve: mayDissolveTandem(actor, tandem).allowed,
    proposeRematch: mayRematchMentee(actor, {
      hasActiveTandem: mentee.hasActiveTandem || !tandem.dissolved,
    }).allowed,
  };
}
