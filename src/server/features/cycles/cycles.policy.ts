import type { Access } from '../../../shared/contract/access.ts';
import {
  type Cycle,
  type CycleStatus,
  cycleEndpoints,
  cycleTransitions,
} from '../../../shared/contract/cycles.ts';
import { errorsCyclesMessages } from '../../../shared/i18n/errors-cycles.ts';
import type { Actor } from '../../http/actor.ts';
import { ListWording, messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsCyclesMessages);

// Who may see a cycle and what its phase allows. A contact sees the cycles their organisation
// takes part in; the coordinator runs them. A closed cycle is final: its phase no longer changes
// and no organisation joins it.

type CycleFacts = Pick<Cycle, 'status' | 'organisationIds'>;

/** Another organisation's cycle does not exist for a contact. */
export function maySeeCycle(actor: Actor, cycle: Pick<Cycle, 'organisationIds'>): Verdict {
  if (actor.role === 'coordinator' || cycle.organisationIds.some((id) => seesOrganisation(actor, id))) {
    return allowed;
  }
  return refusedNotFound('cycle');
}

/** The cycle is seen and the actor's role may call the endpoint: where each rule below starts. */
function seenAndCalled(actor: Actor, cycle: CycleFacts, endpoint: { access: Access }): Verdict {
  const seen = maySeeCycle(actor, cycle);
  return seen.allowed ? mayCall(actor, endpoint) : seen;
}

/** Name and dates change in any phase. */
export function mayChangeCycle(actor: Actor, cycle: CycleFacts): Verdict {
  return seenAndCalled(actor, cycle, cycleEndpoints.update);
}

/**
 * One phase forward or back at a time, never out of closed; asking for the current phase changes
 * nothing. A running cycle with active tandems does not step back: their reminders, health flags
 * and surveys by date run only while it runs; nor does a matching cycle whose draft is with the
 * organisations (decision 0019).
 */
export function mayChangeCycleStatus(
  actor: Actor,
  cycle: CycleFacts,
  to: CycleStatus,
  activeTandems = 0,
  draftInApproval = false,
): Verdict {
  const base = seenAndCalled(actor, cycle, cycleEndpoints.changeStatus);
  if (!base.allowed || cycle.status === to) return base;
  const moves = cycleTransitions[cycle.status];
  if (!moves.includes(to)) {
    const from = cycle.status;
    const toName = say('statusName', { status: to });
    return refused(
      'conflict',
      moves.length
        ? say('statusMoveRefused', {
            from,
            to: toName,
            moves: new ListWording(
              moves.map((status) => say('statusNameInList', { status })),
              'or',
            ),
          })
        : say('statusMoveRefusedFinal', { from, to: toName }),
    );
  }
  if (cycle.status === 'running' && to !== 'closed' && activeTandems > 0) {
    return refused('conflict', say('runningWithTandems', { count: activeTandems }));
  }
  if (cycle.status === 'matching' && to === 'open' && draftInApproval) {
    return refused('conflict', say('draftInApproval'));
  }
  return allowed;
}

/**
 * Publishing tandems starts the tandem year: a cycle before it moves to running, where reminders,
 * health flags and surveys by date work; a running cycle publishes late approvals and stays. A
 * closed cycle's year is over.
 */
export function mayStartTandemYear(cycle: Pick<Cycle, 'status'>): Verdict {
  if (cycle.status === 'closed') {
    return refused('conflict', say('closedNoPublishing'));
  }
  return allowed;
}

/** Organisations join a cycle until it is closed. */
export function mayAddOrganisations(actor: Actor, cycle: CycleFacts): Verdict {
  const base = seenAndCalled(actor, cycle, cycleEndpoints.join);
  if (!base.allowed) return base;
  if (cycle.status === 'closed') return refused('conflict', say('closedNoJoining'));
  return allowed;
}

/** Adding an organisation that takes part already changes nothing and is no error, even in a closed cycle. */
export function mayAddOrganisationToCycle(actor: Actor, cycle: CycleFacts, organisationId: string): Verdict {
  const base = seenAndCalled(actor, cycle, cycleEndpoints.join);
  if (!base.allowed || cycle.organisationIds.includes(organisationId)) return base;
  return mayAddOrganisations(actor, cycle);
}

/** An organisation leaves a cycle it takes part in once none of its people are in the cycle. */
export function mayRemoveOrganisationFromCycle(
  actor: Actor,
  cycle: CycleFacts,
  organisationId: string,
  participantsOfOrganisation: number,
): Verdict {
  const base = seenAndCalled(actor, cycle, cycleEndpoints.leave);
  if (!base.allowed) return base;
  if (!cycle.organisationIds.includes(organisationId)) {
    return refusedNotFound('organisationInCycle');
  }
  if (participantsOfOrganisation > 0) {
    return refused('conflict', say('organisationHasParticipants', { count: participantsOfOrganisation }));
  }
  return allowed;
}

/**
 * What the actor may do with the cycle now. Removing an organisation is offered to whoever may
 * remove one; it is still refused while that organisation has people in the cycle.
 */
export function cycleAbilities(actor: Actor, cycle: CycleFacts) {
  return {
    edit: mayChangeCycle(actor, cycle).allowed,
    changeStatus: cycleTransitions[cycle.status].some((to) => mayChangeCycleStatus(actor, cycle, to).allowed),
    addOrganisations: mayAddOrganisations(actor, cycle).allowed,
    removeOrganisations: seenAndCalled(actor, cycle, cycleEndpoints.leave).allowed,
  };
}
