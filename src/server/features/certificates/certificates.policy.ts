import { type CertificateState, certificateEndpoints } from '../../../shared/contract/certificates.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { errorsCertificatesMessages } from '../../../shared/i18n/errors-certificates.ts';
import { addDays, daysBetween } from '../../dates.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsCertificatesMessages);

// Who completed a cycle, and who reads, withholds and reissues a certificate of participation
// (decision 0024).

/** The cycle's midpoint: its start and half its days, rounded down, as the mid-term survey opens. */
export function cycleMidpoint(cycle: { startsOn: string; endsOn: string }): string {
  return addDays(cycle.startsOn, Math.floor(daysBetween(cycle.startsOn, cycle.endsOn) / 2));
}

export interface CompletionFacts {
  cycle: { status: CycleStatus; startsOn: string; endsOn: string };
  /** Every tandem the participation was published in: when it was dissolved, null while it lasts. */
  tandems: readonly { dissolvedAt: Date | null }[];
}

/**
 * A participation completed its cycle when the cycle is closed and one of its tandems was not
 * dissolved before the cycle's midpoint (dissolved on the midpoint or later counts, as does a
 * re-matched mentee's later tandem that lasted). Dates are compared as calendar days in UTC.
 */
export function completedCycle({ cycle, tandems }: CompletionFacts): boolean {
  if (cycle.status !== 'closed') return false;
  const midpoint = cycleMidpoint(cycle);
  return tandems.some((t) => t.dissolvedAt === null || t.dissolvedAt.toISOString().slice(0, 10) >= midpoint);
}

/**
 * Where a participation's certificate stands. Before the close it is pending, withheld or not: a
 * withholding made early takes effect when the cycle closes.
 */
export function certificateState(facts: CompletionFacts, withheld: boolean): CertificateState {
  if (facts.cycle.status !== 'closed') return 'pending';
  if (!completedCycle(facts)) return 'not_completed';
  return withheld ? 'withheld' : 'available';
}

/** Whose participation it is: the person, and the organisation they were nominated by. */
export interface CertificateOwner {
  personId: string;
  organisationId: string;
}

/**
 * Reading (downloading) a certificate: the participant themself, the coordinator, and contacts of the
 * participant's organisation, who see the same facts on its participants' page already. Anyone
 * else, and a participation without a certificate, meets 404; a withheld one, 409.
 */
export function mayReadCertificate(actor: Actor, owner: CertificateOwner, state: CertificateState): Verdict {
  const sees =
    actor.role === 'participant'
      ? actor.personId !== null && actor.personId === owner.personId
      : seesOrganisation(actor, owner.organisationId);
  if (!sees) return refusedNotFound('participant');
  if (state === 'withheld') return refused('certificate_withheld', say('certificateWithheld'));
  if (state !== 'available') return refused('not_found', say('noCertificate'));
  return allowed;
}

/** Withholding: the coordinator, for a participation that completed its cycle or may still. */
export function mayWithholdCertificate(actor: Actor, state: CertificateState): Verdict {
  const door = mayCall(actor, certificateEndpoints.withhold);
  if (!door.allowed) return door;
  if (state === 'not_completed') return refused('conflict', say('notCompleted'));
  return allowed;
}

/**
 * Reissuing (a new number, and any withholding lifted): the coordinator, for a certificate that
 * has a number already (a withheld one always has).
 */
export function mayReissueCertificate(actor: Actor, state: CertificateState, numbered: boolean): Verdict {
  const door = mayCall(actor, certificateEndpoints.reissue);
  if (!door.allowed) return door;
  if (state === 'not_completed') return refused('conflict', say('notCompleted'));
  if (!numbered) return refused('conflict', say('nothingToReissue'));
  return allowed;
}
