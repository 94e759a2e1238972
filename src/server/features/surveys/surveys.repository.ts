import { type ExpressionBuilder, sql } from 'kysely';
import type { SurveyAnswers, SurveyQuestion } from '../../../shared/contract/surveys.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { defaultDates, defaultSurveys } from './survey-defaults.ts';

export async function insertDefaultSurveys(
  db: Queryable,
  cycleId: string,
  cycle: { startsOn: string; endsOn: string; language: UiLanguage },
) {
  await db
    .insertInto('surveys')
    .values(
      defaultSurveys(cycle.language).map((s) => {
        const dates = defaultDates(s.kind, cycle);
        return {
          cycle_id: cycleId,
          kind: s.kind,
          role: s.role,
          title: s.title,
          opens_on: dates.opensOn,
          closes_on: dates.closesOn,
          questions: JSON.stringify(s.questions),
        };
      }),
    )
    .execute();
}

/**
 * The audience of a survey: participants of its role in its cycle who have or had a tandem there,
 * optionally only one organisation's people.
 */
function audience(eb: ExpressionBuilder<Database, 'surveys'>, organisationId: string | null) {
  let q = eb
    .selectFrom('participants as ap')
    .innerJoin('people as ape', 'ape.id', 'ap.person_id')
    .whereRef('ap.cycle_id', '=', 'surveys.cycle_id')
    .whereRef('ap.role', '=', 'surveys.role')
    .where((w) =>
      w.exists(
        w
          .selectFrom('tandems as at')
          .select('at.id')
          .where((t) =>
            t.or([t('at.mentee_id', '=', t.ref('ap.id')), t('at.mentor_id', '=', t.ref('ap.id'))]),
          ),
      ),
    );
  if (organisationId) q = q.where('ape.organisation_id', '=', organisationId);
  return q;
}

function responses(eb: ExpressionBuilder<Database, 'surveys'>, organisationId: string | null) {
  let q = eb
    .selectFrom('survey_responses as rr')
    .innerJoin('participants as rp', 'rp.id', 'rr.participant_id')
    .innerJoin('people as rpe', 'rpe.id', 'rp.person_id')
    .whereRef('rr.survey_id', '=', 'surveys.id');
  if (organisationId) q = q.where('rpe.organisation_id', '=', organisationId);
  return q;
}

function surveyQuery(db: Queryable, organisationId: string | null) {
  return db.selectFrom('surveys').select((eb) => [
    'surveys.id',
    'surveys.cycle_id',
    'surveys.kind',
    'surveys.role',
    'surveys.title',
    'surveys.opens_on',
    'surveys.closes_on',
    'surveys.questions',
    'surveys.version',
    audience(eb, organisationId)
      .select((s) => s.fn.countAll<string>().as('n'))
      .as('audience_size'),
    responses(eb, organisationId)
      .select((s) => s.fn.countAll<string>().as('n'))
      .as('response_count'),
    // Any response at all, whoever's: the questions are frozen once one exists.
    responses(eb, null)
      .select((s) => s.fn.countAll<string>().as('n'))
      .as('all_responses'),
  ]);
}

export type SurveyRow = Awaited<ReturnType<ReturnType<typeof surveyQuery>['executeTakeFirstOrThrow']>>;

const kindOrder = sql<number>`array_position(array['midterm', 'final', 'follow_up']::text[], surveys.kind)`;

export async function listSurveys(db: Queryable, cycleId: string, organisationId: string | null) {
  return surveyQuery(db, organisationId)
    .where('surveys.cycle_id', '=', cycleId)
    .orderBy(kindOrder)
    .orderBy('surveys.role', 'desc')
    .execute();
}

export async function findSurvey(db: Queryable, id: string, organisationId: string | null) {
  return surveyQuery(db, organisationId).where('surveys.id', '=', id).executeTakeFirst();
}

export async function updateSurvey(
  db: Queryable,
  id: string,
  fields: {
    title?: string;
    opensOn?: string;
    closesOn?: string;
    questions?: SurveyQuestion[];
  },
  now: Date,
) {
  await db
    .updateTable('surveys')
    .set((eb) => ({
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.opensOn !== undefined ? { opens_on: fields.opensOn } : {}),
      ...(fields.closesOn !== undefined ? { closes_on: fields.closesOn } : {}),
      ...(fields.questions !== undefined ? { questions: JSON.stringify(fields.questions) } : {}),
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

/** The answers and when each was last saved, never who gave them: aggregates are all anyone but the author reads. */
export async function listAnswers(db: Queryable, surveyId: string, organisationId: string | null) {
  let q = db
    .selectFrom('survey_responses as r')
    .innerJoin('participants as p', 'p.id', 'r.participant_id')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['r.answers', 'r.updated_at'])
    .where('r.survey_id', '=', surveyId);
  if (organisationId) q = q.where('pe.organisation_id', '=', organisationId);
  const rows = await q.execute();
  return rows.map((r) => ({ answers: r.answers as SurveyAnswers, updatedAt: r.updated_at }));
}

/** When each answer was last saved, and the organisation and gender of whoever gave it: for when reports may show a survey's figures. */
export async function listAnswerTimes(db: Queryable, surveyId: string) {
  return db
    .selectFrom('survey_responses as r')
    .innerJoin('participants as p', 'p.id', 'r.participant_id')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['pe.organisation_id', 'pe.gender', 'r.updated_at'])
    .where('r.survey_id', '=', surveyId)
    .execute();
}

/** Surveys a person takes part in: those of their role in cycles where they have or had a tandem. */
function mySurveyQuery(db: Queryable, personId: string) {
  return db
    .selectFrom('surveys')
    .innerJoin('participants as p', (j) =>
      j.onRef('p.cycle_id', '=', 'surveys.cycle_id').onRef('p.role', '=', 'surveys.role'),
    )
    .innerJoin('cycles as c', 'c.id', 'surveys.cycle_id')
    .leftJoin('survey_responses as r', (j) =>
      j.onRef('r.survey_id', '=', 'surveys.id').onRef('r.participant_id', '=', 'p.id'),
    )
    .select([
      'surveys.id',
      'surveys.cycle_id',
      'c.name as cycle_name',
      'p.id as participant_id',
      'surveys.kind',
      'surveys.role',
      'surveys.title',
      'surveys.opens_on',
      'surveys.closes_on',
      'surveys.questions',
      'r.answers',
      'r.submitted_at',
      'r.updated_at',
    ])
    .where('p.person_id', '=', personId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('tandems as t')
          .select('t.id')
          .where((w) => w.or([w('t.mentee_id', '=', w.ref('p.id')), w('t.mentor_id', '=', w.ref('p.id'))])),
      ),
    );
}

export type MySurveyRow = Awaited<ReturnType<ReturnType<typeof mySurveyQuery>['executeTakeFirstOrThrow']>>;

export async function listMySurveys(db: Queryable, personId: string) {
  return mySurveyQuery(db, personId).orderBy('surveys.opens_on').orderBy('c.name').execute();
}

export async function findMySurvey(db: Queryable, personId: string, surveyId: string) {
  return mySurveyQuery(db, personId).where('surveys.id', '=', surveyId).executeTakeFirst();
}

export async function saveResponse(
  db: Queryable,
  surveyId: string,
  participantId: string,
  answers: SurveyAnswers,
  now: Date,
) {
  const json = JSON.stringify(answers);
  await db
    .insertInto('survey_responses')
    .values({
      survey_id: surveyId,
      participant_id: participantId,
      answers: json,
      submitted_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['survey_id', 'participant_id']).doUpdateSet({ answers: json, updated_at: now }),
    )
    .execute();
}

/** The dates and versions of a cycle's surveys, without the counts the staff view adds. */
export async function listSurveyDates(db: Queryable, cycleId: string) {
  return db
    .selectFrom('surveys')
    .select(['id', 'kind', 'role', 'title', 'opens_on', 'closes_on', 'version'])
    .where('cycle_id', '=', cycleId)
    .orderBy(kindOrder)
    .orderBy('role', 'desc')
    .execute();
}

/**
 * Serialises answering against changing the questions: an answer holds the survey row shared, a
 * change of questions exclusively, so no answer is checked against questions that change under it.
 */
export async function lockSurvey(db: Queryable, id: string, mode: 'answer' | 'change') {
  const query = db.selectFrom('surveys').select('id').where('id', '=', id);
  await (mode === 'change' ? query.forUpdate() : query.forShare()).execute();
}

/** When the survey's figures were last shown in this scope ('programme' or an organisation id). */
export async function findResultRelease(db: Queryable, surveyId: string, scope: string) {
  const row = await db
    .selectFrom('survey_result_releases')
    .select('released_at')
    .where('survey_id', '=', surveyId)
    .where('scope', '=', scope)
    .executeTakeFirst();
  return row?.released_at ?? null;
}

export async function saveResultRelease(db: Queryable, surveyId: string, scope: string, now: Date) {
  await db
    .insertInto('survey_result_releases')
    .values({ survey_id: surveyId, scope, released_at: now })
    .onConflict((oc) => oc.columns(['survey_id', 'scope']).doUpdateSet({ released_at: now }))
    .execute();
}
