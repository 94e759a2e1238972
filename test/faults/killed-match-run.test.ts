// A match run whose process is killed (SIGKILL) while the run is `running`: nobody finishes it, so
// it must not block the cycle for good. While the process lives, it holds the run's lock and every
// other process sees the run as running; once it is gone, the lock is too, so a process started
// afterwards marks the run failed at start-up and one that was running all along marks it failed at
// the next look, with no wait. Either way the board reads why ("The server stopped during this run;
// run it again.") and a new run starts at once.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  backendsOf,
  type Cluster,
  connectClient,
  namedUrl,
  send,
  signInFirstCoordinator,
  startApp,
  startCluster,
  waitFor,
} from './support.ts';

/** The wording the board shows (DEAD_RUN_ERROR in match-runs.service.ts), spelled out on purpose. */
const STOPPED = 'The server stopped during this run; run it again.';
const MENTEES = 200;
const MENTORS = 100;

let cluster: Cluster;
let db: pg.Client;
let cookie: string;
let cycleId: string;
const apps: AppProcess[] = [];

async function start(name: string) {
  const app = await startApp({ DATABASE_URL: namedUrl(cluster.url, name) });
  apps.push(app);
  return app;
}

beforeAll(async () => {
  cluster = await startCluster();
  try {
    db = await connectClient(cluster.url);
    const first = await start('crossmentor-first');
    cookie = await signInFirstCoordinator(first.origin);
    const organisations: string[] = [];
    for (const name of ['Alpha Bank', 'Beta Motors']) {
      const created = await send(first.origin, 'POST', '/api/v1/organisations', { cookie, body: { name } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      organisations.push((created.body as { id: string }).id);
    }
    const cycle = await send(first.origin, 'POST', '/api/v1/cycles', {
      cookie,
      body: { name: 'Cycle 2027', startsOn: '2027-01-15', endsOn: '2027-12-15' },
    });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    cycleId = (cycle.body as { id: string }).id;
    for (const organisationId of organisations) {
      const joined = await send(
        first.origin,
        'PUT',
        `/api/v1/cycles/${cycleId}/organisations/${organisationId}`,
        {
          cookie,
        },
      );
      expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    }
    // People of both organisations, by SQL: mentors with two places each, so every mentee can be matched.
    await db.query(
      `insert into people (organisation_id, email, name, job_title, seniority, languages, location)
       select (array[$1, $2]::uuid[])[1 + i % 2], 'person' || i || '@example.org', 'Person ' || i,
              'Analyst', 1 + i % 6, '{de,en}', (array['Berlin', 'Hamburg', 'Munich'])[1 + i % 3]
       from generate_series(1, $3::int) as i`,
      [organisations[0], organisations[1], MENTEES + MENTORS],
    );
    await db.query(
      `insert into participants (cycle_id, person_id, role, goals, expertise, capacity)
       select $1, id, case when n <= $2 then 'mentor' else 'mentee' end,
              (array['negotiation', 'leadership', 'strategy, finance'])[1 + n % 3],
              (array['negotiation, leadership', 'strategy', 'finance'])[1 + n % 3], 2
       from (select id, row_number() over (order by email) as n from people) as p`,
      [cycleId, MENTORS],
    );
  } catch (error) {
    for (const app of apps) app.kill();
    await db?.end().catch(() => {});
    cluster.destroy();
    throw error;
  }
});

afterAll(async () => {
  for (const app of apps) app.kill();
  await db?.end().catch(() => {});
  cluster?.destroy();
});

async function runRow(id: string) {
  const { rows } = await db.query<{ status: string; error: string | null }>(
    'select status, error from match_runs where id = $1',
    [id],
  );
  return rows[0];
}

async function startRun(app: AppProcess) {
  return send(app.origin, 'POST', `/api/v1/cycles/${cycleId}/match-runs`, {
    cookie,
    body: { mode: 'optimal' },
  });
}

/**
 * Starts a run on `app` and kills the process with SIGKILL while the run is `running`. So that the
 * run cannot finish before the kill, whatever the machine's speed, the test holds a lock that the
 * run's save needs (rows of match_run_pairs): the engine may finish, the result is never saved.
 * After the kill the lock goes and the dead process's connections end (its open save rolls back),
 * leaving the run as a crash leaves it: `running`, with a heartbeat nobody renews.
 */
async function runAndKill(app: AppProcess, name: string, whileAlive?: (runId: string) => Promise<void>) {
  const blocker = await connectClient(cluster.url);
  try {
    await blocker.query('begin');
    await blocker.query('lock table match_run_pairs in exclusive mode');
    const started = await startRun(app);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const runId = (started.body as { id: string; status: string }).id;
    expect(started.body).toMatchObject({ status: 'running', mentees: MENTEES, mentors: MENTORS });
    expect((await runRow(runId))?.status).toBe('running');
    await whileAlive?.(runId);

    app.child.kill('SIGKILL');
    expect(await app.exited).toBeNull();
    await blocker.query('commit');
    await waitFor(`the killed process's connections to end`, async () => (await backendsOf(db, name)) === 0);

    expect(await runRow(runId)).toEqual({ status: 'running', error: null });
    const saved = await db.query('select 1 from match_run_pairs where run_id = $1', [runId]);
    expect(saved.rowCount).toBe(0);
    return runId;
  } finally {
    await blocker.query('rollback').catch(() => {});
    await blocker.end().catch(() => {});
  }
}

async function expectRunFinishes(app: AppProcess, runId: string) {
  await waitFor(
    'the new run to finish',
    async () => {
      const run = await send(app.origin, 'GET', `/api/v1/match-runs/${runId}`, { cookie });
      return (run.body as { status: string }).status !== 'running';
    },
    20_000,
  );
  expect(await runRow(runId)).toEqual({ status: 'done', error: null });
}

describe('a match run whose process is killed mid-run', () => {
  it('is marked failed by the next process at start-up, and a new run starts', async () => {
    const doomed = apps[0]!;
    const runId = await runAndKill(doomed, 'crossmentor-first');

    const next = await start('crossmentor-next');
    // The start-up sweep ran before the process listened: no request has touched the runs yet.
    expect(await runRow(runId)).toEqual({ status: 'failed', error: STOPPED });
    expect(next.output()).toContain('match runs of a stopped server marked failed');

    const shown = await send(next.origin, 'GET', `/api/v1/match-runs/${runId}`, { cookie });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ status: 'failed', error: STOPPED, progress: null });

    const again = await startRun(next);
    expect(again.status, JSON.stringify(again.body)).toBe(202);
    await expectRunFinishes(next, (again.body as { id: string }).id);
  });

  it('is marked failed by a process still running as soon as the other is gone', async () => {
    const survivor = apps[1]!;
    const doomed = await start('crossmentor-doomed');
    const runId = await runAndKill(doomed, 'crossmentor-doomed', async (id) => {
      // While its process lives, the run is alive for everyone else: listed running, and no second run.
      const alive = await send(survivor.origin, 'GET', `/api/v1/cycles/${cycleId}/match-runs`, { cookie });
      expect((alive.body as { runs: unknown[] }).runs[0]).toMatchObject({ id, status: 'running' });
      const refused = await startRun(survivor);
      expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    });

    // Its heartbeat is seconds old, but nobody holds its lock: the next look marks it failed.
    const runs = await send(survivor.origin, 'GET', `/api/v1/cycles/${cycleId}/match-runs`, { cookie });
    expect(runs.status).toBe(200);
    expect((runs.body as { runs: unknown[] }).runs[0]).toMatchObject({
      id: runId,
      status: 'failed',
      error: STOPPED,
      progress: null,
    });
    expect(await runRow(runId)).toEqual({ status: 'failed', error: STOPPED });

    const again = await startRun(survivor);
    expect(again.status, JSON.stringify(again.body)).toBe(202);
    await expectRunFinishes(survivor, (again.body as { id: string }).id);
    expect(survivor.exitCode(), survivor.output()).toBeUndefined();
  });
});
