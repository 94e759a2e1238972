// Two people save the same participant at the same moment, each from a form read at one version,
// against two app processes over one PostgreSQL database. The saves are made to overlap for real (a
// lock this test holds keeps both waiting, then lets them go together): one is kept, the other
// answers 409 `stale_version` and changes nothing. Before versions, both answered 200 and the
// second silently undid the first.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  type AppProcess,
  type Cluster,
  connectClient,
  namedUrl,
  send,
  signInFirstCoordinator,
  startApp,
  startCluster,
  waitFor,
} from './support.ts';

let cluster: Cluster;
const started: AppProcess[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  try {
    const results = await Promise.allSettled([
      startApp({ DATABASE_URL: namedUrl(cluster.url, 'crossmentor-a') }),
      startApp({ DATABASE_URL: namedUrl(cluster.url, 'crossmentor-b') }),
    ]);
    for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
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

async function created(answer: Promise<Answer>): Promise<{ id: string; version: number }> {
  const { status, body } = await answer;
  if (status !== 200 && status !== 201) throw new Error(`answered ${status}: ${JSON.stringify(body)}`);
  return body as { id: string; version: number };
}

/** Holds the participant's rows until both saves wait for them, then lets them go at once. */
async function overlapping(db: pg.Client, participantId: string, saves: () => Promise<Answer>[]) {
  const blocker = await connectClient(cluster.url);
  try {
    await blocker.query('begin');
    await blocker.query('select 1 from participants where id = $1 for update', [participantId]);
    const answers = saves();
    await waitFor('both saves to wait for the participant', async () => {
      const waiting = await db.query<{ n: number }>(
        `select count(distinct application_name)::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and application_name like 'crossmentor-%'`,
      );
      return waiting.rows[0]?.n === 2;
    });
    await blocker.query('commit');
    return await Promise.all(answers);
  } finally {
    await blocker.query('rollback').catch(() => {});
    await blocker.end().catch(() => {});
  }
}

describe('two people saving one participant at once', () => {
  it('keeps one save; the other answers 409 stale_version and changes nothing', async () => {
    const [a, b] = started as [AppProcess, AppProcess];
    const cookie = await signInFirstCoordinator(a.origin);
    const organisation = await created(
      send(a.origin, 'POST', '/api/v1/organisations', { cookie, body: { name: 'Alpha Bank' } }),
    );
    const cycle = await created(
      send(a.origin, 'POST', '/api/v1/cycles', {
        cookie,
        body: { name: 'Cycle 2027', startsOn: '2027-01-15', endsOn: '2027-12-15' },
      }),
    );
    await created(
      send(a.origin, 'PUT', `/api/v1/cycles/${cycle.id}/organisations/${organisation.id}`, { cookie }),
    );
    const participant = await created(
      send(a.origin, 'POST', '/api/v1/participants', {
        cookie,
        body: {
          cycleId: cycle.id,
          organisationId: organisation.id,
          role: 'mentee',
          name: 'Mia Mentee',
          email: 'mia@alpha.example',
          jobTitle: 'Team Lead',
        },
      }),
    );

    const db = await connectClient(cluster.url);
    try {
      const path = `/api/v1/participants/${participant.id}`;
      const [onA, onB] = await overlapping(db, participant.id, () => [
        send(a.origin, 'PATCH', path, {
          cookie,
          body: { version: participant.version, jobTitle: 'Head of Payments' },
        }),
        send(b.origin, 'PATCH', path, { cookie, body: { version: participant.version, location: 'Kiel' } }),
      ]);
      const statuses = [onA!.status, onB!.status].sort();
      expect(statuses, JSON.stringify([onA!.body, onB!.body])).toEqual([200, 409]);
      const [kept, refused] = onA!.status === 200 ? [onA!, onB!] : [onB!, onA!];
      expect((refused.body as { error: { code: string } }).error.code).toBe('stale_version');

      const saved = await send(a.origin, 'GET', path, { cookie });
      const wanted =
        kept === onA
          ? { jobTitle: 'Head of Payments', location: '' }
          : { jobTitle: 'Team Lead', location: 'Kiel' };
      expect(saved.body).toMatchObject({ ...wanted, version: (kept.body as { version: number }).version });
      const updates = await db.query(
        `select count(*)::int as n from audit_log where action = 'participant.updated'`,
      );
      expect(updates.rows[0]?.n).toBe(1);
    } finally {
      await db.end().catch(() => {});
    }
  });
});
