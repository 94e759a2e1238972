import type { Organisation, OrganisationUpdate } from '../../../shared/contract/organisations.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import {
  countExistingOrganisations,
  deleteOrganisation,
  findOrganisation,
  insertOrganisation,
  listContacts,
  listOrganisations,
  organisationDependents,
  organisationNameTaken,
  replaceCompetitors,
  updateOrganisation,
} from './organisations.repository.ts';

export function listVisibleOrganisations(db: Queryable, actor: Actor): Promise<Organisation[]> {
  return listOrganisations(db, organisationScope(actor));
}

/** An organisation the actor may see; another organisation answers 404 as if it did not exist. */
export async function getVisibleOrganisation(db: Queryable, actor: Actor, id: string): Promise<Organisation> {
  const scope = organisationScope(actor);
  const organisation = scope === null || scope === id ? await findOrganisation(db, id) : null;
  if (!organisation) throw notFound('The organisation');
  return organisation;
}

async function assertValidCompetitors(db: Queryable, competitorIds: readonly string[], selfId?: string) {
  const unique = [...new Set(competitorIds)];
  if (selfId && unique.includes(selfId)) {
    throw new AppError('validation_failed', 'An organisation cannot be its own competitor.', [
      { path: 'competitorIds', message: 'must not contain the organisation itself' },
    ]);
  }
  if ((await countExistingOrganisations(db, unique)) !== unique.length) {
    throw new AppError('validation_failed', 'A competitor organisation does not exist.', [
      { path: 'competitorIds', message: 'contains an unknown organisation' },
    ]);
  }
}

export async function createOrganisation(
  db: Queryable,
  actor: Actor,
  input: {
    name: string;
    industry: string;
    size: Organisation['size'];
    website: string;
    competitorIds: string[];
  },
): Promise<Organisation> {
  if (await organisationNameTaken(db, input.name)) {
    throw conflict(`An organisation named "${input.name}" exists already.`);
  }
  await assertValidCompetitors(db, input.competitorIds);
  const { competitorIds, ...fields } = input;
  const id = await insertOrganisation(db, fields);
  await replaceCompetitors(db, id, competitorIds);
  await recordAudit(db, auditContext(actor, null), {
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: id,
    details: { name: input.name },
  });
  return (await findOrganisation(db, id))!;
}

export async function changeOrganisation(
  db: Queryable,
  actor: Actor,
  id: string,
  changes: OrganisationUpdate,
  now: Date,
): Promise<Organisation> {
  await getVisibleOrganisation(db, actor, id);
  if (changes.name !== undefined && (await organisationNameTaken(db, changes.name, id))) {
    throw conflict(`An organisation named "${changes.name}" exists already.`);
  }
  const { competitorIds, ...fields } = changes;
  if (competitorIds) {
    await assertValidCompetitors(db, competitorIds, id);
    await replaceCompetitors(db, id, competitorIds);
  }
  await updateOrganisation(db, id, fields, now);
  await recordAudit(db, auditContext(actor, null), {
    action: 'organisation.updated',
    targetType: 'organisation',
    targetId: id,
    details: { fields: Object.keys(changes) },
  });
  return (await findOrganisation(db, id))!;
}

export async function removeOrganisation(db: Queryable, actor: Actor, id: string): Promise<void> {
  const organisation = await getVisibleOrganisation(db, actor, id);
  const dependents = await organisationDependents(db, id);
  if (dependents.people > 0 || dependents.cycles > 0) {
    throw conflict(
      `${organisation.name} still has ${dependents.people} people and takes part in ${dependents.cycles} cycles; remove those first.`,
      dependents,
    );
  }
  await deleteOrganisation(db, id);
  await recordAudit(db, auditContext(actor, null), {
    action: 'organisation.deleted',
    targetType: 'organisation',
    targetId: id,
    details: { name: organisation.name },
  });
}

export async function listVisibleContacts(db: Queryable, actor: Actor, organisationId: string) {
  await getVisibleOrganisation(db, actor, organisationId);
  return listContacts(db, organisationId);
}
