import { sql } from 'kysely';
import type { GoalState, MailLanguage, Queryable, SurveyKind } from '../../db/database.ts';

/** A tandem with what the reminders and the health list need: people, cadence, agreement, meetings. */
export interface TandemActivityRow {
  id: string;
  cycle_id: string;
  cycle_name: string;
  cycle_status: string;
  cycle_ends_on: string;
  published_at: Date;
  dissolved_at: Date | null;
  mentee_id: string;
  mentee_name: string;
  mentee_email: string;
  mentee_organisation_id: string;
  mentee_organisation_name: string;
  mentor_id: string;
  mentor_name: string;
  mentor_email: string;
  mentor_organisation_id: string;
  mentor_organisation_name: string;
  /** The current agreement's cadence, else the cycle's. */
  cadence_days: number;
  agreement_version: number | null;
  mentee_signed_at: Date | null;
  mentor_signed_at: Date | null;
  meetings_held: number;
  last_held_at: Date | null;
  next_planned_at: Date | null;
}

export interface TandemActivityFilter {
  cycleId?: string;
  /** Tandems where the mentee or the mentor belongs to this organisation. */
  organisationId?: string;
  /** Active tandems of running cycles only (the ones reminders are about). */
  activeInRunningCycles?: boolean;
}

/**
 * Tandems with their current agreement (the newest version), their held meetings and the next
 * planned one (proposed or accepted, starting after `now`).
 */
export async function listTandemActivity(
  db: Queryable,
  now: Date,
  filter: TandemActivityFilter,
): Promise<TandemActivityRow[]> {
  const conditions = [sql`true`];
  if (filter.cycleId) conditions.push(sql`t.cycle_id = ${filter.cycleId}`);
  if (filter.organisationId) {
    conditions.push(
      sql`(mep.organisation_id = ${filter.organisationId} or mop.organisation_id = ${filter.organisationId})`,
    );
  }
  if (filter.activeInRunningCycles) conditions.push(sql`t.dissolved_at is null and c.status = 'running'`);
  const result = await sql<TandemActivityRow>`
    select t.id, t.cycle_id, c.name as cycle_name, c.status as cycle_status, c.ends_on as cycle_ends_on,
      t.published_at, t.dissolved_at,
      t.mentee_id, mep.name as mentee_name, mep.email as mentee_email,
      meo.id as mentee_organisation_id, meo.name as mentee_organisation_name,
      t.mentor_id, mop.name as mentor_name, mop.email as mentor_email,
      moo.id as mentor_organisation_id, moo.name as mentor_organisation_name,
      coalesce(a.cadence_days, c.meeting_cadence_days) as cadence_days,
      a.version as agreement_version, a.mentee_signed_at, a.mentor_signed_at,
      m.held as meetings_held, m.last_held_at, m.next_planned_at
    from tandems t
    join cycles c on c.id = t.cycle_id
    join participants me on me.id = t.mentee_id
    join people mep on mep.id = me.person_id
    join organisations meo on meo.id = mep.organisation_id
    join participants mo on mo.id = t.mentor_id
    join people mop on mop.id = mo.person_id
    join organisations moo on moo.id = mop.organisation_id
    left join lateral (
      select version, cadence_days, mentee_signed_at, mentor_signed_at
      from agreements where tandem_id = t.id order by version desc limit 1
    ) a on true
    cross join lateral (
      select
        count(*) filter (where status = 'held')::int as held,
        max(starts_at) filter (where status = 'held') as last_held_at,
        min(starts_at) filter (where status in ('proposed', 'accepted') and starts_at > ${now}) as next_planned_at
      from meetings where tandem_id = t.id
    ) m
    where ${sql.join(conditions, sql` and `)}
    order by t.dissolved_at desc nulls first, mep.name, t.id`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    cadence_days: Number(r.cadence_days),
    agreement_version: r.agreement_version === null ? null : Number(r.agreement_version),
    meetings_held: Number(r.meetings_held),
  }));
}

/** Goal counts per state of the given tandems, removed goals left out. */
export async function countGoalsByState(db: Queryable, tandemIds: readonly string[]) {
  if (tandemIds.length === 0) return [];
  const rows = await db
    .selectFrom('goals')
    .select((eb) => ['tandem_id', 'state', eb.fn.countAll<number>().as('n')])
    .where('tandem_id', 'in', tandemIds)
    .where('removed_at', 'is', null)
    .groupBy(['tandem_id', 'state'])
    .execute();
  return rows.map((r) => ({ tandemId: r.tandem_id, state: r.state as GoalState, count: Number(r.n) }));
}

/** For each role, the cycle's most recent survey that has opened by `today`. */
export async function latestOpenedSurveys(db: Queryable, cycleId: string, today: string) {
  const rows = await db
    .selectFrom('surveys')
    .select(['id', 'role', 'kind', 'title', 'opens_on'])
    .where('cycle_id', '=', cycleId)
    .where('opens_on', '<=', today)
    .orderBy('opens_on', 'desc')
    .execute();
  const byRole = new Map<'mentor' | 'mentee', { id: string; kind: SurveyKind; title: string }>();
  for (const r of rows)
    if (!byRole.has(r.role)) byRole.set(r.role, { id: r.id, kind: r.kind, title: r.title });
  return byRole;
}

/** Which of these participants answered which of these surveys, as `survey:participant` pairs. */
export async function answeredSurveys(
  db: Queryable,
  surveyIds: readonly string[],
  participantIds: readonly string[],
) {
  if (surveyIds.length === 0 || participantIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('survey_responses')
    .select(['survey_id', 'participant_id'])
    .where('survey_id', 'in', surveyIds)
    .where('participant_id', 'in', participantIds)
    .execute();
  return new Set(rows.map((r) => `${r.survey_id}:${r.participant_id}`));
}

/** Participants of open cycles who have not finished their profile. */
export async function listUnfinishedProfiles(db: Queryable) {
  return db
    .selectFrom('participants as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select([
      'p.id',
      'p.role',
      'p.created_at',
      'p.last_reminder_at',
      'pe.name',
      'pe.email',
      'c.name as cycle_name',
    ])
    .where('c.status', '=', 'open')
    .where('p.profile_completed_at', 'is', null)
    .orderBy('p.id')
    .execute();
}

/**
 * Participants who have not answered, nor been reminded of, a survey that is open today (from its
 * opening day up to, not including, its closing day) and opened at least a week ago: those of the survey's role who have
 * or had a tandem in its cycle. Closed cycles count too: the final and follow-up surveys open
 * after the cycle's end.
 */
export async function listUnansweredSurveys(db: Queryable, today: string, openedBy: string) {
  const result = await sql<{
    survey_id: string;
    survey_title: string;
    closes_on: string;
    cycle_name: string;
    participant_id: string;
    name: string;
    email: string;
  }>`
    select s.id as survey_id, s.title as survey_title, s.closes_on, c.name as cycle_name,
      p.id as participant_id, pe.name, pe.email
    from surveys s
    join cycles c on c.id = s.cycle_id
    join participants p on p.cycle_id = s.cycle_id and p.role = s.role
    join people pe on pe.id = p.person_id
    where c.status in ('running', 'closed')
      and s.opens_on <= ${openedBy} and s.closes_on > ${today}
      and exists (select 1 from tandems t where t.mentee_id = p.id or t.mentor_id = p.id)
      and not exists (
        select 1 from survey_responses r where r.survey_id = s.id and r.participant_id = p.id
      )
      -- Already reminded (the key runReminders claims): left out here rather than claimed
      -- again, in a transaction of its own, on every pass until the survey closes.
      and not exists (
        select 1 from reminders_sent rs where rs.key = 'survey:' || s.id || ':' || p.id
      )
    order by s.id, p.id`.execute(db);
  return result.rows;
}

/**
 * Which of these keys are recorded already: one query before the job's loop, so it does not open
 * a transaction per reminder that went out before. Claiming stays what makes a reminder go out once.
 */
export async function sentReminderKeys(db: Queryable, keys: readonly string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db.selectFrom('reminders_sent').select('key').where('key', 'in', keys).execute();
  return new Set(rows.map((r) => r.key));
}

/** Keys sent since `since` that start with `prefix` (e.g. every agreement reminder of the week). */
export async function recentReminderKeys(db: Queryable, prefix: string, since: Date) {
  const rows = await db
    .selectFrom('reminders_sent')
    .select('key')
    .where('key', 'like', `${prefix}%`)
    .where('sent_at', '>', since)
    .execute();
  return rows.map((r) => r.key);
}

/**
 * Records a reminder as sent, unless it was already. Returns false when the key exists, or when a
 * reminder with the same prefix went out less than `minIntervalMs` ago. The advisory lock makes
 * that check exact between processes; the primary key alone already prevents duplicates.
 */
export async function claimReminder(
  db: Queryable,
  key: string,
  now: Date,
  spacing?: { prefix: string; minIntervalMs: number },
) {
  if (spacing) {
    await sql`select pg_advisory_xact_lock(hashtext(${spacing.prefix}))`.execute(db);
    const recent = await db
      .selectFrom('reminders_sent')
      .select('key')
      .where('key', 'like', `${spacing.prefix}%`)
      .where('sent_at', '>', new Date(now.getTime() - spacing.minIntervalMs))
      .executeTakeFirst();
    if (recent) return false;
  }
  const inserted = await db
    .insertInto('reminders_sent')
    .values({ key, sent_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

// Mail preferences: a participant's are their person's, staff's their account's.

export async function findAccountPreferences(db: Queryable, accountId: string) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'a.role',
      'a.person_id',
      'a.mail_language as account_language',
      'p.mail_language as person_language',
      'p.mail_digest as person_digest',
      'p.reminders_off as person_reminders_off',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}

export async function updatePersonPreferences(
  db: Queryable,
  personId: string,
  values: { language: MailLanguage; digest: boolean; remindersOff?: readonly string[] },
  now: Date,
) {
  await db
    .updateTable('people')
    .set({
      mail_language: values.language,
      mail_digest: values.digest,
      ...(values.remindersOff ? { reminders_off: [...values.remindersOff] } : {}),
      updated_at: now,
    })
    .where('id', '=', personId)
    .execute();
}

/**
 * The person and reminders of a one-click unsubscribe token (by its hash), with the person's row
 * locked when `lock` says so (before changing their choices).
 */
export async function findUnsubscribeToken(db: Queryable, tokenHash: string, lock: boolean) {
  let query = db
    .selectFrom('mail_unsubscribe_tokens as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select(['t.person_id', 't.reminders', 'p.mail_language', 'p.reminders_off'])
    .where('t.token_hash', '=', tokenHash);
  if (lock) query = query.forUpdate('p');
  return query.executeTakeFirst();
}

/** The reminders a person turned off, as the list to keep (a system write: the version stays). */
export async function setRemindersOff(db: Queryable, personId: string, remindersOff: readonly string[]) {
  await db
    .updateTable('people')
    .set({ reminders_off: [...remindersOff] })
    .where('id', '=', personId)
    .execute();
}

/** The language the account's holder chose: from now on it is theirs, never adopted from a sign-in. */
export async function updateAccountLanguage(
  db: Queryable,
  accountId: string,
  language: MailLanguage,
  now: Date,
) {
  await db
    .updateTable('accounts')
    .set({ mail_language: language, language_chosen_at: now })
    .where('id', '=', accountId)
    .execute();
}

/**
 * Mails follow the interface language of a sign-in while the holder has chosen none: the account's
 * and, for a participant, their person's. Returns whether it changed anything.
 */
export async function adoptAccountLanguage(db: Queryable, accountId: string, language: MailLanguage) {
  const adopted = await db
    .updateTable('accounts')
    .set({ mail_language: language })
    .where('id', '=', accountId)
    .where('language_chosen_at', 'is', null)
    .where('mail_language', '!=', language)
    .returning('person_id')
    .executeTakeFirst();
  if (adopted?.person_id) {
    await db
      .updateTable('people')
      .set({ mail_language: language })
      .where('id', '=', adopted.person_id)
      .execute();
  }
  return adopted !== undefined;
}
