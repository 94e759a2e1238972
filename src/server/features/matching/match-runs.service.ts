import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CRITERIA, MatchingError, type MatchResult } from '../../../core/matching/index.ts';
import type { MatchRun } from '../../../shared/contract/matching.ts';
import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Db, Queryable, Trx } from '../../db/database.ts';
import { conflict, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { loadCycleForMatching } from './cycle-input.ts';
import { ensureDraft, findDraft, replaceDraftWithRun, updateDraft } from './draft.repository.ts';
import { runEngine } from './engine-runner.ts';
import {
  completeRun,
  failDeadRuns as failDeadRunsOf,
  failRun,
  findRun,
  findRunningRun,
  insertRun,
  listRunPairs,
  listRuns,
  lockCycleRuns,
  type RunPair,
  releaseRunLock,
  takeRunLock,
  touchRun,
  updateRunProgress,
} from './match-runs.repository.ts';
import { mayAdoptRun, mayReplaceDraft, mayStartRun } from './matching.policy.ts';

const say = messagesOf(errorsMatchingMessages);

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
export const ENGINE_VERSION = `crossmentor ${packageVersion} (exact b-matching, score model 1)`;

/** How often the process running the engine says the run is alive (and with each progress report). */
export const RUN_HEARTBEAT_MS = 5_000;
/** A running run whose heartbeat is older than this died with its process; another may start. */
export const DEAD_RUN_AFTER_MS = 30_000;
/** What the review board shows for a run whose process died. */
export const DEAD_RUN_ERROR = 'The server stopped during this run; run it again.';

export interface MatchRunDeps {
  db: Db;
  clock: () => Date;
  inWorker: boolean;
  /**
   * Other processes may share the database (PostgreSQL): the run's lock is held on a connection of
   * its own, so they can tell a run whose process died at once. On PGlite one process owns the
   * database and no connection may be held (it would stop every other query).
   */
  sharedDatabase: boolean;
  log: { error: (obj: object, msg: string) => void };
  /** Tests only: another heartbeat interval, another engine. */
  heartbeatMs?: number;
  engine?: typeof runEngine;
}

/** Runs this process is running now: alive, whatever their lock says. */
const runsHere = new Set<string>();
/** How to let go of each held run lock (its connection goes back to the pool). */
const heldLocks = new Map<string, () => void>();

/**
 * At shutdown: gives back every held run lock's connection, so the pool can close. The runs die
 * with the process; others see that at once.
 */
export function releaseMatchRunLocks() {
  for (const letGo of heldLocks.values()) letGo();
  heldLocks.clear();
}

/** Marks the cycle's dead runs (all cycles' with null) failed; answers their ids. */
function failDeadRuns(db: Queryable, cycleId: string | null, now: Date) {
  return failDeadRunsOf(db, {
    cycleId,
    ours: [...runsHere],
    silentSince: new Date(now.getTime() - DEAD_RUN_AFTER_MS),
    error: DEAD_RUN_ERROR,
    now,
  });
}

/**
 * Holds the run's lock on a connection of its own until `until` settles (PostgreSQL). Resolves once
 * the lock is taken; a connection that fails later only makes the run look dead to others.
 */
function holdRunLock(db: Db, runId: string, until: Promise<unknown>, log: MatchRunDeps['log']) {
  return new Promise<void>((taken, failed) => {
    db.connection()
      .execute(async (connection) => {
        await takeRunLock(connection, runId);
        taken();
        await until.catch(() => {});
        await releaseRunLock(connection, runId);
      })
      .catch((error: unknown) => {
        failed(error);
        log.error({ err: error, runId }, 'the match run lost its lock connection');
      });
  });
}

/**
 * At start-up: runs whose process died are marked failed at once (nobody holds their lock), also
 * those another process ran (its lock went with it); runs another live process is running on the
 * same database hold their lock and are left alone. One that hangs counts as dead after 30 s
 * without a heartbeat.
 */
export async function failDeadMatchRuns(db: Db, now: Date): Promise<number> {
  return (await failDeadRuns(db, null, now)).length;
}

function summarise(result: MatchResult) {
  const sums = Object.fromEntries(CRITERIA.map((c) => [c, 0])) as Record<string, number>;
  for (const pair of result.pairs) for (const c of pair.contributions) sums[c.criterion]! += c.points;
  const n = result.pairs.length;
  return {
    matched: result.matched,
    unmatched: result.unmatched.length,
    totalScore: result.totalScore,
    meanScore: n > 0 ? Math.round((result.totalScore / n) * 100) / 100 : null,
    criterionAverages: Object.fromEntries(
      Object.entries(sums).map(([c, s]) => [c, n > 0 ? Math.round((s / n) * 100) / 100 : 0]),
    ),
    blockingPairs: result.blockingPairs,
  };
}

/** Makes a finished run the cycle's draft, unless the draft is already with the organisations. */
async function adoptIntoDraft(db: Queryable, cycleId: string, runId: string, force: boolean) {
  await ensureDraft(db, cycleId);
  const draft = (await findDraft(db, cycleId, true))!;
  if (!force && draft.status !== 'editing') return false;
  enforce(mayReplaceDraft(draft));
  await replaceDraftWithRun(db, cycleId, runId);
  await updateDraft(db, cycleId, { runId, status: 'editing' });
  return true;
}

/**
 * Starts a match run on the cycle and returns at once; the engine runs in a worker thread and the
 * run's row shows its progress. `finished` settles when the run is saved (tests wait on it).
 */
export async function startMatchRun(
  deps: MatchRunDeps,
  actor: Actor,
  cycleId: string,
  mode: 'optimal' | 'stable',
): Promise<{ run: MatchRun; finished: Promise<void> }> {
  const { db, clock } = deps;
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const draft = await findDraft(db, cycleId);
  enforce(mayStartRun(actor, cycle, { status: draft?.status ?? 'editing' }));
  const data = await loadCycleForMatching(db, cycleId);
  // Most refusals come here, before a connection is set aside for the run's lock (below the answer
  // is given again under the cycle's lock, which is what decides).
  await failDeadRuns(db, cycleId, clock());
  const runningAlready = await findRunningRun(db, cycleId);
  if (runningAlready) throw conflict(say('runStillRunning', { number: runningAlready.number }));
  // The run is this process's, and (on PostgreSQL) its lock is held, before anyone can see it.
  const runId = randomUUID();
  let ended!: () => void;
  const over = new Promise<void>((resolve) => {
    ended = resolve;
  });
  runsHere.add(runId);
  heldLocks.set(runId, ended);
  const end = () => {
    runsHere.delete(runId);
    heldLocks.delete(runId);
    ended();
  };
  try {
    if (deps.sharedDatabase) await holdRunLock(db, runId, over, deps.log);
    await db.transaction().execute(async (trx) => {
      // Under the cycle's lock, so two requests cannot both find no run and start one each.
      await lockCycleRuns(trx, cycleId);
      await failDeadRuns(trx, cycleId, clock());
      const running = await findRunningRun(trx, cycleId);
      if (running) throw conflict(say('runStillRunning', { number: running.number }));
      await insertRun(trx, {
        id: runId,
        cycleId,
        mode,
        engineVersion: ENGINE_VERSION,
        input: data.input,
        mentees: data.input.mentees.length,
        mentors: data.input.mentors.length,
        startedBy: actor.accountId,
        now: clock(),
      });
      await recordAudit(trx, auditContext(actor, null), {
        action: 'match_run.started',
        targetType: 'match_run',
        targetId: runId,
        details: { cycleId, mode },
      });
    });
  } catch (error) {
    end();
    throw error;
  }

  // The heartbeat goes on while the engine works; the worker thread leaves this thread free for it.
  const heartbeat = setInterval(() => {
    touchRun(db, runId, clock()).catch(() => {});
  }, deps.heartbeatMs ?? RUN_HEARTBEAT_MS);
  heartbeat.unref();
  let lastWrite = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  const finished = (deps.engine ?? runEngine)(data.input, mode, deps.inWorker, (progress) => {
    const now = Date.now();
    if (now - lastWrite < 500) return;
    lastWrite = now;
    progressWrite = updateRunProgress(db, runId, progress, clock()).catch(() => {});
  })
    .then(async (result) => {
      await progressWrite;
      const pairs: RunPair[] = result.pairs.map((p) => ({
        menteeId: p.menteeId,
        mentorId: p.mentorId,
        score: p.score,
        contributions: p.contributions,
        reasons: p.reasons,
        pinned: p.pinned,
      }));
      await db.transaction().execute(async (trx) => {
        // A run marked dead meanwhile stays failed: another may have started and taken the draft.
        if (await completeRun(trx, runId, summarise(result), pairs, result.unmatched, clock())) {
          await adoptIntoDraft(trx, cycleId, runId, false);
        }
      });
    })
    .catch(async (error: unknown) => {
      await progressWrite;
      const message =
        error instanceof MatchingError
          ? error.message
          : 'The matching engine failed; the error has been logged.';
      if (!(error instanceof MatchingError)) deps.log.error({ err: error, runId }, 'match run failed');
      await failRun(db, runId, message, clock());
    })
    .catch((error: unknown) => {
      // The database went away: the heartbeat stops, and the run counts as dead in 30 s.
      deps.log.error({ err: error, runId }, 'match run could not be saved');
    })
    .finally(() => {
      clearInterval(heartbeat);
      end();
    });
  return { run: (await findRun(db, runId))!, finished };
}

async function visibleRun(db: Queryable, actor: Actor, runId: string) {
  const run = await findRun(db, runId);
  if (!run) throw notFound('matchRun');
  await getVisibleCycle(db, actor, run.cycleId);
  return run;
}

/** A run; one that is running but whose process died is marked failed first. */
export async function readRun(db: Queryable, actor: Actor, runId: string, now: Date) {
  const run = await visibleRun(db, actor, runId);
  if (run.status !== 'running') return run;
  const failed = await failDeadRuns(db, run.cycleId, now);
  return failed.includes(runId) ? (await findRun(db, runId))! : run;
}

/** The cycle's runs, newest first; running ones whose process died are marked failed first. */
export async function listCycleRuns(db: Queryable, actor: Actor, cycleId: string, now: Date) {
  await getVisibleCycle(db, actor, cycleId);
  await failDeadRuns(db, cycleId, now);
  return listRuns(db, cycleId);
}

export async function adoptRun(trx: Trx, actor: Actor, runId: string, version: number) {
  const run = await visibleRun(trx, actor, runId);
  enforce(mayAdoptRun(actor, run));
  await ensureDraft(trx, run.cycleId);
  const draft = (await findDraft(trx, run.cycleId, true))!;
  if (draft.version !== version) throw staleVersion(say('draftChangedReloadIt'), draft.version);
  await adoptIntoDraft(trx, run.cycleId, runId, true);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'draft.run_adopted',
    targetType: 'match_run',
    targetId: runId,
    details: { cycleId: run.cycleId },
  });
}

/** Two runs side by side: their figures and every mentee whose mentor differs. */
export async function compareRuns(db: Queryable, actor: Actor, cycleId: string, aId: string, bId: string) {
  const [a, b] = await Promise.all([visibleRun(db, actor, aId), visibleRun(db, actor, bId)]);
  if (a.cycleId !== cycleId || b.cycleId !== cycleId) throw notFound('matchRun');
  const [pairsA, pairsB, data] = await Promise.all([
    listRunPairs(db, aId),
    listRunPairs(db, bId),
    loadCycleForMatching(db, cycleId),
  ]);
  const byMenteeA = new Map(pairsA.map((p) => [p.menteeId, p]));
  const byMenteeB = new Map(pairsB.map((p) => [p.menteeId, p]));
  const name = (id: string | undefined) =>
    id ? (data.participants.get(id)?.name ?? 'a removed participant') : null;
  const differences = [];
  for (const menteeId of new Set([...byMenteeA.keys(), ...byMenteeB.keys()])) {
    const pa = byMenteeA.get(menteeId);
    const pb = byMenteeB.get(menteeId);
    if (pa?.mentorId === pb?.mentorId) continue;
    differences.push({
      menteeId,
      menteeName: name(menteeId)!,
      mentorA: name(pa?.mentorId),
      mentorB: name(pb?.mentorId),
      scoreA: pa?.score ?? null,
      scoreB: pb?.score ?? null,
    });
  }
  differences.sort((x, y) => x.menteeName.localeCompare(y.menteeName));
  return { a, b, differences };
}
