import type { Transporter } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock } from '../../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { deliverDueMessages, MAX_ATTEMPTS } from './mail-sender.ts';
import { insertOutboxMessage } from './outbox.repository.ts';

// One recipient's mails arrive in the order they were written: a meeting's "moved" before its
// "confirmed", or their calendar applies the older version last. Other recipients never wait.

let database: TestDatabase;
let clock: TestClock;
beforeEach(async () => {
  database = await createTestDatabase();
  // Messages are due from the database's now(), so the test clock starts an hour after it.
  clock = new TestClock(new Date(Date.now() + 60 * 60 * 1000));
});
afterEach(() => database.close());

interface Handed {
  to: string;
  subject: string;
}

/** A transport that records what it is handed, refusing what `refuse` names; it may take a moment. */
function fakeTransport(refuse: (mail: Handed) => boolean = () => false, delayMs = () => 0) {
  const handed: Handed[] = [];
  const transport = {
    sendMail: async (mail: Handed) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs()));
      if (refuse(mail)) throw new Error('451 Try again later');
      handed.push({ to: mail.to, subject: mail.subject });
      return {};
    },
  } as unknown as Pick<Transporter, 'sendMail'>;
  return { transport, handed };
}

const write = (recipient: string, subject: string) =>
  insertOutboxMessage(database.db, { recipient, subject, body: subject });

const deliver = (transport: Pick<Transporter, 'sendMail'>, batch = 20) =>
  deliverDueMessages(database.db, transport, 'crossmentor <mentoring@example.org>', clock.now, batch);

const subjectsTo = (handed: Handed[], to: string) => handed.filter((m) => m.to === to).map((m) => m.subject);

describe('the order of a recipient’s mails', () => {
  it('is the order written, even when the transaction that wrote the older one began later', async () => {
    await write('mia@alpha.example', 'Meeting moved');
    await write('ben@beta.example', 'Welcome');
    await write('mia@alpha.example', 'Meeting confirmed');
    // created_at and next_attempt_at are the time the writing transaction began: one that began
    // later can write first. Here the "moved" mail's began a second after the "confirmed" one's.
    const confirmed = await database.db
      .selectFrom('outbox')
      .select(['created_at'])
      .where('subject', '=', 'Meeting confirmed')
      .executeTakeFirstOrThrow();
    const later = new Date(confirmed.created_at.getTime() + 1000);
    await database.db
      .updateTable('outbox')
      .set({ created_at: later, next_attempt_at: later })
      .where('subject', '=', 'Meeting moved')
      .execute();
    const { transport, handed } = fakeTransport();
    expect(await deliver(transport)).toEqual({ claimed: 3, sent: 3, failed: 0 });
    expect(subjectsTo(handed, 'mia@alpha.example')).toEqual(['Meeting moved', 'Meeting confirmed']);
  });

  it('an older mail waiting for its retry holds back the newer ones to the same recipient, not to others', async () => {
    await write('mia@alpha.example', 'Meeting moved');
    await write('mia@alpha.example', 'Meeting confirmed');
    await write('ben@beta.example', 'Welcome');
    let refusals = 1;
    const { transport, handed } = fakeTransport((mail) => mail.subject === 'Meeting moved' && refusals-- > 0);

    // "moved" fails and waits a minute for its retry; "confirmed" must not overtake it meanwhile.
    expect(await deliver(transport)).toEqual({ claimed: 2, sent: 1, failed: 1 });
    expect(handed).toEqual([{ to: 'ben@beta.example', subject: 'Welcome' }]);
    expect(await deliver(transport)).toEqual({ claimed: 0, sent: 0, failed: 0 });
    clock.advance(30_000);
    expect(await deliver(transport)).toEqual({ claimed: 0, sent: 0, failed: 0 });

    clock.advance(31_000);
    expect(await deliver(transport)).toEqual({ claimed: 2, sent: 2, failed: 0 });
    expect(subjectsTo(handed, 'mia@alpha.example')).toEqual(['Meeting moved', 'Meeting confirmed']);
  });

  it('a message given up on holds back nothing any longer; its recipient’s next mail then goes', async () => {
    await write('gone@beta.example', 'First');
    await write('gone@beta.example', 'Second');
    const { transport, handed } = fakeTransport((mail) => mail.subject === 'First');
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      expect(await deliver(transport), `attempt ${i}`).toEqual({ claimed: 1, sent: 0, failed: 1 });
      clock.advance(7 * 60 * 60 * 1000);
    }
    expect(handed).toEqual([]);
    // The last attempt fails for good; "Second" goes right after it.
    expect(await deliver(transport)).toEqual({ claimed: 2, sent: 1, failed: 1 });
    expect(handed).toEqual([{ to: 'gone@beta.example', subject: 'Second' }]);
    const rows = await database.db
      .selectFrom('outbox')
      .select(['subject', 'status'])
      .orderBy('subject')
      .execute();
    expect(rows).toEqual([
      { subject: 'First', status: 'failed' },
      { subject: 'Second', status: 'sent' },
    ]);
  });

  it('mail held for a digest holds back nothing', async () => {
    await insertOutboxMessage(database.db, {
      recipient: 'mia@alpha.example',
      subject: 'Reminder',
      body: 'Waits for the digest',
      held: true,
    });
    await write('mia@alpha.example', 'Meeting confirmed');
    const { transport, handed } = fakeTransport();
    expect(await deliver(transport)).toMatchObject({ sent: 1 });
    expect(handed).toEqual([{ to: 'mia@alpha.example', subject: 'Meeting confirmed' }]);
  });

  it('holds with two senders at work: each mail once, each recipient’s in the order written', async () => {
    const recipients = ['ada@alpha.example', 'ben@beta.example', 'cy@gamma.example'];
    // Each recipient's messages one after the other: the two oldest due are always the same person's.
    for (const recipient of recipients) {
      for (let i = 0; i < 8; i++) await write(recipient, `Message ${i}`);
    }
    // Every handing-over takes a few milliseconds, so the two senders' claims interleave.
    const { transport, handed } = fakeTransport(
      () => false,
      () => 1 + Math.floor(Math.random() * 4),
    );
    const runUntilEmpty = async () => {
      while ((await deliver(transport, 3)).claimed > 0) {}
    };
    await Promise.all([runUntilEmpty(), runUntilEmpty()]);
    expect(handed).toHaveLength(24);
    for (const recipient of recipients) {
      expect(subjectsTo(handed, recipient)).toEqual(Array.from({ length: 8 }, (_, i) => `Message ${i}`));
    }
  });
});
