import { sql } from 'kysely';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Questionnaire } from '../../../shared/contract/matching.ts';
import { formatMessage } from '../../../shared/i18n/catalogue.ts';
import { cycleDefaultsMessages } from '../../../shared/i18n/cycle-defaults.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import type { Queryable } from '../../db/database.ts';

/** The questionnaire's default topics, in the order offered, as keys of the `cycle-defaults` catalogue. */
const defaultTopicKeys = [
  'topicLeadingTeams',
  'topicFirstLeadershipRole',
  'topicNegotiation',
  'topicStrategicThinking',
  'topicVisibilityNetworking',
  'topicCareerPlanning',
  'topicChangeManagement',
  'topicStakeholderManagement',
  'topicExecutivePresence',
  'topicConflictResolution',
  'topicWorkLifeBalance',
  'topicDigitalTransformation',
] as const;

/** The default topics in a cycle's language. */
export function defaultTopics(language: UiLanguage): string[] {
  return defaultTopicKeys.map((key) => formatMessage(cycleDefaultsMessages, language, key));
}

export const DEFAULT_TOPICS = defaultTopics('en');

/** The documented defaults of a cycle in `language`, until its coordinator saves a questionnaire. */
export function defaultQuestionnaire(language: UiLanguage): Questionnaire {
  return {
    topics: defaultTopics(language),
    weights: { topics: 40, seniority: 20, language: 10, location: 10, gender: 10, industry: 10 },
    idealSeniorityGap: 2,
    preferDifferentIndustry: true,
  };
}

export const DEFAULT_QUESTIONNAIRE: Questionnaire = defaultQuestionnaire('en');

/** The cycle's questionnaire, or the documented defaults until the coordinator changes it. */
export async function findQuestionnaire(db: Queryable, cycleId: string): Promise<Questionnaire> {
  const { version: _, ...questionnaire } = await findVersionedQuestionnaire(db, cycleId);
  return questionnaire;
}

/** The questionnaire with its version (0 for the defaults), both from one read of one row. */
export async function findVersionedQuestionnaire(
  db: Queryable,
  cycleId: string,
): Promise<Questionnaire & { version: number }> {
  const row = await db
    .selectFrom('cycle_questionnaires')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  if (!row) {
    // The defaults stand: in the cycle's language (English for an unknown cycle, as before).
    const cycle = await db
      .selectFrom('cycles')
      .select('language')
      .where('id', '=', cycleId)
      .executeTakeFirst();
    return { ...defaultQuestionnaire(cycle?.language ?? 'en'), version: 0 };
  }
  return {
    topics: row.topics,
    weights: { ...DEFAULT_QUESTIONNAIRE.weights, ...(row.weights as Questionnaire['weights']) },
    idealSeniorityGap: Number(row.ideal_seniority_gap),
    preferDifferentIndustry: row.prefer_different_industry,
    version: row.version,
  };
}

/**
 * The saved questionnaire's version, 0 while the defaults stand, with the cycle's row held for the
 * rest of the transaction first, so two first saves cannot both find no questionnaire.
 */
export async function lockQuestionnaireVersion(db: Queryable, cycleId: string): Promise<number> {
  await db.selectFrom('cycles').select('id').where('id', '=', cycleId).forNoKeyUpdate().execute();
  const row = await db
    .selectFrom('cycle_questionnaires')
    .select('version')
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  return row?.version ?? 0;
}

export async function saveQuestionnaire(db: Queryable, cycleId: string, q: Questionnaire, now: Date) {
  const values = {
    topics: q.topics,
    weights: JSON.stringify(q.weights),
    ideal_seniority_gap: q.idealSeniorityGap,
    prefer_different_industry: q.preferDifferentIndustry,
    updated_at: now,
  };
  await db
    .insertInto('cycle_questionnaires')
    .values({ cycle_id: cycleId, ...values })
    .onConflict((oc) =>
      oc
        .column('cycle_id')
        .doUpdateSet((eb) => ({ ...values, version: eb('cycle_questionnaires.version', '+', 1) })),
    )
    .execute();
}

export async function findProfile(db: Queryable, participantId: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select([
      'p.id',
      'p.cycle_id',
      'p.person_id',
      'p.role',
      'p.goals',
      'p.expertise',
      'p.topics',
      'p.remote',
      'p.required_language',
      'p.preferred_mentor_gender',
      'p.preferred_mentor_gender_strength',
      'p.profile_completed_at',
      'pe.organisation_id',
      'pe.job_title',
      'pe.seniority',
      'pe.languages',
      'pe.location',
      'pe.gender',
      'pe.name',
      'pe.email',
      sql<number>`p.version + pe.version`.as('version'),
    ])
    .where('p.id', '=', participantId)
    .executeTakeFirst();
}
export type ProfileRow = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export async function saveProfileAnswers(
  db: Queryable,
  row: ProfileRow,
  answers: {
    jobTitle: string;
    seniority: number;
    languages: string[];
    location: string;
    gender: 'female' | 'male' | 'non_binary' | 'undisclosed';
    topics: string[];
    text: string;
    remote: 'in-person' | 'remote' | 'either';
    requiredLanguage: string | null;
    preferredMentorGender: string | null;
    preferredMentorGenderStrength: 'soft' | 'hard';
  },
  now: Date,
) {
  await db
    .updateTable('people')
    .set((eb) => ({
      job_title: answers.jobTitle,
      seniority: answers.seniority,
      languages: answers.languages,
      location: answers.location,
      gender: answers.gender,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', row.person_id)
    .execute();
  await db
    .updateTable('participants')
    .set((eb) => ({
      topics: answers.topics,
      ...(row.role === 'mentee' ? { goals: answers.text } : { expertise: answers.text }),
      remote: answers.remote,
      required_language: answers.requiredLanguage,
      preferred_mentor_gender: answers.preferredMentorGender,
      preferred_mentor_gender_strength: answers.preferredMentorGenderStrength,
      profile_completed_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', row.id)
    .execute();
}

export async function listProfileStatus(db: Queryable, cycleId: string, organisationId: string | null) {
  let q = db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .select([
      'p.id',
      'pe.name',
      'pe.email',
      'o.name as organisation_name',
      'p.role',
      'p.profile_completed_at',
      'p.last_reminder_at',
    ])
    .where('p.cycle_id', '=', cycleId)
    .orderBy('p.profile_completed_at', (ob) => ob.desc().nullsFirst())
    .orderBy('pe.name');
  if (organisationId) q = q.where('pe.organisation_id', '=', organisationId);
  return q.execute();
}

/** The participants among these, in the cycle, whose profile is not finished, with what it holds. */
export async function listUnfinishedProfiles(
  db: Queryable,
  cycleId: string,
  participantIds: readonly string[],
) {
  const rows = [];
  for (let i = 0; i < participantIds.length; i += 5000) {
    rows.push(
      ...(await db
        .selectFrom('participants as p')
        .innerJoin('people as pe', 'pe.id', 'p.person_id')
        .select(['p.id', 'p.role', 'p.topics', 'p.goals', 'p.expertise', 'pe.seniority', 'pe.languages'])
        .where('p.cycle_id', '=', cycleId)
        .where('p.id', 'in', participantIds.slice(i, i + 5000))
        .where('p.profile_completed_at', 'is', null)
        .execute()),
    );
  }
  return rows;
}

/** Finished without a save of the participant's: the version stays, so no open form turns stale. */
export async function markProfilesFinished(db: Queryable, participantIds: readonly string[], now: Date) {
  for (let i = 0; i < participantIds.length; i += 5000) {
    await db
      .updateTable('participants')
      .set({ profile_completed_at: now })
      .where('id', 'in', participantIds.slice(i, i + 5000))
      .where('profile_completed_at', 'is', null)
      .execute();
  }
}

export async function markReminded(db: Queryable, participantIds: readonly string[], now: Date) {
  if (participantIds.length === 0) return;
  await db
    .updateTable('participants')
    .set({ last_reminder_at: now })
    .where('id', 'in', participantIds)
    .execute();
}

/** The phase of a cycle the person takes part in, or null when they do not take part in it. */
export async function participationCycleStatus(
  db: Queryable,
  personId: string,
  cycleId: string,
): Promise<CycleStatus | null> {
  const row = await db
    .selectFrom('participants as p')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .select('c.status')
    .where('p.cycle_id', '=', cycleId)
    .where('p.person_id', '=', personId)
    .executeTakeFirst();
  return row?.status ?? null;
}
