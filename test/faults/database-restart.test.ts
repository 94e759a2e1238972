// A PostgreSQL restart under the running app: the process stays up, answers 503 `unavailable`
// with Retry-After while the database is away (never 500, never a hang), and recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  type Cluster,
  send,
  signInFirstCoordinator,
  sleep,
  startApp,
  startCluster,
  waitFor,
} from './support.ts';

let cluster: Cluster;
let app: AppProcess;
let cookie: string;

beforeAll(async () => {
  cluster = await startCluster();
  try {
    app = await startApp({ DATABASE_URL: cluster.url });
    cookie = await signInFirstCoordinator(app.origin);
  } catch (error) {
    cluster.destroy();
    throw error;
  }
});

afterAll(() => {
  app?.kill();
  cluster?.destroy();
});

function expectAlive() {
  expect(app.exitCode(), `the app exited:\n${app.output()}`).toBeUndefined();
}

async function expectWorking() {
  // Within a few seconds of the database's return, readiness and the signed-in session are back.
  await waitFor(
    'readiness after the database returned',
    async () => (await send(app.origin, 'GET', '/api/v1/health/ready', {}, 2_000)).status === 200,
    10_000,
  );
  const session = await send(app.origin, 'GET', '/api/v1/auth/session', { cookie }, 5_000);
  expect(session.status).toBe(200);
  expect(session.body).toMatchObject({ account: { email: 'coordinator@example.org' } });
  const organisations = await send(app.origin, 'GET', '/api/v1/organisations', { cookie }, 5_000);
  expect(organisations.status).toBe(200);
}

describe('a PostgreSQL restart under the running app', () => {
  it('works before the restart', async () => {
    await expectWorking();
  });

  it('survives pg_ctl restart -m fast and recovers by itself', async () => {
    // Warm the pool so it holds connections the restart then cuts.
    await Promise.all(
      Array.from({ length: 4 }, () => send(app.origin, 'GET', '/api/v1/auth/session', { cookie })),
    );
    cluster.restart();
    // The pool's idle connections are told of the shutdown only now; give the events a moment.
    await sleep(500);
    expectAlive();
    await expectWorking();
    expectAlive();
  });

  it('answers 503 unavailable with Retry-After while the database is stopped, then recovers', async () => {
    await Promise.all(
      Array.from({ length: 4 }, () => send(app.origin, 'GET', '/api/v1/auth/session', { cookie })),
    );
    cluster.stop();
    try {
      await sleep(300);
      expectAlive();

      // Liveness: the process answers.
      const live = await send(app.origin, 'GET', '/api/v1/health', {}, 3_000);
      expect(live.status).toBe(200);

      // Readiness: not ready, within its 1 s round-trip bound.
      const started = Date.now();
      const ready = await send(app.origin, 'GET', '/api/v1/health/ready', {}, 3_000);
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toMatch(/^\d+$/);
      expect(Date.now() - started).toBeLessThan(2_500);

      // An API request with a session: 503 unavailable in our error shape, not 500, not a hang.
      for (const path of ['/api/v1/auth/session', '/api/v1/organisations']) {
        const answer = await send(app.origin, 'GET', path, { cookie }, 8_000);
        expect(answer.status, JSON.stringify(answer.body)).toBe(503);
        expect(answer.body).toMatchObject({ error: { code: 'unavailable' } });
        expect(answer.headers['retry-after']).toMatch(/^\d+$/);
      }
      const write = await send(
        app.origin,
        'POST',
        '/api/v1/organisations',
        { cookie, body: { name: 'Written during the outage' } },
        8_000,
      );
      expect(write.status).toBe(503);
      expect(write.body).toMatchObject({ error: { code: 'unavailable' } });
      expectAlive();
    } finally {
      cluster.start();
    }
    await expectWorking();
    expectAlive();
  });
});
