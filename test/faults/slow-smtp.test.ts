// A slow SMTP server (2 s to accept each message) and two app processes on one database, both
// sending mail: every message reaches the SMTP server once (by its Message-ID, the outbox row's id)
// and every outbox row ends `sent`. Then one process gets SIGTERM while it hands a message over:
// it finishes that message, exits 0 within 10 s, and the other process sends the rest, each once.
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppProcess,
  type Cluster,
  connectClient,
  namedUrl,
  sleep,
  startApp,
  startCluster,
  waitFor,
} from './support.ts';

const SMTP_DELAY_MS = 2_000;

interface Handed {
  messageId: string;
  /** Which process handed it over: each signs in to the SMTP server with its own user name. */
  by: string;
  accepted: boolean;
}

let cluster: Cluster;
let db: pg.Client;
let smtp: SMTPServer;
const started: AppProcess[] = [];
let a: AppProcess;
let b: AppProcess;
const handed: Handed[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      let data = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        data += chunk;
      });
      stream.on('end', () => {
        const headers = data.split(/\r?\n\r?\n/, 1)[0] ?? '';
        const entry: Handed = {
          messageId: /^message-id:\s*(\S+)/im.exec(headers)?.[1] ?? '(none)',
          by: String(session.user ?? '(anonymous)'),
          accepted: false,
        };
        handed.push(entry);
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          entry.accepted = true;
          callback();
        }, SMTP_DELAY_MS);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  cluster = await startCluster();
  try {
    db = await connectClient(cluster.url);
    const env = (name: string) => ({
      DATABASE_URL: namedUrl(cluster.url, name),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_USER: name,
      SMTP_PASSWORD: 'not checked',
      MAIL_FROM: 'crossmentor <mentoring@example.org>',
      PUBLIC_ORIGIN: 'https://mentoring.example.org',
    });
    const results = await Promise.allSettled([startApp(env('process-a')), startApp(env('process-b'))]);
    for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    [a, b] = started as [AppProcess, AppProcess];
  } catch (error) {
    for (const app of started) app.kill();
    await db?.end().catch(() => {});
    cluster.destroy();
    throw error;
  }
});

afterAll(async () => {
  for (const app of started) app.kill();
  await db?.end().catch(() => {});
  cluster?.destroy();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

/** Queues `count` messages by SQL, as any feature would; answers their Message-IDs. */
async function queue(count: number, label: string) {
  const { rows } = await db.query<{ id: string }>(
    `insert into outbox (recipient, subject, body)
     select 'person' || i || '@example.org', $2 || ' ' || i, 'Hello'
     from generate_series(1, $1::int) as i
     returning id`,
    [count, label],
  );
  return rows.map((r) => `<outbox-${r.id}@example.org>`);
}

async function outboxStatuses(messageIds: string[]) {
  const ids = messageIds.map((m) => /^<outbox-(.+)@/.exec(m)?.[1]);
  const { rows } = await db.query<{ status: string; n: number }>(
    'select status, count(*)::int as n from outbox where id = any($1::uuid[]) group by status',
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** How many times the SMTP server was handed each message. */
function timesHanded(messageIds: string[]) {
  return messageIds.map((id) => handed.filter((h) => h.messageId === id).length);
}

describe('a slow SMTP server and two processes sending mail', () => {
  it('gets each message once, and every outbox row ends sent', async () => {
    const messages = await queue(10, 'Batch');
    await waitFor(
      'every message to be sent',
      async () => (await outboxStatuses(messages)).sent === messages.length,
      25_000,
    );
    // A moment for a second (wrong) hand-over to show up.
    await sleep(500);

    expect(timesHanded(messages)).toEqual(messages.map(() => 1));
    expect(handed.every((h) => messages.includes(h.messageId))).toBe(true);
    // Both processes sent, at the same time.
    expect(new Set(handed.map((h) => h.by))).toEqual(new Set(['process-a', 'process-b']));
    expect(mostInFlight).toBe(2);
    expect(await outboxStatuses(messages)).toEqual({ sent: messages.length });
    expect(a.exitCode(), a.output()).toBeUndefined();
    expect(b.exitCode(), b.output()).toBeUndefined();
  });

  it('SIGTERM to one process mid-message: it finishes it, exits 0 within 10 s; the other sends the rest, each once', async () => {
    const before = handed.length;
    // Fewer than process B alone sends in one interval of the sender (5 s), so A takes one too.
    const messages = await queue(4, 'After');
    const aSending = () => handed.slice(before).find((h) => h.by === 'process-a' && !h.accepted);
    await waitFor('process A to be in the middle of a message', () => aSending() !== undefined, 15_000);
    const interrupted = aSending()!;

    const signalled = Date.now();
    a.child.kill('SIGTERM');
    const code = await Promise.race([a.exited, sleep(10_000).then(() => 'still running' as const)]);
    const took = Date.now() - signalled;
    expect(code, a.output()).toBe(0);
    expect(took).toBeLessThan(10_000);
    // It waited for the SMTP server's answer to the message it was handing over, and recorded it.
    expect(interrupted.accepted).toBe(true);
    const { rows } = await db.query<{ status: string }>('select status from outbox where id = $1', [
      /^<outbox-(.+)@/.exec(interrupted.messageId)?.[1],
    ]);
    expect(rows).toEqual([{ status: 'sent' }]);

    await waitFor(
      'process B to send the rest',
      async () => (await outboxStatuses(messages)).sent === messages.length,
      20_000,
    );
    await sleep(500);
    expect(timesHanded(messages)).toEqual(messages.map(() => 1));
    // After the signal, process A started no other message.
    expect(handed.slice(handed.indexOf(interrupted) + 1).filter((h) => h.by === 'process-a')).toEqual([]);
    expect(await outboxStatuses(messages)).toEqual({ sent: messages.length });
    expect(b.exitCode(), b.output()).toBeUndefined();
  });
});
