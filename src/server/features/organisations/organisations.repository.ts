import { sql } from 'kysely';
import type { Organisation } from '../../../shared/contract/organisations.ts';
import type { Queryable } from '../../db/database.ts';

function organisationQuery(db: Queryable) {
  return db.selectFrom('organisations as o').select((eb) => [
    'o.id',
    'o.name',
    'o.industry',
    'o.size',
    'o.website',
    'o.version',
    eb
      .selectFrom('organisation_competitors as c')
      .select(
        sql<
          string[]
        >`coalesce(array_agg(case when c.organisation_id = o.id then c.competitor_id else c.organisation_id end order by 1), '{}')`.as(
          'ids',
        ),
      )
      .where((w) =>
        w.or([w('c.organisation_id', '=', w.ref('o.id')), w('c.competitor_id', '=', w.ref('o.id'))]),
      )
      .as('competitor_ids'),
    eb
      .selectFrom('people as p')
      .select((s) => s.fn.countAll<number>().as('n'))
      .whereRef('p.organisation_id', '=', 'o.id')
      .as('participant_count'),
    eb
      .selectFrom('accounts as a')
      .select((s) => s.fn.countAll<number>().as('n'))
      .whereRef('a.organisation_id', '=', 'o.id')
      .where('a.role', '=', 'organisation_contact')
      .as('contact_count'),
    eb
      .selectFrom('cycle_organisations as co')
      .select((s) => s.fn.countAll<number>().as('n'))
      .whereRef('co.organisation_id', '=', 'o.id')
      .as('cycle_count'),
  ]);
}

type OrganisationRow = Awaited<ReturnType<ReturnType<typeof organisationQuery>['executeTakeFirstOrThrow']>>;

/**
 * An organisation as stored, with how many cycles it takes part in; `participantCount` counts its
 * people. The service adds what the caller may do with it.
 */
export type OrganisationRecord = Omit<Organisation, 'can'> & { cycleCount: number };

function toOrganisation(row: OrganisationRow): OrganisationRecord {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    size: row.size as Organisation['size'],
    website: row.website,
    competitorIds: row.competitor_ids ?? [],
    participantCount: Number(row.participant_count ?? 0),
    contactCount: Number(row.contact_count ?? 0),
    cycleCount: Number(row.cycle_count ?? 0),
    version: row.version,
  };
}

export async function listOrganisations(db: Queryable, onlyId: string | null): Promise<OrganisationRecord[]> {
  let q = organisationQuery(db).orderBy('o.name');
  if (onlyId) q = q.where('o.id', '=', onlyId);
  return (await q.execute()).map(toOrganisation);
}

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRecord | null> {
  const row = await organisationQuery(db).where('o.id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function findOrganisationIdsByName(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organisations').select(['id', 'name']).execute();
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

export async function organisationNameTaken(
  db: Queryable,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let q = db.selectFrom('organisations').select('id').where(sql`lower(name)`, '=', name.toLowerCase());
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function countExistingOrganisations(db: Queryable, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface OrganisationFields {
  name: string;
  industry: string;
  size: string | null;
  website: string;
}

export async function insertOrganisation(db: Queryable, fields: OrganisationFields): Promise<string> {
  const row = await db.insertInto('organisations').values(fields).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganisation(
  db: Queryable,
  id: string,
  fields: Partial<OrganisationFields>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set((eb) => ({ ...fields, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Locks the organisations' rows for the rest of the transaction, in the order of their ids (two
 * saves naming each other as competitors then never wait for each other in a circle), and answers
 * each one's saved version.
 */
export async function lockOrganisationVersions(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'version'])
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
  return new Map(rows.map((r) => [r.id, r.version]));
}

/**
 * Raises the version of organisations whose competitor list another organisation's save changed:
 * competition goes both ways, so their own forms show a list that is no longer saved.
 */
export async function raiseOrganisationVersions(db: Queryable, ids: readonly string[], now: Date) {
  if (ids.length === 0) return;
  await db
    .updateTable('organisations')
    .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
    .where('id', 'in', ids)
    .execute();
}

export async function replaceCompetitors(
  db: Queryable,
  id: string,
  competitorIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('organisation_competitors')
    .where((eb) => eb.or([eb('organisation_id', '=', id), eb('competitor_id', '=', id)]))
    .execute();
  const pairs = [...new Set(competitorIds)]
    .filter((other) => other !== id)
    .map((other) =>
      other < id
        ? { organisation_id: other, competitor_id: id }
        : { organisation_id: id, competitor_id: other },
    );
  if (pairs.length > 0) await db.insertInto('organisation_competitors').values(pairs).execute();
}

export async function deleteOrganisation(db: Queryable, id: string): Promise<void> {
  await db.deleteFrom('organisations').where('id', '=', id).execute();
}

export async function listContacts(db: Queryable, organisationId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', 'email', 'disabled'])
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'organisation_contact')
    .orderBy('name')
    .execute();
}
