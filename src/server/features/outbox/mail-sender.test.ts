import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock } from '../../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { createTransport, deliverDueMessages, MAX_ATTEMPTS, readMailSettings } from './mail-sender.ts';
import { insertOutboxMessage } from './outbox.repository.ts';

interface Received {
  to: string;
  data: string;
}

/**
 * A real SMTP server on a free local port that records what it receives and can refuse recipients:
 * for now (450, try later) unless told the refusal is final (550).
 */
async function startSmtpServer(refuse: (to: string) => boolean = () => false, refusalCode = 450) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse(address.address)) {
        return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: refusalCode }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString();
      });
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let database: TestDatabase;
let clock: TestClock;
beforeEach(async () => {
  database = await createTestDatabase();
  // Messages are due from the database's now(), so the test clock starts an hour after it.
  clock = new TestClock(new Date(Date.now() + 60 * 60 * 1000));
});
afterEach(() => database.close());

const settingsFor = (port: number) =>
  readMailSettings({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    MAIL_FROM: 'crossmentor <mentoring@example.org>',
  })!;

async function outbox() {
  return database.db
    .selectFrom('outbox')
    .select(['recipient', 'status', 'attempts', 'last_error'])
    .orderBy('recipient')
    .execute();
}

describe('mail sender', () => {
  it('sends a calendar invitation as a text/calendar part with its method, and leaves held mail alone', async () => {
    const smtp = await startSmtpServer();
    try {
      const content = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
      await insertOutboxMessage(database.db, {
        recipient: 'mia@alpha.example',
        subject: 'Meeting on 4 March',
        body: 'See the invitation',
        calendar: { method: 'REQUEST', filename: 'meeting.ics', content },
      });
      await insertOutboxMessage(database.db, {
        recipient: 'ben@beta.example',
        subject: 'Reminder',
        body: 'Waits for the digest',
        held: true,
      });
      const transport = createTransport(settingsFor(smtp.port));
      const result = await deliverDueMessages(
        database.db,
        transport,
        'crossmentor <m@example.org>',
        clock.now,
      );
      transport.close();
      expect(result).toMatchObject({ claimed: 1, sent: 1 });
      expect(smtp.received.map((r) => r.to)).toEqual(['mia@alpha.example']);
      expect(smtp.received[0]!.data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      expect((await outbox()).map((m) => m.status)).toEqual(['held', 'sent']);
    } finally {
      await smtp.close();
    }
  });

  it('delivers the outbox over SMTP and records the outcome', async () => {
    const smtp = await startSmtpServer();
    try {
      await insertOutboxMessage(database.db, {
        recipient: 'mia@alpha.example',
        subject: 'Welcome',
        body: 'Hello Mia',
      });
      const transport = createTransport(settingsFor(smtp.port));
      const result = await deliverDueMessages(
        database.db,
        transport,
        'crossmentor <mentoring@example.org>',
        clock.now,
      );
      expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]!.to).toBe('mia@alpha.example');
      expect(smtp.received[0]!.data).toContain('Subject: Welcome');
      expect(await outbox()).toEqual([
        { recipient: 'mia@alpha.example', status: 'sent', attempts: 1, last_error: null },
      ]);
      // Nothing is sent twice.
      expect(await deliverDueMessages(database.db, transport, 'x@example.org', clock.now)).toEqual({
        claimed: 0,
        sent: 0,
        failed: 0,
      });
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it('stops between two messages when told to, holding no claim on those it did not try', async () => {
    const smtp = await startSmtpServer();
    try {
      for (const name of ['ada', 'ben', 'cy']) {
        await insertOutboxMessage(database.db, {
          recipient: `${name}@alpha.example`,
          subject: 'Welcome',
          body: `Hello ${name}`,
        });
      }
      const transport = createTransport(settingsFor(smtp.port));
      // Shutdown arrives while the first message is with the SMTP server.
      const result = await deliverDueMessages(
        database.db,
        transport,
        'crossmentor <mentoring@example.org>',
        clock.now,
        20,
        () => smtp.received.length > 0,
      );
      expect(result).toEqual({ claimed: 1, sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const rows = await outbox();
      expect(rows.filter((m) => m.status === 'sent')).toHaveLength(1);
      // The others were never claimed: due at once for any sender, with no attempt counted.
      expect(rows.filter((m) => m.status === 'pending').map((m) => m.attempts)).toEqual([0, 0]);
      const next = await deliverDueMessages(database.db, transport, 'x@example.org', clock.now);
      expect(next).toMatchObject({ claimed: 2, sent: 2 });
      expect(smtp.received).toHaveLength(3);
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it('retries a failed message with backoff, then succeeds', async () => {
    let refusing = true;
    const smtp = await startSmtpServer(() => refusing);
    try {
      await insertOutboxMessage(database.db, {
        recipient: 'ben@beta.example',
        subject: 'Reminder',
        body: 'Please',
      });
      const transport = createTransport(settingsFor(smtp.port));
      const first = await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now);
      expect(first).toEqual({ claimed: 1, sent: 0, failed: 1 });
      const [failed] = await outbox();
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed!.last_error).toMatch(/Mailbox unavailable/);
      refusing = false;
      // Not due yet: the first retry waits a minute.
      expect(
        (await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now)).claimed,
      ).toBe(0);
      clock.advance(61_000);
      expect(
        await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now),
      ).toMatchObject({ sent: 1 });
      expect(await outbox()).toEqual([
        { recipient: 'ben@beta.example', status: 'sent', attempts: 2, last_error: null },
      ]);
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it('gives each message one Message-ID, the same when it is sent again after a lost record', async () => {
    const smtp = await startSmtpServer();
    try {
      await insertOutboxMessage(database.db, {
        recipient: 'ben@beta.example',
        subject: 'Reminder',
        body: 'Please',
      });
      const { id } = await database.db.selectFrom('outbox').select('id').executeTakeFirstOrThrow();
      const transport = createTransport(settingsFor(smtp.port));
      const from = 'crossmentor <mentoring@example.org>';
      expect(await deliverDueMessages(database.db, transport, from, clock.now)).toMatchObject({ sent: 1 });
      // As if the process died between the server's "accepted" and marking the message sent.
      await database.db
        .updateTable('outbox')
        .set({ status: 'pending', next_attempt_at: clock.now() })
        .where('id', '=', id)
        .execute();
      expect(await deliverDueMessages(database.db, transport, from, clock.now)).toMatchObject({ sent: 1 });
      const messageIds = smtp.received.map((r) =>
        /^message-id:\s*(.+)$/im.exec(r.data.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim(),
      );
      expect(messageIds).toEqual([`<outbox-${id}@example.org>`, `<outbox-${id}@example.org>`]);
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    const smtp = await startSmtpServer(() => true);
    try {
      await insertOutboxMessage(database.db, { recipient: 'gone@beta.example', subject: 'x', body: 'y' });
      const transport = createTransport(settingsFor(smtp.port));
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now);
        clock.advance(7 * 60 * 60 * 1000);
      }
      expect(await outbox()).toMatchObject([{ status: 'failed', attempts: MAX_ATTEMPTS }]);
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it('delivers every message exactly once with two senders at work', async () => {
    const smtp = await startSmtpServer();
    try {
      for (let i = 0; i < 30; i++) {
        await insertOutboxMessage(database.db, {
          recipient: `person${i}@example.org`,
          subject: `Message ${i}`,
          body: 'Hi',
        });
      }
      const transportA = createTransport(settingsFor(smtp.port));
      const transportB = createTransport(settingsFor(smtp.port));
      const runUntilEmpty = async (transport: typeof transportA) => {
        while (
          (await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now, 4)).claimed >
          0
        ) {}
      };
      await Promise.all([runUntilEmpty(transportA), runUntilEmpty(transportB)]);
      const recipients = smtp.received.map((r) => r.to).sort();
      expect(recipients).toHaveLength(30);
      expect(new Set(recipients).size).toBe(30);
      expect((await outbox()).every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
      transportA.close();
      transportB.close();
    } finally {
      await smtp.close();
    }
  });

  it('gives up at once on a final refusal (5xx), so the recipient’s later mail is not held back', async () => {
    // The first message to Ben is refused for good; the next one is accepted.
    let refusals = 1;
    const smtp = await startSmtpServer(() => refusals-- > 0, 550);
    try {
      await insertOutboxMessage(database.db, { recipient: 'ben@beta.example', subject: 'First', body: 'y' });
      await insertOutboxMessage(database.db, { recipient: 'ben@beta.example', subject: 'Second', body: 'y' });
      const transport = createTransport(settingsFor(smtp.port));
      // One pass: the refused message is given up on, and the next one goes out at once.
      expect(await deliverDueMessages(database.db, transport, 'mentoring@example.org', clock.now)).toEqual({
        claimed: 2,
        sent: 1,
        failed: 1,
      });
      const rows = await database.db
        .selectFrom('outbox')
        .select(['subject', 'status', 'attempts'])
        .orderBy('subject')
        .execute();
      expect(rows).toEqual([
        { subject: 'First', status: 'failed', attempts: 1 },
        { subject: 'Second', status: 'sent', attempts: 1 },
      ]);
      transport.close();
    } finally {
      await smtp.close();
    }
  });

  it('is off without SMTP settings and refuses half a configuration', () => {
    expect(readMailSettings({})).toBeNull();
    expect(() => readMailSettings({ SMTP_HOST: 'mail.example.org' })).toThrow(/MAIL_FROM/);
    expect(
      readMailSettings({ SMTP_HOST: 'mail.example.org', SMTP_PORT: '465', MAIL_FROM: 'a@example.org' })
        ?.secure,
    ).toBe(true);
  });
});
