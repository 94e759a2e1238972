import type { GoalEventKind, GoalState, MeetingFormat } from '../../../shared/contract/agreements.ts';
import type { Queryable } from '../../db/database.ts';

// All SQL of the agreement, the goals and the cycle's tandem settings.

export interface AgreementGoal {
  goalId: string;
  title: string;
  successMeasure: string;
}

function agreementQuery(db: Queryable) {
  return db
    .selectFrom('agreements as a')
    .leftJoin('participants as ep', 'ep.id', 'a.edited_by')
    .leftJoin('people as e', 'e.id', 'ep.person_id')
    .select([
      'a.id',
      'a.version',
      'a.goals',
      'a.cadence_days',
      'a.meeting_format',
      'a.confidentiality',
      'a.edited_by',
      'e.name as edited_by_name',
      'a.updated_at',
      'a.mentee_signed_at',
      'a.mentor_signed_at',
    ]);
}
export type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreementQuery>['executeTakeFirstOrThrow']>>;

/** Every version of the tandem's agreement, newest first. */
export function listAgreementVersions(db: Queryable, tandemId: string): Promise<AgreementRow[]> {
  return agreementQuery(db).where('a.tandem_id', '=', tandemId).orderBy('a.version', 'desc').execute();
}

/**
 * The newest version. The tandem row is locked first, until the transaction ends, so two saves or
 * signatures queue up, even the two first saves when there is no version to lock yet.
 */
export async function lockNewestAgreement(db: Queryable, tandemId: string) {
  await db.selectFrom('tandems').select('id').where('id', '=', tandemId).forUpdate().execute();
  return db
    .selectFrom('agreements')
    .select(['id', 'version', 'goals', 'cadence_days', 'meeting_format', 'confidentiality'])
    .select(['updated_at', 'mentee_signed_at', 'mentor_signed_at'])
    .where('tandem_id', '=', tandemId)
    .orderBy('version', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export interface AgreementContent {
  goals: AgreementGoal[];
  cadenceDays: number;
  meetingFormat: MeetingFormat;
  confidentiality: string;
}

export async function insertAgreementVersion(
  db: Queryable,
  values: AgreementContent & { tandemId: string; version: number; editedBy: string; now: Date },
) {
  await db
    .insertInto('agreements')
    .values({
      tandem_id: values.tandemId,
      version: values.version,
      goals: JSON.stringify(values.goals),
      cadence_days: values.cadenceDays,
      meeting_format: values.meetingFormat,
      confidentiality: values.confidentiality,
      edited_by: values.editedBy,
      created_at: values.now,
      updated_at: values.now,
    })
    .execute();
}

export async function updateAgreementVersion(
  db: Queryable,
  id: string,
  values: AgreementContent & { editedBy: string; now: Date },
) {
  await db
    .updateTable('agreements')
    .set({
      goals: JSON.stringify(values.goals),
      cadence_days: values.cadenceDays,
      meeting_format: values.meetingFormat,
      confidentiality: values.confidentiality,
      edited_by: values.editedBy,
      updated_at: values.now,
    })
    .where('id', '=', id)
    .execute();
}

/** Sets one side's signature and returns both, as they stand after this write. */
export function signAgreementVersion(db: Queryable, id: string, side: 'mentee' | 'mentor', now: Date) {
  return db
    .updateTable('agreements')
    .set(side === 'mentee' ? { mentee_signed_at: now } : { mentor_signed_at: now })
    .where('id', '=', id)
    .returning(['mentee_signed_at', 'mentor_signed_at'])
    .executeTakeFirstOrThrow();
}

export async function findCycleTandemSettings(db: Queryable, cycleId: string) {
  return db
    .selectFrom('cycles')
    .select(['meeting_cadence_days', 'confidentiality_text', 'tandem_settings_version'])
    .where('id', '=', cycleId)
    .executeTakeFirstOrThrow();
}

/** Locks the cycle's row for the rest of the transaction and answers the version of its tandem settings. */
export async function lockCycleTandemSettingsVersion(db: Queryable, cycleId: string) {
  const row = await db
    .selectFrom('cycles')
    .select('tandem_settings_version')
    .where('id', '=', cycleId)
    .forUpdate()
    .executeTakeFirst();
  return row?.tandem_settings_version;
}

export async function updateCycleTandemSettings(
  db: Queryable,
  cycleId: string,
  values: { meetingCadenceDays: number; confidentialityText: string },
  now: Date,
) {
  await db
    .updateTable('cycles')
    .set((eb) => ({
      meeting_cadence_days: values.meetingCadenceDays,
      confidentiality_text: values.confidentialityText,
      updated_at: now,
      tandem_settings_version: eb('tandem_settings_version', '+', 1),
    }))
    .where('id', '=', cycleId)
    .execute();
}

// Goals

/** The tandem's live goals (those taken out of the agreement left out), in the agreement's order. */
export function listGoals(db: Queryable, tandemId: string) {
  return db
    .selectFrom('goals')
    .select([
      'id',
      'position',
      'title',
      'success_measure',
      'state',
      'state_comment',
      'removed_at',
      'updated_at',
    ])
    .where('tandem_id', '=', tandemId)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

/** A goal of this tandem (taken-out goals included), locked for the rest of the transaction. */
export function lockGoal(db: Queryable, tandemId: string, goalId: string) {
  return db
    .selectFrom('goals')
    .select(['id', 'title', 'state', 'state_comment', 'removed_at'])
    .where('tandem_id', '=', tandemId)
    .where('id', '=', goalId)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertGoal(
  db: Queryable,
  values: { tandemId: string; position: number; title: string; successMeasure: string; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('goals')
    .values({
      tandem_id: values.tandemId,
      position: values.position,
      title: values.title,
      success_measure: values.successMeasure,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateGoal(
  db: Queryable,
  goalId: string,
  values: Partial<{
    position: number;
    title: string;
    successMeasure: string;
    state: GoalState;
    stateComment: string;
    removedAt: Date;
  }> & { now: Date },
) {
  await db
    .updateTable('goals')
    .set({
      ...(values.position !== undefined ? { position: values.position } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.successMeasure !== undefined ? { success_measure: values.successMeasure } : {}),
      ...(values.state !== undefined ? { state: values.state } : {}),
      ...(values.stateComment !== undefined ? { state_comment: values.stateComment } : {}),
      ...(values.removedAt !== undefined ? { removed_at: values.removedAt } : {}),
      updated_at: values.now,
    })
    .where('id', '=', goalId)
    .execute();
}

export function listMilestones(db: Queryable, goalIds: readonly string[]) {
  if (goalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('goal_milestones')
    .select(['id', 'goal_id', 'title', 'due_on', 'done_at'])
    .where('goal_id', 'in', goalIds)
    .orderBy((eb) => eb.fn.coalesce('due_on', eb.val('9999-12-31')))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function countMilestones(db: Queryable, goalId: string) {
  const row = await db
    .selectFrom('goal_milestones')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('goal_id', '=', goalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findMilestone(db: Queryable, goalId: string, milestoneId: string) {
  return db
    .selectFrom('goal_milestones')
    .select(['id', 'title', 'due_on', 'done_at'])
    .where('goal_id', '=', goalId)
    .where('id', '=', milestoneId)
    .executeTakeFirst();
}

export async function insertMilestone(
  db: Queryable,
  values: { goalId: string; title: string; dueOn: string | null; now: Date },
) {
  await db
    .insertInto('goal_milestones')
    .values({ goal_id: values.goalId, title: values.title, due_on: values.dueOn, created_at: values.now })
    .execute();
}

export async function updateMilestone(
  db: Queryable,
  id: string,
  values: Partial<{ title: string; dueOn: string | null; doneAt: Date | null }>,
) {
  await db
    .updateTable('goal_milestones')
    .set({
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.dueOn !== undefined ? { due_on: values.dueOn } : {}),
      ...(values.doneAt !== undefined ? { done_at: values.doneAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteMilestone(db: Queryable, id: string) {
  await db.deleteFrom('goal_milestones').where('id', '=', id).execute();
}

// The timeline

/** What a timeline entry needs beyond its columns, kept so it reads right after later changes. */
export interface GoalEventDetails {
  goalTitle?: string;
  /** The title before an edit renamed the goal. */
  formerTitle?: string;
  milestoneTitle?: string;
  agreementVersion?: number;
}

export async function insertGoalEvent(
  db: Queryable,
  values: {
    tandemId: string;
    goalId?: string | null;
    authorId: string;
    kind: GoalEventKind;
    state?: GoalState | null;
    comment?: string;
    details?: GoalEventDetails;
    now: Date;
  },
) {
  await db
    .insertInto('goal_events')
    .values({
      tandem_id: values.tandemId,
      goal_id: values.goalId ?? null,
      author_id: values.authorId,
      kind: values.kind,
      state: values.state ?? null,
      comment: values.comment ?? '',
      details: JSON.stringify(values.details ?? {}),
      occurred_at: values.now,
    })
    .execute();
}

export const TIMELINE_LIMIT = 500;

/** The newest changes first; a tandem's year has far fewer than the limit. */
export function listGoalEvents(db: Queryable, tandemId: string) {
  return db
    .selectFrom('goal_events as ev')
    .leftJoin('participants as ap', 'ap.id', 'ev.author_id')
    .leftJoin('people as a', 'a.id', 'ap.person_id')
    .select([
      'ev.id',
      'ev.kind',
      'ev.goal_id',
      'ev.author_id',
      'a.name as author_name',
      'ev.state',
      'ev.comment',
      'ev.details',
      'ev.occurred_at',
    ])
    .where('ev.tandem_id', '=', tandemId)
    .orderBy('ev.id', 'desc')
    .limit(TIMELINE_LIMIT)
    .execute();
}
