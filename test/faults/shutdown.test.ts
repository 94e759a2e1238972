// SIGTERM while requests are in flight and a slow SMTP server is handed a batch of mail: the app
// stops accepting requests at once, finishes those in flight, stops sending between two messages
// (releasing the rest for another process), and exits 0 within 10 s.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  type AppProcess,
  type Cluster,
  connectClient,
  send,
  signInFirstCoordinator,
  sleep,
  startApp,
  startCluster,
  waitFor,
} from './support.ts';

const SMTP_DELAY_MS = 3_000;
const MESSAGES = 6;

let cluster: Cluster;
let app: AppProcess | undefined;
let smtp: SMTPServer;
let smtpPort: number;
let delivered = 0;
let smtpStarted = 0;

beforeAll(async () => {
  // An SMTP server that takes 3 s to accept each message: the batch would take 18 s.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      smtpStarted++;
      stream.resume();
      stream.on('end', () => {
        setTimeout(() => {
          delivered++;
          callback();
        }, SMTP_DELAY_MS);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  cluster = await startCluster();
});

afterAll(async () => {
  app?.kill();
  cluster?.destroy();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe('SIGTERM', () => {
  it('refuses new requests, finishes those in flight, stops mail between messages, exits 0 within 10 s', async () => {
    const running = await startApp({
      DATABASE_URL: cluster.url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      MAIL_FROM: 'crossmentor <mentoring@example.org>',
      PUBLIC_ORIGIN: 'https://mentoring.example.org',
    });
    app = running;
    const cookie = await signInFirstCoordinator(running.origin);
    const created = await send(running.origin, 'POST', '/api/v1/organisations', {
      cookie,
      body: { name: 'Before the signal' },
    });
    expect(created.status).toBe(201);
    const organisationId = (created.body as { id: string }).id;

    const db = await connectClient(cluster.url);
    try {
      for (let i = 0; i < MESSAGES; i++) {
        await db.query(`insert into outbox (recipient, subject, body) values ($1, $2, 'Hello')`, [
          `person${i}@example.org`,
          `Message ${i}`,
        ]);
      }
      // The mail sender polls every 5 s; wait until the SMTP server is handed the first message.
      await waitFor('the first message to reach the SMTP server', () => smtpStarted > 0, 15_000);

      // A slow request: its update waits for a row lock this test holds.
      const blocker = await connectClient(cluster.url);
      await blocker.query('begin');
      await blocker.query('select 1 from organisations where id = $1 for update', [organisationId]);
      const slow = send(
        running.origin,
        'PATCH',
        `/api/v1/organisations/${organisationId}`,
        {
          cookie,
          body: {
            name: 'Renamed while shutting down',
            version: (created.body as { version: number }).version,
          },
        },
        12_000,
      );
      await waitFor('the slow request to wait for the lock', async () => {
        const waiting = await db.query(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = 'postgres'`,
        );
        return waiting.rows[0].n > 0;
      });

      const signalled = Date.now();
      running.child.kill('SIGTERM');
      await sleep(300);

      // A request after the signal is refused or its connection closed; never answered 200 with work done.
      const late: Answer | Error = await send(
        running.origin,
        'POST',
        '/api/v1/organisations',
        { cookie, body: { name: 'After the signal' } },
        5_000,
      ).catch((error: Error) => error);
      if (late instanceof Error) {
        expect(late.message).toMatch(/ECONNREFUSED|ECONNRESET|socket hang up/);
      } else {
        expect(late.status, JSON.stringify(late.body)).toBe(503);
      }

      // The slow request finishes once the lock goes.
      await sleep(500);
      await blocker.query('commit');
      await blocker.end();
      const slowAnswer = await slow;
      expect(slowAnswer.status, JSON.stringify(slowAnswer.body)).toBe(200);
      expect(slowAnswer.body).toMatchObject({ name: 'Renamed while shutting down' });

      const code = await Promise.race([running.exited, sleep(10_000).then(() => 'still running' as const)]);
      const took = Date.now() - signalled;
      expect(code, running.output()).toBe(0);
      expect(took).toBeLessThan(10_000);

      const names = await db.query('select name from organisations order by name');
      expect(names.rows.map((r) => r.name)).toEqual(['Renamed while shutting down']);

      // The message being sent was finished; the rest went back to the outbox, due at once and with
      // no attempt counted, for another process to send.
      const outbox = await db.query(
        `select status, attempts, next_attempt_at <= now() as due from outbox order by subject`,
      );
      const sent = outbox.rows.filter((r) => r.status === 'sent');
      expect(sent.length).toBe(delivered);
      expect(delivered).toBeGreaterThanOrEqual(1);
      expect(delivered).toBeLessThan(MESSAGES);
      for (const row of outbox.rows.filter((r) => r.status !== 'sent')) {
        expect(row).toEqual({ status: 'pending', attempts: 0, due: true });
      }
    } finally {
      await db.end();
    }
  });
});
