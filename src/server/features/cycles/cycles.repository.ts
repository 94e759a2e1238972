import { sql } from 'kysely';
import type { Cycle, CycleStatus } from '../../../shared/contract/cycles.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import type { Queryable } from '../../db/database.ts';

function cycleQuery(db: Queryable) {
  return db.selectFrom('cycles as c').select((eb) => [
    'c.id',
    'c.name',
    'c.starts_on',
    'c.ends_on',
    'c.status',
    'c.language',
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
    language: row.language,
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

export async function insertCycle(
  db: Queryable,
  fields: {
    name: string;
    startsOn: string;
    endsOn: string;
    language: UiLanguage;
    confidentialityText: string;
  },
) {
  const row = await db
    .insertInto('cycles')
    .values({
      name: fields.name,
      starts_on: fields.startsOn,
      ends_on: fields.endsOn,
      language: fields.language,
      confidentiality_text: fields.confidentialityText,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The language an account's mails are in (chosen, or adopted at sign-in); English without one. */
export async function findAccountMailLanguage(db: Queryable, accountId: string): Promise<UiLanguage> {
  const row = await db
    .selectFrom('accounts')
    .select('mail_language')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row?.mail_language ?? 'en';
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

/**
 * Moves the cycle to `to` only while it is in one of `from`, in one statement: on PostgreSQL a
 * concurrent move waits for the row and the condition is checked again. Answers whether it moved.
 */
export async function moveCycleStatusFrom(
  db: Queryable,
  id: string,
  from: readonly CycleStatus[],
  to: CycleStatus,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('cycles')
    .set({ status: to, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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

/** What the cycle's checklist counts, each from its own table, in one round trip. */
export interface CycleProgressCounts {
  organisations: number;
  organisationsWithContact: number;
  mentees: number;
  mentors: number;
  profilesFinished: number;
  /** The coordinator has saved the questionnaire at least once (until then the defaults stand). */
  questionnaireSaved: boolean;
  /** The coordinator has saved the matching rules at least once (until then the defaults stand). */
  rulesSaved: boolean;
  runsDone: number;
  draftStatus: 'editing' | 'in_approval' | 'published' | null;
  proposals: number;
  proposalsApproved: number;
  /** Organisations with a mentee whose proposal is neither approved nor sent back. */
  organisationsWaiting: number;
  activeTandems: number;
  /** Active tandems whose latest agreement both have signed. */
  agreementsSigned: number;
}

export async function countCycleProgress(db: Queryable, cycleId: string): Promise<CycleProgressCounts> {
  const { rows } = await sql<Record<keyof CycleProgressCounts, string | number | boolean | null>>`
    select
      (select count(*) from cycle_organisations co where co.cycle_id = ${cycleId}) as "organisations",
      (select count(*) from cycle_organisations co where co.cycle_id = ${cycleId}
        and exists (select 1 from accounts a where a.organisation_id = co.organisation_id
          and a.role = 'organisation_contact' and not a.disabled)) as "organisationsWithContact",
      (select count(*) from participants p where p.cycle_id = ${cycleId} and p.role = 'mentee') as "mentees",
      (select count(*) from participants p where p.cycle_id = ${cycleId} and p.role = 'mentor') as "mentors",
      (select count(*) from participants p where p.cycle_id = ${cycleId}
        and p.profile_completed_at is not null) as "profilesFinished",
      (select count(*) from cycle_questionnaires q where q.cycle_id = ${cycleId}) as "questionnaireSaved",
      (select count(*) from cycle_rules cr where cr.cycle_id = ${cycleId}) as "rulesSaved",
      (select count(*) from match_runs r where r.cycle_id = ${cycleId} and r.status = 'done') as "runsDone",
      (select d.status from cycle_drafts d where d.cycle_id = ${cycleId}) as "draftStatus",
      (select count(*) from draft_proposals dp where dp.cycle_id = ${cycleId}) as "proposals",
      (select count(*) from draft_proposals dp where dp.cycle_id = ${cycleId}
        and dp.approval = 'approved') as "proposalsApproved",
      (select count(distinct pe.organisation_id) from draft_proposals dp
        join participants p on p.id = dp.mentee_id join people pe on pe.id = p.person_id
        where dp.cycle_id = ${cycleId} and dp.approval = 'pending') as "organisationsWaiting",
      (select count(*) from tandems t where t.cycle_id = ${cycleId} and t.dissolved_at is null) as "activeTandems",
      (select count(*) from tandems t where t.cycle_id = ${cycleId} and t.dissolved_at is null
        and exists (select 1 from agreements ag where ag.tandem_id = t.id
          and ag.mentee_signed_at is not null and ag.mentor_signed_at is not null
          and ag.version = (select max(a2.version) from agreements a2 where a2.tandem_id = t.id))
      ) as "agreementsSigned"
  `.execute(db);
  const row = rows[0]!;
  const n = (v: string | number | boolean | null) => Number(v ?? 0);
  return {
    organisations: n(row.organisations),
    organisationsWithContact: n(row.organisationsWithContact),
    mentees: n(row.mentees),
    mentors: n(row.mentors),
    profilesFinished: n(row.profilesFinished),
    questionnaireSaved: n(row.questionnaireSaved) > 0,
    rulesSaved: n(row.rulesSaved) > 0,
    runsDone: n(row.runsDone),
    draftStatus: (row.draftStatus as CycleProgressCounts['draftStatus']) ?? null,
    proposals: n(row.proposals),
    proposalsApproved: n(row.proposalsApproved),
    organisationsWaiting: n(row.organisationsWaiting),
    activeTandems: n(row.activeTandems),
    agreementsSigned: n(row.agreementsSigned),
  };
}

/** The phase of the cycle's draft (editing, with the organisations, published), or null without one. */
export async function findDraftStatus(db: Queryable, cycleId: string) {
  const row = await db
    .selectFrom('cycle_drafts')
    .select('status')
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  return row?.status ?? null;
}

/** Tandems of the cycle not dissolved: while there are any, its tandem year runs. */
export async function countActiveTandems(db: Queryable, cycleId: string): Promise<number> {
  const row = await db
    .selectFrom('tandems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('cycle_id', '=', cycleId)
    .where('dissolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
