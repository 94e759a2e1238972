// Two app processes on two ports over one PostgreSQL database, as docs/deploy.md describes: both
// start (and migrate) at once on an empty database, a session made on one works on the other, and
// a reminder both processes find due at the same moment goes out once.
import pg from 'pg';
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
let a: AppProcess;
let b: AppProcess;
const started: AppProcess[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  try {
    // Each process names its connections, so the test can see which one waits on a lock.
    const env = (name: string) => ({
      DATABASE_URL: `${cluster.url}?application_name=${name}`,
      // The smallest interval the job allows: a pass every second in each process.
      REMINDER_INTERVAL_SECONDS: '1',
    });
    const results = await Promise.allSettled([
      startApp(env('crossmentor-a')),
      startApp(env('crossmentor-b')),
    ]);
    for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    [a, b] = started as [AppProcess, AppProcess];
  } catch (error) {
    for (const app of started) app.kill();
    cluster.destroy();
    throw error;
  }
});

afterAll(() => {
  for (const app of started) app.kill();
  cluster?.destroy();
});

function expectBothAlive() {
  expect(a.exitCode(), `process A exited:\n${a.output()}`).toBeUndefined();
  expect(b.exitCode(), `process B exited:\n${b.output()}`).toBeUndefined();
}

describe('two app processes over one database', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const cookie = await signInFirstCoordinator(a.origin);

    const session = await send(b.origin, 'GET', '/api/v1/auth/session', { cookie });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ account: { email: 'coordinator@example.org' } });

    const created = await send(b.origin, 'POST', '/api/v1/organisations', {
      cookie,
      body: { name: 'Made on B' },
    });
    expect(created.status).toBe(201);
    const listed = await send(a.origin, 'GET', '/api/v1/organisations', { cookie });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('Made on B');

    const signOut = await send(b.origin, 'POST', '/api/v1/auth/sign-out', { cookie });
    expect(signOut.status).toBeLessThan(300);
    const afterSignOut = await send(a.origin, 'GET', '/api/v1/auth/session', { cookie });
    expect(afterSignOut.status).toBe(401);
    expectBothAlive();
  });

  it('send a reminder both find due at the same moment once', async () => {
    const db = new pg.Client({ connectionString: cluster.url });
    const blocker = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    await blocker.connect();
    try {
      // Hold up every mail being queued (reads go through): each process's pass lists the due
      // reminder and then waits, inside its claim's transaction (docs/reminders.md: key and mail
      // in one transaction), either here or on the other's claim. Released together, the claims
      // really overlap; without them both mails would be queued.
      await blocker.query('begin');
      await blocker.query('lock table outbox in exclusive mode');

      // A profile reminder is due: a participant of an open cycle, added 8 days ago, profile unfinished.
      const email = 'unfinished@example.org';
      const {
        rows: [participant],
      } = await db.query<{ id: string }>(
        `with o as (insert into organisations (name) values ('Reminder Org') returning id),
              c as (insert into cycles (name, starts_on, ends_on, status)
                    values ('Open cycle', current_date, current_date + 365, 'open') returning id),
              co as (insert into cycle_organisations (cycle_id, organisation_id)
                     select c.id, o.id from c, o),
              pe as (insert into people (organisation_id, email, name)
                     select o.id, $1, 'Una Finished' from o returning id)
         insert into participants (cycle_id, person_id, role, created_at)
         select c.id, pe.id, 'mentee', now() - interval '8 days' from c, pe
         returning id`,
        [email],
      );
      expect(participant).toBeDefined();

      await waitFor(
        'both processes to reach the reminder claim',
        async () => {
          const waiting = await db.query<{ application_name: string }>(
            `select distinct application_name from pg_stat_activity
              where wait_event_type = 'Lock' and application_name like 'crossmentor-%'`,
          );
          return waiting.rows.length === 2;
        },
        15_000,
      );
      await blocker.query('commit');

      await waitFor(
        'the reminder to be queued',
        async () => {
          const queued = await db.query(`select 1 from outbox where recipient = $1`, [email]);
          return (queued.rowCount ?? 0) > 0;
        },
        10_000,
      );
      // A few more passes of each process (one a second): still exactly one.
      await sleep(3_000);

      const outbox = await db.query<{ kind: string; status: string }>(
        `select kind, status from outbox where recipient = $1`,
        [email],
      );
      expect(outbox.rows).toEqual([{ kind: 'reminder.profile', status: 'pending' }]);
      const claims = await db.query(`select key from reminders_sent where key like $1`, [
        `profile:${participant?.id}:%`,
      ]);
      expect(claims.rowCount).toBe(1);
      expectBothAlive();
    } finally {
      await blocker.query('rollback').catch(() => {});
      await blocker.end().catch(() => {});
      await db.end().catch(() => {});
    }
  });
});
