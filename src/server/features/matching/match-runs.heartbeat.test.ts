import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createCycle } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import {
  type MatchInput,
  type MatchResult,
  matchTandems,
  type Progress,
} from '../../../core/matching/index.ts';
import type { Actor } from '../../http/actor.ts';
import { insertRun, releaseRunLock, takeRunLock } from './match-runs.repository.ts';
import {
  DEAD_RUN_AFTER_MS,
  DEAD_RUN_ERROR,
  ENGINE_VERSION,
  failDeadMatchRuns,
  type MatchRunDeps,
  startMatchRun,
} from './match-runs.service.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const asCoordinator = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  callApi(t, c.cookies.coordinator, method, url, payload);

/** A run left "running" by a process that died: nobody updates its heartbeat any more. */
async function orphanedRun(cycleId = c.cycleId) {
  return t.db.transaction().execute((trx) =>
    insertRun(trx, {
      cycleId,
      mode: 'optimal',
      engineVersion: ENGINE_VERSION,
      input: {},
      mentees: 2,
      mentors: 1,
      startedBy: c.accounts.coordinator,
      now: t.clock.now(),
    }),
  );
}

async function runRow(id: string) {
  return t.db
    .selectFrom('match_runs')
    .select(['status', 'error', 'heartbeat_at', 'finished_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function waitFor(check: () => Promise<boolean>) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

describe('a run whose process died', () => {
  it('is marked failed at once (nobody holds its lock), and a new run starts', async () => {
    const orphan = await orphanedRun();
    const started = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, {
      mode: 'optimal',
    });
    expect(started.status).toBe(202);
    expect(started.body.number).toBe(2);
    expect(await runRow(orphan)).toMatchObject({
      status: 'failed',
      error: DEAD_RUN_ERROR,
      finished_at: t.clock.now(),
    });
    // The board follows the old run through its own address and sees why it failed.
    const old = await asCoordinator('GET', `/api/v1/match-runs/${orphan}`);
    expect(old.body).toMatchObject({
      status: 'failed',
      error: 'The server stopped during this run; run it again.',
    });
    await waitFor(async () => (await runRow(started.body.id)).status !== 'running');
    expect((await runRow(started.body.id)).status).toBe('done');
  });

  it('is marked failed when the runs are listed or the run is read', async () => {
    const listed = await orphanedRun();
    const other = await createCycle(t.db, [c.organisationA, c.organisationB], 'Cycle 2028');
    const read = await orphanedRun(other);
    const runs = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/match-runs`);
    expect(runs.body.runs[0]).toMatchObject({ id: listed, status: 'failed', error: DEAD_RUN_ERROR });
    // Listing one cycle leaves the other's runs alone; reading that run marks it.
    expect((await runRow(read)).status).toBe('running');
    const single = await asCoordinator('GET', `/api/v1/match-runs/${read}`);
    expect(single.body).toMatchObject({ status: 'failed', error: DEAD_RUN_ERROR });
  });

  it('is marked failed at start-up', async () => {
    const dead = await orphanedRun();
    const other = await createCycle(t.db, [c.organisationA, c.organisationB], 'Cycle 2028');
    const alsoDead = await orphanedRun(other);
    expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(2);
    expect(await runRow(dead)).toMatchObject({ status: 'failed', error: DEAD_RUN_ERROR });
    expect(await runRow(alsoDead)).toMatchObject({ status: 'failed', error: DEAD_RUN_ERROR });
    expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(0);
  });
});

// Another live process is a connection of its own holding the run's lock: PostgreSQL only (PGlite
// is one process with one session).
describe.skipIf(!process.env.DATABASE_URL)('a run another live process holds (PostgreSQL)', () => {
  /** Holds the run's lock on a connection of its own until the returned function is called. */
  async function holdElsewhere(runId: string) {
    let letGo: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    let taken: () => void = () => {};
    const isTaken = new Promise<void>((resolve) => {
      taken = resolve;
    });
    const done = t.db.connection().execute(async (connection) => {
      await takeRunLock(connection, runId);
      taken();
      await released;
      await releaseRunLock(connection, runId);
    });
    await isTaken;
    return async () => {
      letGo();
      await done;
    };
  }

  it('blocks a new run while its heartbeat is fresh, and is taken for hung after 30 s', async () => {
    const run = await orphanedRun();
    const letGo = await holdElsewhere(run);
    try {
      t.clock.advance(10_000);
      const blocked = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, {
        mode: 'optimal',
      });
      expect(blocked.status).toBe(409);
      expect(blocked.body.error.message).toMatch(/still running/);
      expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(0);
      expect((await runRow(run)).status).toBe('running');

      t.clock.advance(DEAD_RUN_AFTER_MS);
      expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(1);
      expect(await runRow(run)).toMatchObject({ status: 'failed', error: DEAD_RUN_ERROR });
    } finally {
      await letGo();
    }
  });

  it('is taken for dead as soon as that process’s connection goes', async () => {
    const run = await orphanedRun();
    const letGo = await holdElsewhere(run);
    expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(0);
    await letGo();
    expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(1);
  });
});

describe('the heartbeat of a running run', () => {
  const coordinator = (): Actor => ({
    accountId: c.accounts.coordinator,
    email: 'coordinator@example.org',
    name: 'Carla Coordinator',
    role: 'coordinator',
    organisationId: null,
    personId: null,
    ip: null,
  });

  /** An engine the test finishes by hand, reporting progress when told. */
  function heldEngine() {
    let release: () => void = () => {};
    let report: (progress: Progress) => void = () => {};
    const engine = (
      input: MatchInput,
      mode: 'optimal' | 'stable',
      _w: boolean,
      onProgress: typeof report,
    ) => {
      report = onProgress;
      return new Promise<MatchResult>((resolve, reject) => {
        release = () => matchTandems(input, { mode, explain: true }).then(resolve, reject);
      });
    };
    return { engine, release: () => release(), progress: (p: Progress) => report(p) };
  }

  const deps = (engine: MatchRunDeps['engine'], heartbeatMs: number): MatchRunDeps => ({
    db: t.db,
    clock: t.clock.now,
    inWorker: false,
    sharedDatabase: Boolean(process.env.DATABASE_URL),
    log: { error: () => {} },
    heartbeatMs,
    engine,
  });

  it('is written while the engine works, so a long run is never taken for dead', async () => {
    const held = heldEngine();
    const { run, finished } = await startMatchRun(deps(held.engine, 20), coordinator(), c.cycleId, 'optimal');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(20_000);
      const now = t.clock.now().getTime();
      await waitFor(async () => (await runRow(run.id)).heartbeat_at.getTime() === now);
    }
    // A minute after the start, the run is alive: listing leaves it running, a new run is refused.
    const runs = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/match-runs`);
    expect(runs.body.runs[0]).toMatchObject({ id: run.id, status: 'running' });
    const second = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, {
      mode: 'optimal',
    });
    expect(second.status).toBe(409);
    held.release();
    await finished;
    expect((await runRow(run.id)).status).toBe('done');
  });

  it('is written with each progress report', async () => {
    const held = heldEngine();
    const { run, finished } = await startMatchRun(
      deps(held.engine, 60_000),
      coordinator(),
      c.cycleId,
      'optimal',
    );
    t.clock.advance(20_000);
    held.progress({ phase: 'solve', done: 1, total: 2 });
    const now = t.clock.now().getTime();
    await waitFor(async () => (await runRow(run.id)).heartbeat_at.getTime() === now);
    held.release();
    await finished;
  });

  it('leaves a run marked dead failed when its engine finishes after all', async () => {
    const held = heldEngine();
    const { run, finished } = await startMatchRun(
      deps(held.engine, 60_000),
      coordinator(),
      c.cycleId,
      'optimal',
    );
    t.clock.advance(DEAD_RUN_AFTER_MS + 1_000);
    expect(await failDeadMatchRuns(t.db, t.clock.now())).toBe(1);
    held.release();
    await finished;
    expect(await runRow(run.id)).toMatchObject({ status: 'failed', error: DEAD_RUN_ERROR });
    const pairs = await t.db
      .selectFrom('match_run_pairs')
      .select('run_id')
      .where('run_id', '=', run.id)
      .execute();
    expect(pairs).toEqual([]);
    const draft = await t.db
      .selectFrom('cycle_drafts')
      .select('run_id')
      .where('cycle_id', '=', c.cycleId)
      .executeTakeFirst();
    expect(draft?.run_id ?? null).toBeNull();
  });
});
