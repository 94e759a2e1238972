import {
  type Cycle,
  type CycleStatus,
  type CycleUpdate,
  cycleTransitions,
} from '../../../shared/contract/cycles.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { findOrganisation } from '../organisations/organisations.repository.ts';
import { followCycleDates } from '../surveys/surveys.service.ts';
import {
  addCycleOrganisation,
  countCycleParticipantsOfOrganisation,
  findCycle,
  insertCycle,
  listCycles,
  removeCycleOrganisation,
  updateCycle,
} from './cycles.repository.ts';

export function listVisibleCycles(db: Queryable, actor: Actor): Promise<Cycle[]> {
  return listCycles(db, organisationScope(actor));
}

/** A cycle the actor may see: contacts see the cycles their organisation takes part in. */
export async function getVisibleCycle(db: Queryable, actor: Actor, id: string): Promise<Cycle> {
  const cycle = await findCycle(db, id);
  const scope = organisationScope(actor);
  if (!cycle || (scope !== null && !cycle.organisationIds.includes(scope))) throw notFound('The cycle');
  return cycle;
}

export async function createCycle(
  db: Queryable,
  actor: Actor,
  input: { name: string; startsOn: string; endsOn: string },
): Promise<Cycle> {
  const id = await insertCycle(db, input);
  await recordAudit(db, auditContext(actor, null), {
    action: 'cycle.created',
    targetType: 'cycle',
    targetId: id,
    details: { name: input.name },
  });
  return (await findCycle(db, id))!;
}

export async function changeCycle(db: Queryable, actor: Actor, id: string, changes: CycleUpdate, now: Date) {
  const cycle = await getVisibleCycle(db, actor, id);
  const startsOn = changes.startsOn ?? cycle.startsOn;
  const endsOn = changes.endsOn ?? cycle.endsOn;
  if (endsOn <= startsOn) {
    throw new AppError('validation_failed', 'The cycle must end after it starts.', [
      { path: 'endsOn', message: 'must be after the start date' },
    ]);
  }
  await updateCycle(db, id, changes, now);
  await followCycleDates(db, id, cycle, { startsOn, endsOn }, now);
  await recordAudit(db, auditContext(actor, null), {
    action: 'cycle.updated',
    targetType: 'cycle',
    targetId: id,
    details: { fields: Object.keys(changes) },
  });
  return (await findCycle(db, id))!;
}

export async function changeCycleStatus(
  db: Queryable,
  actor: Actor,
  id: string,
  status: CycleStatus,
  now: Date,
) {
  const cycle = await getVisibleCycle(db, actor, id);
  if (cycle.status === status) return cycle;
  if (!cycleTransitions[cycle.status].includes(status)) {
    const allowed = cycleTransitions[cycle.status];
    throw conflict(
      `${cycle.status === 'open' ? 'An' : 'A'} ${cycle.status} cycle cannot become ${status}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}.`,
    );
  }
  await updateCycle(db, id, { status }, now);
  await recordAudit(db, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: id,
    details: { from: cycle.status, to: status },
  });
  return (await findCycle(db, id))!;
}

export async function joinCycle(db: Queryable, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  if (!(await findOrganisation(db, organisationId))) throw notFound('The organisation');
  if (cycle.organisationIds.includes(organisationId)) return cycle;
  if (cycle.status === 'closed') throw conflict('Organisations cannot join a closed cycle.');
  await addCycleOrganisation(db, cycleId, organisationId);
  await recordAudit(db, auditContext(actor, null), {
    action: 'cycle.organisation_joined',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return (await findCycle(db, cycleId))!;
}

export async function leaveCycle(db: Queryable, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  if (!cycle.organisationIds.includes(organisationId)) throw notFound('The organisation in this cycle');
  const participants = await countCycleParticipantsOfOrganisation(db, cycleId, organisationId);
  if (participants > 0) {
    throw conflict(
      `This organisation still has ${participants} participants in the cycle; remove them first.`,
    );
  }
  await removeCycleOrganisation(db, cycleId, organisationId);
  await recordAudit(db, auditContext(actor, null), {
    action: 'cycle.organisation_left',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return (await findCycle(db, cycleId))!;
}
