import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';

// The facts alumni are made of (decision 0026): people's participations and whether each had a
// published tandem, the directory entries, the alumni mentors a cycle may invite, and the
// invitations. All SQL of the feature is here.

/** Whether the participation `p` was ever in a published tandem (dissolved or not). */
const hadTandem = sql<boolean>`exists (
  select 1 from tandems t where t.mentee_id = p.id or t.mentor_id = p.id
)`;

/** Every participation of these people with its cycle and whether it had a tandem, newest cycle first. */
export async function listParticipationFacts(db: Queryable, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('participants as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .select([
      'p.id',
      'p.person_id',
      'p.role',
      'p.cycle_id',
      'c.name as cycle_name',
      'c.status as cycle_status',
      'c.starts_on',
      'c.ends_on',
      hadTandem.as('had_tandem'),
    ])
    .where('p.person_id', 'in', personIds)
    .orderBy('c.starts_on', 'desc')
    .orderBy('p.id')
    .execute();
}

export type ParticipationFactRow = Awaited<ReturnType<typeof listParticipationFacts>>[number];

/** The directory's entries with their people, by name. */
export function listDirectoryEntries(db: Queryable) {
  return db
    .selectFrom('alumni_directory_entries as e')
    .innerJoin('people as pe', 'pe.id', 'e.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .select(['e.person_id', 'pe.name', 'o.name as organisation_name', 'e.show_organisation', 'e.show_topics'])
    .orderBy('pe.name')
    .orderBy('e.person_id')
    .execute();
}

/**
 * Each person's latest participation (by the cycle's start) with what its profile's topics are read
 * from, and the cycle's topics as its questionnaire lists them.
 */
export async function listLatestProfiles(db: Queryable, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('participants as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .distinctOn('p.person_id')
    .select(['p.person_id', 'p.cycle_id', 'p.role', 'p.topics', 'p.goals', 'p.expertise'])
    .where('p.person_id', 'in', personIds)
    .orderBy('p.person_id')
    .orderBy('c.starts_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
}

export function findDirectoryEntry(db: Queryable, personId: string) {
  return db
    .selectFrom('alumni_directory_entries')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export type DirectoryEntryRow = NonNullable<Awaited<ReturnType<typeof findDirectoryEntry>>>;

/** Lists the person, or changes what their entry shows; `opted_in_at` stays from the first time. */
export async function saveDirectoryEntry(
  db: Queryable,
  personId: string,
  choices: { showOrganisation: boolean; showTopics: boolean },
  now: Date,
) {
  await db
    .insertInto('alumni_directory_entries')
    .values({
      person_id: personId,
      show_organisation: choices.showOrganisation,
      show_topics: choices.showTopics,
      opted_in_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({
        show_organisation: choices.showOrganisation,
        show_topics: choices.showTopics,
        updated_at: now,
      }),
    )
    .execute();
}

/** Removes the person's entry; whether there was one. */
export async function deleteDirectoryEntry(db: Queryable, personId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('alumni_directory_entries')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Alumni mentors as a cycle's invitations see them: people who were a mentor with a published
 * tandem in a closed cycle, with their last such cycle, their organisation and whether it takes
 * part in `cycleId`, whether they have an account, and their invitation to `cycleId`. People who
 * take part in `cycleId` are left out unless they were invited to it (then they accepted).
 */
export async function listAlumniMentors(db: Queryable, cycleId: string) {
  const rows = await sql<{
    person_id: string;
    name: string;
    organisation_name: string;
    last_cycle_id: string;
    last_cycle_name: string;
    last_ends_on: string;
    organisation_takes_part: boolean;
    has_account: boolean;
    invitation_id: string | null;
    invitation_created_at: Date | null;
    invitation_answered_at: Date | null;
    invitation_answer: 'accepted' | 'declined' | null;
  }>`
    with mentored as (
      select distinct on (p.person_id) p.person_id, c.id as cycle_id, c.name as cycle_name, c.ends_on
      from participants p
      join cycles c on c.id = p.cycle_id
      where p.role = 'mentor' and c.status = 'closed'
        and exists (select 1 from tandems t where t.mentor_id = p.id)
      order by p.person_id, c.ends_on desc, c.id
    )
    select m.person_id, pe.name, o.name as organisation_name,
      m.cycle_id as last_cycle_id, m.cycle_name as last_cycle_name, to_char(m.ends_on, 'YYYY-MM-DD') as last_ends_on,
      exists (
        select 1 from cycle_organisations co where co.cycle_id = ${cycleId} and co.organisation_id = pe.organisation_id
      ) as organisation_takes_part,
      exists (select 1 from accounts a where a.person_id = m.person_id and not a.disabled) as has_account,
      i.id as invitation_id, i.created_at as invitation_created_at,
      i.answered_at as invitation_answered_at, i.answer as invitation_answer
    from mentored m
    join people pe on pe.id = m.person_id
    join organisations o on o.id = pe.organisation_id
    left join alumni_invitations i on i.cycle_id = ${cycleId} and i.person_id = m.person_id
    where i.id is not null
      or not exists (select 1 from participants x where x.cycle_id = ${cycleId} and x.person_id = m.person_id)
    order by pe.name, m.person_id`.execute(db);
  return rows.rows;
}

export type AlumniMentorRow = Awaited<ReturnType<typeof listAlumniMentors>>[number];

/** Holds the cycle's row while its invitations are made, so two requests never invite one person twice. */
export async function lockCycle(db: Queryable, cycleId: string) {
  await db.selectFrom('cycles').select('id').where('id', '=', cycleId).forUpdate().execute();
}

/** One invitation each; their ids by person. */
export async function insertInvitations(
  db: Queryable,
  cycleId: string,
  personIds: readonly string[],
  invitedBy: string,
  now: Date,
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .insertInto('alumni_invitations')
    .values(
      personIds.map((personId) => ({
        cycle_id: cycleId,
        person_id: personId,
        invited_by: invitedBy,
        created_at: now,
      })),
    )
    .returning(['id', 'person_id'])
    .execute();
  return new Map(rows.map((r) => [r.person_id, r.id]));
}

/** The people an invitation mail goes to: name, address. */
export function listPeople(db: Queryable, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select(['id', 'name', 'email']).where('id', 'in', personIds).execute();
}

function invitationQuery(db: Queryable) {
  return db
    .selectFrom('alumni_invitations as i')
    .innerJoin('cycles as c', 'c.id', 'i.cycle_id')
    .innerJoin('people as pe', 'pe.id', 'i.person_id')
    .select([
      'i.id',
      'i.cycle_id',
      'i.person_id',
      'i.created_at',
      'i.answered_at',
      'i.answer',
      'c.name as cycle_name',
      'c.status as cycle_status',
      'c.starts_on',
      'c.ends_on',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('cycle_organisations as co')
              .select(sql`1`.as('one'))
              .whereRef('co.cycle_id', '=', 'i.cycle_id')
              .whereRef('co.organisation_id', '=', 'pe.organisation_id'),
          )
          .as('organisation_takes_part'),
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('participants as x')
              .select(sql`1`.as('one'))
              .whereRef('x.cycle_id', '=', 'i.cycle_id')
              .whereRef('x.person_id', '=', 'i.person_id'),
          )
          .as('takes_part'),
    ]);
}

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

export function findInvitation(db: Queryable, id: string) {
  return invitationQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** A person's invitations not answered yet, soonest cycle first. */
export function listPendingInvitations(db: Queryable, personId: string) {
  return invitationQuery(db)
    .where('i.person_id', '=', personId)
    .where('i.answered_at', 'is', null)
    .orderBy('c.starts_on')
    .orderBy('i.id')
    .execute();
}

/** Holds the invitation's row while it is answered. */
export async function lockInvitation(db: Queryable, id: string) {
  await db.selectFrom('alumni_invitations').select('id').where('id', '=', id).forUpdate().execute();
}

export async function markAnswered(db: Queryable, id: string, answer: 'accepted' | 'declined', now: Date) {
  await db.updateTable('alumni_invitations').set({ answer, answered_at: now }).where('id', '=', id).execute();
}

/** The person's latest participation as a mentor (by the cycle's start): the profile an acceptance carries over. */
export function findLatestMentorParticipation(db: Queryable, personId: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .select(['p.id', 'p.topics'])
    .where('p.person_id', '=', personId)
    .where('p.role', '=', 'mentor')
    .orderBy('c.starts_on', 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
