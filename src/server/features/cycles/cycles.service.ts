import {
  type Cycle,
  type CycleStatus,
  type CycleUpdate,
  cycleTransitions,
} from '../../../shared/contract/cycles.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import { addDefaultSurveys, followCycleDates } from '../surveys/surveys.service.ts';
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
  trx: Trx,
  actor: Actor,
  input: { name: string; startsOn: string; endsOn: string },
): Promise<Cycle> {
  const id = await addCycleWithSurveys(trx, input);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.created',
    targetType: 'cycle',
    targetId: id,
    details: { name: input.name },
  });
  return (await findCycle(trx, id))!;
}

export async function changeCycle(trx: Trx, actor: Actor, id: string, changes: CycleUpdate, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  const startsOn = changes.startsOn ?? cycle.startsOn;
  const endsOn = changes.endsOn ?? cycle.endsOn;
  if (endsOn <= startsOn) {
    throw new AppError('validation_failed', 'The cycle must end after it starts.', [
      { path: 'endsOn', message: 'must be after the start date' },
    ]);
  }
  await updateCycle(trx, id, changes, now);
  await followCycleDates(trx, id, cycle, { startsOn, endsOn }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.updated',
    targetType: 'cycle',
    targetId: id,
    details: { fields: Object.keys(changes) },
  });
  return (await findCycle(trx, id))!;
}

export async function changeCycleStatus(trx: Trx, actor: Actor, id: string, status: CycleStatus, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  if (cycle.status === status) return cycle;
  if (!cycleTransitions[cycle.status].includes(status)) {
    const allowed = cycleTransitions[cycle.status];
    throw conflict(
      `${cycle.status === 'open' ? 'An' : 'A'} ${cycle.status} cycle cannot become ${status}; ${allowed.length ? `it can become ${allowed.join(' or ')}` : 'it is final'}.`,
    );
  }
  await updateCycle(trx, id, { status }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: id,
    details: { from: cycle.status, to: status },
  });
  return (await findCycle(trx, id))!;
}

export async function joinCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  if (!(await organisationExists(trx, organisationId))) throw notFound('The organisation');
  if (cycle.organisationIds.includes(organisationId)) return cycle;
  if (cycle.status === 'closed') throw conflict('Organisations cannot join a closed cycle.');
  await addCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_joined',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return (await findCycle(trx, cycleId))!;
}

export async function leaveCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  if (!cycle.organisationIds.includes(organisationId)) throw notFound('The organisation in this cycle');
  const participants = await countCycleParticipantsOfOrganisation(trx, cycleId, organisationId);
  if (participants > 0) {
    throw conflict(
      `This organisation still has ${participants} participants in the cycle; remove them first.`,
    );
  }
  await removeCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_left',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return (await findCycle(trx, cycleId))!;
}

/**
 * A new cycle with its default surveys, without the audit of createCycle. Every way of creating a
 * cycle comes through here (the coordinator's, the demo, test factories), so none lacks surveys.
 */
export async function addCycleWithSurveys(
  trx: Trx,
  fields: { name: string; startsOn: string; endsOn: string },
): Promise<string> {
  const id = await insertCycle(trx, fields);
  await addDefaultSurveys(trx, id, fields);
  return id;
}

/** Organisations taking part in a cycle, without the checks and audit of joinCycle: for the demo. */
export async function addCycleOrganisations(trx: Trx, cycleId: string, organisationIds: Iterable<string>) {
  for (const id of organisationIds) await addCycleOrganisation(trx, cycleId, id);
}

/** Whether the cycle is closed: its participants and rules no longer change. */
export async function isCycleClosed(db: Queryable, cycleId: string): Promise<boolean> {
  return (await findCycle(db, cycleId))?.status === 'closed';
}
