import { sql } from 'kysely';
import type { SurveyAnswers, SurveyQuestion } from '../../../shared/contract/surveys.ts';
import type { Queryable } from '../../db/database.ts';

// The facts a cycle's dashboard and reports are counted from: who took part, how far each got,
// and the closed surveys' answers. Each query reads the whole cycle once; the service counts.

/** The organisations taking part, by name. */
export async function listCycleOrganisations(db: Queryable, cycleId: string) {
  return db
    .selectFrom('cycle_organisations as co')
    .innerJoin('organisations as o', 'o.id', 'co.organisation_id')
    .select(['o.id', 'o.name'])
    .where('co.cycle_id', '=', cycleId)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

/**
 * Every participation of the cycle with what the funnel needs to know of it. A proposal counts once
 * the draft went to the organisations: while the coordinator edits it, the board is theirs alone.
 */
export async function listFunnelParticipants(db: Queryable, cycleId: string) {
  const result = await sql<{
    id: string;
    role: 'mentee' | 'mentor';
    organisation_id: string;
    gender: 'female' | 'male' | 'non_binary' | 'undisclosed';
    profile_finished: boolean;
    proposed: boolean;
    approved: boolean;
    midterm_answered: boolean;
    final_answered: boolean;
  }>`
    select p.id, p.role, pe.organisation_id, pe.gender,
      p.profile_completed_at is not null as profile_finished,
      exists (
        select 1 from draft_proposals dp
        join cycle_drafts d on d.cycle_id = dp.cycle_id and d.status in ('in_approval', 'published')
        where dp.cycle_id = p.cycle_id and (dp.mentee_id = p.id or dp.mentor_id = p.id)
      ) as proposed,
      exists (
        select 1 from draft_proposals dp
        join cycle_drafts d on d.cycle_id = dp.cycle_id and d.status in ('in_approval', 'published')
        where dp.cycle_id = p.cycle_id and (dp.mentee_id = p.id or dp.mentor_id = p.id)
          and dp.approval = 'approved'
      ) as approved,
      exists (
        select 1 from survey_responses r join surveys s on s.id = r.survey_id
        where r.participant_id = p.id and s.kind = 'midterm'
      ) as midterm_answered,
      exists (
        select 1 from survey_responses r join surveys s on s.id = r.survey_id
        where r.participant_id = p.id and s.kind = 'final'
      ) as final_answered
    from participants p
    join people pe on pe.id = p.person_id
    where p.cycle_id = ${cycleId}
    order by p.id`.execute(db);
  return result.rows;
}

/** The cycle's tandems with their members' participations and organisations, and whether both ever signed an agreement. */
export async function listCycleTandems(db: Queryable, cycleId: string) {
  return db
    .selectFrom('tandems as t')
    .innerJoin('participants as me', 'me.id', 't.mentee_id')
    .innerJoin('people as mep', 'mep.id', 'me.person_id')
    .innerJoin('participants as mo', 'mo.id', 't.mentor_id')
    .innerJoin('people as mop', 'mop.id', 'mo.person_id')
    .select((eb) => [
      't.id',
      't.mentee_id',
      't.mentor_id',
      'mep.organisation_id as mentee_organisation_id',
      'mop.organisation_id as mentor_organisation_id',
      't.dissolved_at',
      eb
        .exists(
          eb
            .selectFrom('agreements as a')
            .select('a.id')
            .whereRef('a.tandem_id', '=', 't.id')
            .where('a.mentee_signed_at', 'is not', null)
            .where('a.mentor_signed_at', 'is not', null),
        )
        .as('ever_signed'),
    ])
    .where('t.cycle_id', '=', cycleId)
    .orderBy('t.id')
    .execute();
}

/** Meetings held per calendar month (UTC), of all the cycle's tandems or those with one of an organisation's people. */
export async function countMeetingsPerMonth(db: Queryable, cycleId: string, organisationId: string | null) {
  const result = await sql<{ month: string; held: number | string }>`
    select to_char(date_trunc('month', m.starts_at at time zone 'UTC'), 'YYYY-MM') as month,
      count(*) as held
    from meetings m
    join tandems t on t.id = m.tandem_id
    join participants me on me.id = t.mentee_id
    join people mep on mep.id = me.person_id
    join participants mo on mo.id = t.mentor_id
    join people mop on mop.id = mo.person_id
    where t.cycle_id = ${cycleId} and m.status = 'held'
      and (${organisationId}::uuid is null
        or mep.organisation_id = ${organisationId}::uuid or mop.organisation_id = ${organisationId}::uuid)
    group by 1
    order by 1`.execute(db);
  return result.rows.map((r) => ({ month: r.month, held: Number(r.held) }));
}

/** An organisation's open work in a cycle: proposals to approve, unfinished profiles, unanswered invitations. */
export async function countContactTodos(db: Queryable, cycleId: string, organisationId: string, now: Date) {
  const result = await sql<{
    proposals: number | string;
    profiles: number | string;
    invitations: number | string;
  }>`
    select
      (select count(*) from draft_proposals dp
        join cycle_drafts d on d.cycle_id = dp.cycle_id and d.status = 'in_approval'
        join participants me on me.id = dp.mentee_id
        join people mep on mep.id = me.person_id
        where dp.cycle_id = ${cycleId} and dp.approval = 'pending'
          and mep.organisation_id = ${organisationId}) as proposals,
      (select count(*) from participants p
        join people pe on pe.id = p.person_id
        where p.cycle_id = ${cycleId} and pe.organisation_id = ${organisationId}
          and p.profile_completed_at is null) as profiles,
      (select count(*) from invitations i
        where i.organisation_id = ${organisationId} and i.role = 'participant'
          and i.accepted_at is null and i.revoked_at is null and i.expires_at > ${now}
          and exists (
            select 1 from participants p where p.person_id = i.person_id and p.cycle_id = ${cycleId}
          )) as invitations`.execute(db);
  const row = result.rows[0];
  return {
    proposals: Number(row?.proposals ?? 0),
    profiles: Number(row?.profiles ?? 0),
    invitations: Number(row?.invitations ?? 0),
  };
}

/** The cycle's surveys closed by `today`, with every answer and whose it is (to place it in groups, never to show). */
export async function listClosedSurveyAnswers(db: Queryable, cycleId: string, today: string) {
  const surveys = await db
    .selectFrom('surveys')
    .select(['id', 'kind', 'role', 'title', 'questions'])
    .where('cycle_id', '=', cycleId)
    .where('closes_on', '<=', today)
    .orderBy(sql`array_position(array['midterm', 'final', 'follow_up']::text[], kind)`)
    .orderBy('role', 'desc')
    .execute();
  if (surveys.length === 0) return [];
  const responses = await db
    .selectFrom('survey_responses')
    .select(['survey_id', 'participant_id', 'answers'])
    .where(
      'survey_id',
      'in',
      surveys.map((s) => s.id),
    )
    .orderBy('participant_id')
    .execute();
  return surveys.map((s) => ({
    id: s.id,
    kind: s.kind,
    role: s.role,
    title: s.title,
    questions: s.questions as SurveyQuestion[],
    responses: responses
      .filter((r) => r.survey_id === s.id)
      .map((r) => ({ participantId: r.participant_id, answers: r.answers as SurveyAnswers })),
  }));
}
