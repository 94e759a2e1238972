import { readFileSync } from 'node:fs';
import { CRITERIA, MatchingError, type MatchResult } from '../../../core/matching/index.ts';
import type { MatchRun } from '../../../shared/contract/matching.ts';
import type { Db, Queryable, Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { loadCycleForMatching } from './cycle-input.ts';
import { ensureDraft, findDraft, replaceDraftWithRun, updateDraft } from './draft.repository.ts';
import { runEngine } from './engine-runner.ts';
import {
  completeRun,
  failRun,
  failSilentRuns,
  findRun,
  findRunningRun,
  insertRun,
  listRunPairs,
  listRuns,
  lockCycleRuns,
  type RunPair,
  touchRun,
  updateRunProgress,
} from './match-runs.repository.ts';
import { mayAdoptRun, mayReplaceDraft, mayStartRun } from './matching.policy.ts';

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
  log: { error: (obj: object, msg: string) => void };
  /** Tests only: another heartbeat interval, another engine. */
  heartbeatMs?: number;
  engine?: typeof runEngine;
}

/** Marks the cycle's dead runs (all cycles' with null) failed; answers their ids. */
function failDeadRuns(db: Queryable, cycleId: string | null, now: Date) {
  return failSilentRuns(db, {
    cycleId,
    silentSince: new Date(now.getTime() - DEAD_RUN_AFTER_MS),
    error: DEAD_RUN_ERROR,
    now,
  });
}

/**
 * At start-up: runs whose process died (no heartbeat for 30 s) are marked failed. Runs another
 * process is still running on the same database keep their heartbeat and are left alone.
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
  const runId = await db.transaction().execute(async (trx) => {
    // Under the cycle's lock, so two requests cannot both find no run and start one each.
    await lockCycleRuns(trx, cycleId);
    await failDeadRuns(trx, cycleId, clock());
    const running = await findRunningRun(trx, cycleId);
    if (running) throw conflict(`Run ${running.number} is still running; wait for it to finish.`);
    const id = await insertRun(trx, {
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
      targetId: id,
      details: { cycleId, mode },
    });
    return id;
  });

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
    .finally(() => clearInterval(heartbeat));
  return { run: (await findRun(db, runId))!, finished };
}

async function visibleRun(db: Queryable, actor: Actor, runId: string) {
  const run = await findRun(db, runId);
  if (!run) throw notFound('The match run');
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
  if (draft.version !== version) throw conflict('The draft changed meanwhile; reload it and try again.');
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
  if (a.cycleId !== cycleId || b.cycleId !== cycleId) throw notFound('The match run');
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
