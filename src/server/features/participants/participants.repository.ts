import { type Selectable, sql } from 'kysely';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Participant, ParticipantRole } from '../../../shared/contract/participants.ts';
import type { PeopleTable, Queryable } from '../../db/database.ts';
import { prepare } from '../../db/prepared.ts';

function participantQuery(db: Queryable) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .select((eb) => [
      'p.id',
      'p.person_id',
      'p.cycle_id',
      'c.name as cycle_name',
      'c.status as cycle_status',
      'pe.organisation_id',
      'o.name as organisation_name',
      'p.role',
      'pe.name',
      'pe.email',
      'pe.job_title',
      'pe.seniority',
      'pe.languages',
      'pe.location',
      'pe.gender',
      'p.goals',
      'p.expertise',
      'p.capacity',
      // A participant is their person and their participation: an edit of either raises the sum.
      sql<number>`p.version + pe.version`.as('version'),
      eb
        .exists(eb.selectFrom('accounts as a').select('a.id').whereRef('a.person_id', '=', 'p.person_id'))
        .as('has_account'),
    ]);
}

type ParticipantRow = Awaited<ReturnType<ReturnType<typeof participantQuery>['executeTakeFirstOrThrow']>>;

/** A participant as stored, with their cycle's phase; the service adds what the caller may do. */
export type ParticipantRecord = Omit<Participant, 'can'> & { cycleStatus: CycleStatus };

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    personId: row.person_id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    cycleStatus: row.cycle_status,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    role: row.role,
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    seniority: row.seniority === null ? null : Number(row.seniority),
    languages: row.languages,
    location: row.location,
    gender: row.gender,
    goals: row.goals,
    expertise: row.expertise,
    capacity: Number(row.capacity),
    hasAccount: Boolean(row.has_account),
    version: Number(row.version),
  };
}

/**
 * Locks the participant's person and participation rows for the rest of the transaction and answers
 * their version as the participant presents it, so a save compares and writes with no edit between.
 */
export async function lockParticipantVersion(db: Queryable, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(sql<number>`p.version + pe.version`.as('version'))
    .where('p.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.version);
}

export interface ParticipantFilter {
  /** Only this organisation's people (an organisation contact's scope). */
  scopeOrganisationId: string | null;
  cycleId?: string;
  organisationId?: string;
  role?: ParticipantRole;
  personId?: string;
  q?: string;
}

/** The ILIKE pattern that finds the text anywhere, its wildcards taken literally. */
function searchPattern(text: string | undefined): string | undefined {
  return text ? `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
}

function filtered(db: Queryable, filter: ParticipantFilter, pattern = searchPattern(filter.q)) {
  let q = participantQuery(db);
  if (filter.scopeOrganisationId) q = q.where('pe.organisation_id', '=', filter.scopeOrganisationId);
  if (filter.cycleId) q = q.where('p.cycle_id', '=', filter.cycleId);
  if (filter.organisationId) q = q.where('pe.organisation_id', '=', filter.organisationId);
  if (filter.role) q = q.where('p.role', '=', filter.role);
  if (filter.personId) q = q.where('p.person_id', '=', filter.personId);
  if (pattern !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb('pe.name', 'ilike', pattern),
        eb('pe.email', 'ilike', pattern),
        eb('pe.job_title', 'ilike', pattern),
        eb('o.name', 'ilike', pattern),
      ]),
    );
  }
  return q;
}

type PageParameters = ParticipantFilter & { pattern?: string | undefined; limit: number; offset: number };

/** The page query for the filters `filter` sets (whatever their values), compiled once. */
function preparePage(shape: string, filter: ParticipantFilter) {
  return prepare(`participants_page_${shape}`, (db, slot: PageParameters) =>
    filtered(
      db,
      {
        scopeOrganisationId: filter.scopeOrganisationId ? slot.scopeOrganisationId : null,
        cycleId: filter.cycleId ? slot.cycleId : undefined,
        organisationId: filter.organisationId ? slot.organisationId : undefined,
        role: filter.role ? slot.role : undefined,
        personId: filter.personId ? slot.personId : undefined,
      },
      filter.q ? slot.pattern : undefined,
    )
      .select(sql<number>`count(*) over ()`.as('total'))
      .orderBy('pe.name')
      .orderBy('p.id')
      .limit(slot.limit)
      .offset(slot.offset),
  );
}

// The list runs on every visit of the participants page: one compiled query per set of filters used.
const pageQueries = new Map<string, ReturnType<typeof preparePage>>();

export async function listParticipants(
  db: Queryable,
  filter: ParticipantFilter,
  page: { limit: number; offset: number },
): Promise<{ participants: ParticipantRecord[]; total: number }> {
  const { scopeOrganisationId, cycleId, organisationId, role, personId, q } = filter;
  const shape = [scopeOrganisationId, cycleId, organisationId, role, personId, q]
    .map((v) => (v ? 1 : 0))
    .join('');
  let pageQuery = pageQueries.get(shape);
  if (!pageQuery) {
    pageQuery = preparePage(shape, filter);
    pageQueries.set(shape, pageQuery);
  }
  const rows = await pageQuery(db, { ...filter, pattern: searchPattern(q), ...page });
  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page.offset > 0) {
    const count = await filtered(db, filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    total = Number(count.n);
  }
  return { participants: rows.map(toParticipant), total };
}

export async function listAllParticipants(
  db: Queryable,
  filter: ParticipantFilter,
): Promise<ParticipantRecord[]> {
  const rows = await filtered(db, filter).orderBy('o.name').orderBy('pe.name').orderBy('p.id').execute();
  return rows.map(toParticipant);
}

export async function findParticipant(db: Queryable, id: string): Promise<ParticipantRecord | null> {
  const row = await participantQuery(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toParticipant(row) : null;
}

export interface PersonRecord {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  jobTitle: string;
  seniority: number | null;
  languages: string[];
  location: string;
  gender: Selectable<PeopleTable>['gender'];
}

export async function findPeopleByEmails(
  db: Queryable,
  emails: readonly string[],
): Promise<Map<string, PersonRecord>> {
  const found = new Map<string, PersonRecord>();
  for (let i = 0; i < emails.length; i += 5000) {
    const chunk = emails.slice(i, i + 5000);
    if (chunk.length === 0) continue;
    const rows = await db.selectFrom('people').selectAll().where('email', 'in', chunk).execute();
    for (const r of rows) {
      found.set(r.email, {
        id: r.id,
        organisationId: r.organisation_id,
        email: r.email,
        name: r.name,
        jobTitle: r.job_title,
        seniority: r.seniority === null ? null : Number(r.seniority),
        languages: r.languages,
        location: r.location,
        gender: r.gender,
      });
    }
  }
  return found;
}

export type PersonFields = Omit<PersonRecord, 'id'>;

function personRow(p: PersonFields) {
  return {
    organisation_id: p.organisationId,
    email: p.email,
    name: p.name,
    job_title: p.jobTitle,
    seniority: p.seniority,
    languages: p.languages,
    location: p.location,
    gender: p.gender,
  };
}

/** Inserts people in batches; returns their ids by email. */
export async function insertPeople(
  db: Queryable,
  people: readonly PersonFields[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < people.length; i += 1000) {
    const rows = await db
      .insertInto('people')
      .values(people.slice(i, i + 1000).map(personRow))
      .returning(['id', 'email'])
      .execute();
    for (const r of rows) ids.set(r.email, r.id);
  }
  return ids;
}

export async function updatePerson(db: Queryable, id: string, fields: Partial<PersonFields>, now: Date) {
  const row = personRow({ ...(fields as PersonFields) });
  const changes = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
  await db
    .updateTable('people')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function emailOwner(db: Queryable, email: string) {
  return db
    .selectFrom('people')
    .select(['id', 'organisation_id'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export interface ParticipationFields {
  cycleId: string;
  personId: string;
  role: ParticipantRole;
  goals: string;
  expertise: string;
  capacity: number;
}

export async function findParticipationsOfPeople(
  db: Queryable,
  cycleId: string,
  personIds: readonly string[],
) {
  const found = new Map<string, ParticipationFields & { id: string }>();
  for (let i = 0; i < personIds.length; i += 5000) {
    const chunk = personIds.slice(i, i + 5000);
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('participants')
      .selectAll()
      .where('cycle_id', '=', cycleId)
      .where('person_id', 'in', chunk)
      .execute();
    for (const r of rows) {
      found.set(r.person_id, {
        id: r.id,
        cycleId: r.cycle_id,
        personId: r.person_id,
        role: r.role,
        goals: r.goals,
        expertise: r.expertise,
        capacity: Number(r.capacity),
      });
    }
  }
  return found;
}

function participationRow(p: ParticipationFields) {
  return {
    cycle_id: p.cycleId,
    person_id: p.personId,
    role: p.role,
    goals: p.goals,
    expertise: p.expertise,
    capacity: p.capacity,
  };
}

export async function insertParticipations(
  db: Queryable,
  rows: readonly ParticipationFields[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db
      .insertInto('participants')
      .values(rows.slice(i, i + 1000).map(participationRow))
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/**
 * A new participation of the same person in `cycleId`, with the profile of participation `fromId`
 * copied: role, goals, expertise, capacity and the profile answers (topics as given, as the new
 * cycle's list spells them). Its id, or undefined when `fromId` is not there.
 */
export async function insertCopiedParticipation(
  db: Queryable,
  fromId: string,
  cycleId: string,
  topics: readonly string[],
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .insertInto('participants')
    .columns([
      'cycle_id',
      'person_id',
      'role',
      'goals',
      'expertise',
      'capacity',
      'topics',
      'remote',
      'required_language',
      'preferred_mentor_gender',
      'preferred_mentor_gender_strength',
      'created_at',
      'updated_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('participants as f')
        .select([
          eb.val(cycleId).as('cycle_id'),
          'f.person_id',
          'f.role',
          'f.goals',
          'f.expertise',
          'f.capacity',
          eb.val([...topics]).as('topics'),
          'f.remote',
          'f.required_language',
          'f.preferred_mentor_gender',
          'f.preferred_mentor_gender_strength',
          eb.val(now).as('created_at'),
          eb.val(now).as('updated_at'),
        ])
        .where('f.id', '=', fromId),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function updateParticipation(
  db: Queryable,
  id: string,
  fields: Partial<Omit<ParticipationFields, 'cycleId' | 'personId'>>,
  now: Date,
) {
  await db
    .updateTable('participants')
    .set((eb) => ({ ...fields, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Bulk updates through one statement per batch (imports of thousands of rows). */
export async function updatePeopleBulk(db: Queryable, people: readonly PersonRecord[], now: Date) {
  for (let i = 0; i < people.length; i += 1000) {
    const values = people
      .slice(i, i + 1000)
      .map(
        (p) =>
          sql`(${p.id}::uuid, ${p.name}, ${p.jobTitle}, ${p.seniority}::smallint, ${p.languages}::text[], ${p.location}, ${p.gender})`,
      );
    await sql`update people set name = v.name, job_title = v.job_title, seniority = v.seniority,
        languages = v.languages, location = v.location, gender = v.gender, updated_at = ${now},
        version = people.version + 1
      from (values ${sql.join(values)}) as v(id, name, job_title, seniority, languages, location, gender)
      where people.id = v.id`.execute(db);
  }
}

export async function updateParticipationsBulk(
  db: Queryable,
  rows: readonly (ParticipationFields & { id: string })[],
  now: Date,
) {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows
      .slice(i, i + 1000)
      .map((p) => sql`(${p.id}::uuid, ${p.role}, ${p.goals}, ${p.expertise}, ${p.capacity}::smallint)`);
    await sql`update participants set role = v.role, goals = v.goals, expertise = v.expertise,
        capacity = v.capacity, updated_at = ${now}, version = participants.version + 1
      from (values ${sql.join(values)}) as v(id, role, goals, expertise, capacity)
      where participants.id = v.id`.execute(db);
  }
}

export async function deleteParticipation(db: Queryable, id: string) {
  await db.deleteFrom('participants').where('id', '=', id).execute();
}

export async function cycleOrganisationIds(db: Queryable, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('cycle_organisations')
    .select('organisation_id')
    .where('cycle_id', '=', cycleId)
    .execute();
  return new Set(rows.map((r) => r.organisation_id));
}

/**
 * Waits until no other import into these organisations is running, then holds them until the
 * transaction ends. People are keyed by email and belong to one organisation, so two imports of the
 * same new people would otherwise both insert them. The locks are taken in one fixed order (sorted
 * ids), so imports spanning several organisations never wait for each other in a circle.
 */
export async function lockOrganisationsForImport(db: Queryable, organisationIds: Iterable<string>) {
  for (const id of [...new Set(organisationIds)].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`participants-import:${id}`}, 0))`.execute(db);
  }
}
