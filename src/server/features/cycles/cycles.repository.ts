import { sql } from 'kysely';
import type { Cycle, CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Queryable } from '../../db/database.ts';

function cycleQuery(db: Queryable) {
  return db.selectFrom('cycles as c').select((eb) => [
    'c.id',
    'c.name',
    'c.starts_on',
    'c.ends_on',
    'c.status',
    'c.version',
    eb
      .selectFrom('cycle_organisations as co')
      .select(sql<string[]>`coalesce(array_agg(co.organisation_id order by co.joined_at), '{}')`.as('ids'))
      .whereRef('co.cycle_id', '=', 'c.id')
      .as('organisation_ids'),
    eb
      .selectFrom('participants as p')
      .select((s) => s.fn.countAll<number>().as('n'))
      .whereRef('p.cycle_id', '=', 'c.id')
      .where('p.role', '=', 'mentor')
      .as('mentor_count'),
    eb
      .selectFrom('participants as p')
      .select((s) => s.fn.countAll<number>().as('n'))
      .whereRef('p.cycle_id', '=', 'c.id')
      .where('p.role', '=', 'mentee')
      .as('mentee_count'),
  ]);
}

/** A cycle as stored; the service adds what the caller may do with it. */
export type CycleRecord = Omit<Cycle, 'can'>;

type CycleRow = Awaited<ReturnType<ReturnType<typeof cycleQuery>['executeTakeFirstOrThrow']>>;

function toCycle(row: CycleRow): CycleRecord {
  return {
    id: row.id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    organisationIds: row.organisation_ids ?? [],
    mentorCount: Number(row.mentor_count ?? 0),
    menteeCount: Number(row.mentee_count ?? 0),
    version: row.version,
  };
}

/** Cycles, all of them or those an organisation takes part in. */
export async function listCycles(db: Queryable, organisationId: string | null): Promise<CycleRecord[]> {
  let q = cycleQuery(db).orderBy('c.starts_on', 'desc').orderBy('c.name');
  if (organisationId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('cycle_organisations as co')
          .select('co.cycle_id')
          .whereRef('co.cycle_id', '=', 'c.id')
          .where('co.organisation_id', '=', organisationId),
      ),
    );
  }
  return (await q.execute()).map(toCycle);
}

export async function findCycle(db: Queryable, id: string): Promise<CycleRecord | null> {
  const row = await cycleQuery(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCycle(row) : null;
}

export async function insertCycle(db: Queryable, fields: { name: string; startsOn: string; endsOn: string }) {
  const row = await db
    .insertInto('cycles')
    .values({ name: fields.name, starts_on: fields.startsOn, ends_on: fields.endsOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCycle(
  db: Queryable,
  id: string,
  fields: { name?: string; startsOn?: string; endsOn?: string },
  now: Date,
) {
  await db
    .updateTable('cycles')
    .set((eb) => ({
      ...(fields.name !== undefined ? { name: fields.name } : {}),
      ...(fields.startsOn !== undefined ? { starts_on: fields.startsOn } : {}),
      ...(fields.endsOn !== undefined ? { ends_on: fields.endsOn } : {}),
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

/** Moves the cycle to another phase; an action of its own, so forms editing its details stay current. */
export async function updateCycleStatus(db: Queryable, id: string, status: CycleStatus, now: Date) {
  await db.updateTable('cycles').set({ status, updated_at: now }).where('id', '=', id).execute();
}

/** Locks the cycle's row for the rest of the transaction and answers the version of its details. */
export async function lockCycleVersion(db: Queryable, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('cycles')
    .select('version')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.version;
}

export async function addCycleOrganisation(db: Queryable, cycleId: string, organisationId: string) {
  await db
    .insertInto('cycle_organisations')
    .values({ cycle_id: cycleId, organisation_id: organisationId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeCycleOrganisation(db: Queryable, cycleId: string, organisationId: string) {
  await db
    .deleteFrom('cycle_organisations')
    .where('cycle_id', '=', cycleId)
    .where('organisation_id', '=', organisationId)
    .execute();
}

export async function countCycleParticipantsOfOrganisation(
  db: Queryable,
  cycleId: string,
  organisationId: string,
) {
  const row = await db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.cycle_id', '=', cycleId)
    .where('pe.organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
