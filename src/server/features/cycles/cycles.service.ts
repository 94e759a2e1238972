import type { Cycle, CycleStatus, CycleUpdate } from '../../../shared/contract/cycles.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import { addDefaultSurveys, followCycleDates } from '../surveys/surveys.service.ts';
import {
  cycleAbilities,
  mayAddOrganisationToCycle,
  mayChangeCycle,
  mayChangeCycleStatus,
  mayRemoveOrganisationFromCycle,
  maySeeCycle,
} from './cycles.policy.ts';
import {
  addCycleOrganisation,
  type CycleRecord,
  countCycleParticipantsOfOrganisation,
  findCycle,
  insertCycle,
  listCycles,
  lockCycleVersion,
  removeCycleOrganisation,
  updateCycle,
  updateCycleStatus,
} from './cycles.repository.ts';

/** The cycle as the caller gets it: with what they may do with it now. */
function present(actor: Actor, cycle: CycleRecord): Cycle {
  return { ...cycle, can: cycleAbilities(actor, cycle) };
}

export async function listVisibleCycles(db: Queryable, actor: Actor): Promise<Cycle[]> {
  return (await listCycles(db, organisationScope(actor))).map((c) => present(actor, c));
}

/** A cycle the actor may see: contacts see the cycles their organisation takes part in. */
export async function getVisibleCycle(db: Queryable, actor: Actor, id: string): Promise<CycleRecord> {
  const cycle = await findCycle(db, id);
  if (!cycle) throw notFound('The cycle');
  enforce(maySeeCycle(actor, cycle));
  return cycle;
}

export async function readCycle(db: Queryable, actor: Actor, id: string): Promise<Cycle> {
  return present(actor, await getVisibleCycle(db, actor, id));
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
  return present(actor, (await findCycle(trx, id))!);
}

export async function changeCycle(trx: Trx, actor: Actor, id: string, changes: CycleUpdate, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  enforce(mayChangeCycle(actor, cycle));
  const { version, ...fields } = changes;
  const current = await lockCycleVersion(trx, id);
  if (current === undefined) throw notFound('The cycle');
  if (current !== version) throw staleVersion('This cycle', current);
  const startsOn = changes.startsOn ?? cycle.startsOn;
  const endsOn = changes.endsOn ?? cycle.endsOn;
  if (endsOn <= startsOn) {
    throw new AppError('validation_failed', 'The cycle must end after it starts.', [
      { path: 'endsOn', message: 'must be after the start date' },
    ]);
  }
  await updateCycle(trx, id, fields, now);
  await followCycleDates(trx, id, cycle, { startsOn, endsOn }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.updated',
    targetType: 'cycle',
    targetId: id,
    details: { fields: Object.keys(fields) },
  });
  return present(actor, (await findCycle(trx, id))!);
}

export async function changeCycleStatus(trx: Trx, actor: Actor, id: string, status: CycleStatus, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  enforce(mayChangeCycleStatus(actor, cycle, status));
  if (cycle.status === status) return present(actor, cycle);
  await updateCycleStatus(trx, id, status, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: id,
    details: { from: cycle.status, to: status },
  });
  return present(actor, (await findCycle(trx, id))!);
}

export async function joinCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  if (!(await organisationExists(trx, organisationId))) throw notFound('The organisation');
  enforce(mayAddOrganisationToCycle(actor, cycle, organisationId));
  if (cycle.organisationIds.includes(organisationId)) return present(actor, cycle);
  await addCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_joined',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return present(actor, (await findCycle(trx, cycleId))!);
}

export async function leaveCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const participants = cycle.organisationIds.includes(organisationId)
    ? await countCycleParticipantsOfOrganisation(trx, cycleId, organisationId)
    : 0;
  enforce(mayRemoveOrganisationFromCycle(actor, cycle, organisationId, participants));
  await removeCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_left',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return present(actor, (await findCycle(trx, cycleId))!);
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
