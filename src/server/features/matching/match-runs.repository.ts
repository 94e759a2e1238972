import { sql } from 'kysely';
import type { MatchRun } from '../../../shared/contract/matching.ts';
import type { MatchRunsTable, Queryable } from '../../db/database.ts';

type RunRow = Omit<MatchRunsTable, 'id' | 'started_at' | 'input'> & {
  id: string;
  started_at: Date;
  started_by_name: string | null;
};

function runQuery(db: Queryable) {
  return db
    .selectFrom('match_runs as r')
    .leftJoin('accounts as a', 'a.id', 'r.started_by')
    .select([
      'r.id',
      'r.cycle_id',
      'r.number',
      'r.mode',
      'r.status',
      'r.engine_version',
      'r.mentees',
      'r.mentors',
      'r.matched',
      'r.unmatched',
      'r.total_score',
      'r.mean_score',
      'r.criterion_averages',
      'r.blocking_pairs',
      'r.progress',
      'r.error',
      'r.started_by',
      'r.started_at',
      'r.finished_at',
      'a.name as started_by_name',
    ]);
}

function toRun(row: RunRow): MatchRun {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    number: Number(row.number),
    mode: row.mode,
    status: row.status,
    engineVersion: row.engine_version,
    mentees: Number(row.mentees),
    mentors: Number(row.mentors),
    matched: row.matched === null ? null : Number(row.matched),
    unmatched: row.unmatched === null ? null : Number(row.unmatched),
    totalScore: row.total_score === null ? null : Number(row.total_score),
    meanScore: row.mean_score === null ? null : Number(row.mean_score),
    criterionAverages: (row.criterion_averages as Record<string, number> | null) ?? null,
    blockingPairs: row.blocking_pairs === null ? null : Number(row.blocking_pairs),
    progress: (row.progress as MatchRun['progress']) ?? null,
    error: row.error,
    startedAt: row.started_at.toISOString(),
    seconds: row.finished_at ? (row.finished_at.getTime() - row.started_at.getTime()) / 1000 : null,
    startedBy: row.started_by_name,
  };
}

export async function findRun(db: Queryable, id: string): Promise<MatchRun | null> {
  const row = await runQuery(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toRun(row as RunRow) : null;
}

export async function listRuns(db: Queryable, cycleId: string): Promise<MatchRun[]> {
  const rows = await runQuery(db).where('r.cycle_id', '=', cycleId).orderBy('r.number', 'desc').execute();
  return rows.map((r) => toRun(r as RunRow));
}

/** Locks the cycle's row: starting a run (the check for a running one, its number) goes one at a time. */
export async function lockCycleRuns(db: Queryable, cycleId: string) {
  await sql`select id from cycles where id = ${cycleId} for update`.execute(db);
}

export async function findRunningRun(db: Queryable, cycleId: string) {
  return db
    .selectFrom('match_runs')
    .select(['id', 'number'])
    .where('cycle_id', '=', cycleId)
    .where('status', '=', 'running')
    .executeTakeFirst();
}

/** The advisory lock a run's process holds while the run is running (one bigint per run). */
const runLockKey = (id: string) => sql<bigint>`hashtextextended(${`match_run:${id}`}, 0)`;

/**
 * Takes the run's lock on a connection the running process keeps for the whole run. Its session
 * ends when the process does, however it ends, and the lock goes with it.
 */
export async function takeRunLock(db: Queryable, id: string) {
  await sql`select pg_advisory_lock(${runLockKey(id)})`.execute(db);
}

export async function releaseRunLock(db: Queryable, id: string) {
  await sql`select pg_advisory_unlock(${runLockKey(id)})`.execute(db);
}

/**
 * Marks failed every running run (of one cycle, or of all) whose process died, and answers the ids
 * it marked. A run is dead when nobody holds its lock (the process that took it is gone) or when its
 * heartbeat is older than `silentSince` (a process that hangs). Runs in `ours` are this process's
 * own and alive: on PGlite, where one session does everything, their lock proves nothing.
 */
export async function failDeadRuns(
  db: Queryable,
  values: { cycleId: string | null; ours: readonly string[]; silentSince: Date; error: string; now: Date },
): Promise<string[]> {
  let query = db
    .updateTable('match_runs')
    .set({ status: 'failed', error: values.error, finished_at: values.now, progress: null })
    .where('status', '=', 'running')
    .where((eb) =>
      eb.or([
        eb('heartbeat_at', '<', values.silentSince),
        eb.and([
          ...(values.ours.length > 0 ? [eb('id', 'not in', values.ours)] : []),
          // Taken only when free, and given back when this statement's transaction ends.
          eb(
            sql<boolean>`pg_try_advisory_xact_lock(hashtextextended('match_run:' || id::text, 0))`,
            '=',
            true,
          ),
        ]),
      ]),
    );
  if (values.cycleId !== null) query = query.where('cycle_id', '=', values.cycleId);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}

/** The running process says the run is alive. */
export async function touchRun(db: Queryable, id: string, now: Date) {
  await db
    .updateTable('match_runs')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function insertRun(
  db: Queryable,
  values: {
    /** Chosen by the caller when it must hold the run's lock before the row exists. */
    id?: string;
    cycleId: string;
    mode: 'optimal' | 'stable';
    engineVersion: string;
    input: unknown;
    mentees: number;
    mentors: number;
    startedBy: string;
    now: Date;
  },
): Promise<string> {
  // The cycle's row lock numbers runs without gaps or duplicates, also across app processes.
  await lockCycleRuns(db, values.cycleId);
  const last = await db
    .selectFrom('match_runs')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('cycle_id', '=', values.cycleId)
    .executeTakeFirst();
  const row = await db
    .insertInto('match_runs')
    .values({
      ...(values.id ? { id: values.id } : {}),
      cycle_id: values.cycleId,
      number: Number(last?.n ?? 0) + 1,
      mode: values.mode,
      status: 'running',
      engine_version: values.engineVersion,
      input: JSON.stringify(values.input),
      mentees: values.mentees,
      mentors: values.mentors,
      matched: null,
      unmatched: null,
      total_score: null,
      mean_score: null,
      criterion_averages: null,
      blocking_pairs: null,
      progress: null,
      error: null,
      started_by: values.startedBy,
      started_at: values.now,
      finished_at: null,
      heartbeat_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRunProgress(
  db: Queryable,
  id: string,
  progress: { phase: string; done: number; total: number },
  now: Date,
) {
  await db
    .updateTable('match_runs')
    .set({ progress: JSON.stringify(progress), heartbeat_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Marks a running run failed; one already marked (dead, then finished after all) stays as it is. */
export async function failRun(db: Queryable, id: string, error: string, now: Date) {
  await db
    .updateTable('match_runs')
    .set({ status: 'failed', error, finished_at: now, progress: null })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export interface RunPair {
  menteeId: string;
  mentorId: string;
  score: number;
  contributions: { criterion: string; points: number }[];
  reasons: string[];
  pinned: boolean;
}

/**
 * Saves a finished run's result. Answers false, and saves nothing, when the run is no longer
 * running: it was marked dead meanwhile (its heartbeat stopped for too long) and another run may
 * have started since.
 */
export async function completeRun(
  db: Queryable,
  id: string,
  summary: {
    matched: number;
    unmatched: number;
    totalScore: number;
    meanScore: number | null;
    criterionAverages: Record<string, number>;
    blockingPairs: number | null;
  },
  pairs: readonly RunPair[],
  unmatched: readonly { menteeId: string; reasons: string[] }[],
  now: Date,
): Promise<boolean> {
  const marked = await db
    .updateTable('match_runs')
    .set({
      status: 'done',
      matched: summary.matched,
      unmatched: summary.unmatched,
      total_score: summary.totalScore,
      mean_score: summary.meanScore,
      criterion_averages: JSON.stringify(summary.criterionAverages),
      blocking_pairs: summary.blockingPairs,
      progress: null,
      finished_at: now,
      heartbeat_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) === 0) return false;
  for (let i = 0; i < pairs.length; i += 1000) {
    await db
      .insertInto('match_run_pairs')
      .values(
        pairs.slice(i, i + 1000).map((p) => ({
          run_id: id,
          mentee_id: p.menteeId,
          mentor_id: p.mentorId,
          score: p.score,
          contributions: JSON.stringify(p.contributions),
          reasons: p.reasons,
          pinned: p.pinned,
        })),
      )
      .execute();
  }
  for (let i = 0; i < unmatched.length; i += 1000) {
    await db
      .insertInto('match_run_unmatched')
      .values(
        unmatched.slice(i, i + 1000).map((u) => ({ run_id: id, mentee_id: u.menteeId, reasons: u.reasons })),
      )
      .execute();
  }
  return true;
}

export async function listRunPairs(db: Queryable, runId: string): Promise<RunPair[]> {
  const rows = await db.selectFrom('match_run_pairs').selectAll().where('run_id', '=', runId).execute();
  return rows.map((r) => ({
    menteeId: r.mentee_id,
    mentorId: r.mentor_id,
    score: Number(r.score),
    contributions: r.contributions as RunPair['contributions'],
    reasons: r.reasons,
    pinned: r.pinned,
  }));
}
