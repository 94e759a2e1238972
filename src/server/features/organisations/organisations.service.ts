import type { Organisation, OrganisationUpdate } from '../../../shared/contract/organisations.ts';
import { errorsOrganisationsMessages } from '../../../shared/i18n/errors-organisations.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  mayChangeOrganisation,
  mayRemoveOrganisation,
  maySeeOrganisation,
  organisationAbilities,
} from './organisations.policy.ts';
import {
  countExistingOrganisations,
  deleteOrganisation,
  findOrganisation,
  findOrganisationIdsByName,
  insertOrganisation,
  listContacts,
  listOrganisations,
  lockOrganisationVersions,
  type OrganisationRecord,
  organisationNameTaken,
  raiseOrganisationVersions,
  replaceCompetitors,
  updateOrganisation,
} from './organisations.repository.ts';

const say = messagesOf(errorsOrganisationsMessages);

const dependentsOf = (organisation: OrganisationRecord) => ({
  people: organisation.participantCount,
  cycles: organisation.cycleCount,
});

/** The organisation as the caller gets it: its fields and what they may do with it now. */
function present(actor: Actor, organisation: OrganisationRecord): Organisation {
  const { cycleCount: _, ...fields } = organisation;
  return { ...fields, can: organisationAbilities(actor, organisation, dependentsOf(organisation)) };
}

export async function listVisibleOrganisations(db: Queryable, actor: Actor): Promise<Organisation[]> {
  return (await listOrganisations(db, organisationScope(actor))).map((o) => present(actor, o));
}

/** An organisation the actor may see; another organisation answers 404 as if it did not exist. */
async function visibleOrganisation(db: Queryable, actor: Actor, id: string): Promise<OrganisationRecord> {
  enforce(maySeeOrganisation(actor, { id }));
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw notFound('organisation');
  return organisation;
}

export async function getVisibleOrganisation(db: Queryable, actor: Actor, id: string): Promise<Organisation> {
  return present(actor, await visibleOrganisation(db, actor, id));
}

async function assertValidCompetitors(db: Queryable, competitorIds: readonly string[], selfId?: string) {
  const unique = [...new Set(competitorIds)];
  if (selfId && unique.includes(selfId)) {
    throw new AppError('validation_failed', say('ownCompetitor'), [
      { path: 'competitorIds', message: say('ownCompetitorField') },
    ]);
  }
  if ((await countExistingOrganisations(db, unique)) !== unique.length) {
    throw new AppError('validation_failed', say('unknownCompetitor'), [
      { path: 'competitorIds', message: say('unknownCompetitorField') },
    ]);
  }
}

export async function createOrganisation(
  trx: Trx,
  actor: Actor,
  input: {
    name: string;
    industry: string;
    size: Organisation['size'];
    website: string;
    competitorIds: string[];
  },
  now: Date,
): Promise<Organisation> {
  if (await organisationNameTaken(trx, input.name)) {
    throw conflict(say('nameTaken', { name: input.name }));
  }
  await assertValidCompetitors(trx, input.competitorIds);
  const { competitorIds, ...fields } = input;
  const id = await insertOrganisation(trx, fields);
  await replaceCompetitors(trx, id, competitorIds);
  await raiseOrganisationVersions(trx, symmetricDifference([], competitorIds, id), now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: id,
    details: { name: input.name },
  });
  return present(actor, (await findOrganisation(trx, id))!);
}

/** The other organisations whose competitor list changes when `id`'s goes from `before` to `after`. */
function symmetricDifference(before: readonly string[], after: readonly string[], id: string): string[] {
  const was = new Set(before);
  const is = new Set(after);
  return [...new Set([...before, ...after])].filter(
    (other) => other !== id && was.has(other) !== is.has(other),
  );
}

export async function changeOrganisation(
  trx: Trx,
  actor: Actor,
  id: string,
  changes: OrganisationUpdate,
  now: Date,
): Promise<Organisation> {
  const organisation = await visibleOrganisation(trx, actor, id);
  enforce(mayChangeOrganisation(actor, organisation));
  const { version, competitorIds, ...fields } = changes;
  // Its competitors' lists change with its own, so they are held too.
  const involved = new Set([id, ...organisation.competitorIds, ...(competitorIds ?? [])]);
  const current = (await lockOrganisationVersions(trx, [...involved])).get(id);
  if (current === undefined) throw notFound('organisation');
  if (current !== version) throw staleVersion(say('organisationChanged'), current);
  if (fields.name !== undefined && (await organisationNameTaken(trx, fields.name, id))) {
    throw conflict(say('nameTaken', { name: fields.name }));
  }
  if (competitorIds) {
    await assertValidCompetitors(trx, competitorIds, id);
    await replaceCompetitors(trx, id, competitorIds);
    await raiseOrganisationVersions(
      trx,
      symmetricDifference(organisation.competitorIds, competitorIds, id),
      now,
    );
  }
  await updateOrganisation(trx, id, fields, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'organisation.updated',
    targetType: 'organisation',
    targetId: id,
    details: { fields: Object.keys(changes).filter((key) => key !== 'version') },
  });
  return present(actor, (await findOrganisation(trx, id))!);
}

export async function removeOrganisation(trx: Trx, actor: Actor, id: string, now: Date): Promise<void> {
  const organisation = await visibleOrganisation(trx, actor, id);
  enforce(mayRemoveOrganisation(actor, organisation, dependentsOf(organisation)));
  await lockOrganisationVersions(trx, [id, ...organisation.competitorIds]);
  // Its competitors' forms list it: they are stale once it is gone.
  await raiseOrganisationVersions(trx, organisation.competitorIds, now);
  await deleteOrganisation(trx, id);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'organisation.deleted',
    targetType: 'organisation',
    targetId: id,
    details: { name: organisation.name },
  });
}

export async function listVisibleContacts(db: Queryable, actor: Actor, organisationId: string) {
  await visibleOrganisation(db, actor, organisationId);
  return listContacts(db, organisationId);
}

/** Whether an organisation exists; callers that answer 404 for a missing one ask this. */
export async function organisationExists(db: Queryable, id: string): Promise<boolean> {
  return (await findOrganisation(db, id)) !== null;
}

/** Every organisation's id by its name in lower case, for reading the organisation column of an import. */
export function organisationIdsByName(db: Queryable): Promise<Map<string, string>> {
  return findOrganisationIdsByName(db);
}

/** An organisation without the checks and audit of createOrganisation: for loading the demo consortium. */
export function addOrganisation(
  db: Queryable,
  fields: Omit<Parameters<typeof createOrganisation>[2], 'competitorIds'>,
): Promise<string> {
  return insertOrganisation(db, fields);
}

/** Sets an organisation's competitors (none of their people are matched with its own), unchecked. */
export async function setCompetitors(
  db: Queryable,
  organisationId: string,
  competitorIds: readonly string[],
) {
  await replaceCompetitors(db, organisationId, competitorIds);
}
