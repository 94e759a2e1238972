import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsortium } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { composeDueDigests, DIGEST_INTERVAL_MS } from './digest.service.ts';
import { enqueueMail } from './outbox.service.ts';

// Held messages are stamped with the database's clock, so "now" is measured from the real time.
let database: TestDatabase;
let start: Date;
beforeEach(async () => {
  database = await createTestDatabase();
  start = new Date();
  await createConsortium(database.db, start);
  await database.db
    .updateTable('people')
    .set({ mail_digest: true })
    .where('email', 'in', ['mia@alpha.example', 'mona@alpha.example'])
    .execute();
  await database.db
    .updateTable('people')
    .set({ mail_language: 'de' })
    .where('email', '=', 'mona@alpha.example')
    .execute();
});
afterEach(() => database.close());

const hours = (n: number) => new Date(start.getTime() + n * 60 * 60 * 1000);
const notice = (to: string, subject: string, extra: { digestible?: boolean; calendar?: boolean } = {}) =>
  enqueueMail(database.db, {
    to,
    kind: 'test.notice',
    text: (language) => ({ subject: `${subject} (${language})`, body: `About ${subject}.` }),
    digestible: extra.digestible ?? true,
    ...(extra.calendar
      ? { calendar: { method: 'REQUEST' as const, filename: 'invite.ics', content: 'BEGIN:VCALENDAR' } }
      : {}),
  });

async function outbox() {
  return database.db
    .selectFrom('outbox')
    .select(['id', 'recipient', 'subject', 'body', 'status', 'kind', 'digest_id'])
    .orderBy('recipient')
    .orderBy('created_at')
    .execute();
}

describe('daily digest', () => {
  it('holds digestible mail for those who chose the digest and bundles it once a day has passed', async () => {
    await notice('mia@alpha.example', 'Meeting reminder');
    await notice('mia@alpha.example', 'Agreement reminder');
    await notice('ben@beta.example', 'Single mail');
    await notice('mia@alpha.example', 'Your invitation', { digestible: false });
    await notice('mia@alpha.example', 'Meeting on Monday', { calendar: true });
    expect((await outbox()).map((m) => [m.recipient, m.status])).toEqual([
      ['ben@beta.example', 'pending'],
      ['mia@alpha.example', 'held'],
      ['mia@alpha.example', 'held'],
      ['mia@alpha.example', 'pending'],
      ['mia@alpha.example', 'pending'],
    ]);

    expect(await composeDueDigests(database.db, hours(23))).toEqual({ digests: 0 });
    expect(
      await composeDueDigests(database.db, new Date(start.getTime() + DIGEST_INTERVAL_MS + 60_000)),
    ).toEqual({
      digests: 1,
    });
    const rows = await outbox();
    const digest = rows.find((m) => m.kind === 'digest');
    expect(digest).toMatchObject({
      recipient: 'mia@alpha.example',
      status: 'pending',
      subject: 'crossmentor: 2 updates',
    });
    expect(digest?.body).toContain('## Meeting reminder (en)\n\nAbout Meeting reminder.');
    expect(digest?.body).toContain('## Agreement reminder (en)');
    expect(rows.filter((m) => m.status === 'digested').map((m) => m.digest_id)).toEqual([
      digest?.id,
      digest?.id,
    ]);

    // Sent once: nothing is held any more.
    expect(await composeDueDigests(database.db, hours(48))).toEqual({ digests: 0 });
  });

  it("writes the digest in the recipient's language and counts a single update", async () => {
    await notice('mona@alpha.example', 'Umfrage');
    await composeDueDigests(database.db, hours(25));
    const digest = (await outbox()).find((m) => m.kind === 'digest');
    expect(digest?.subject).toBe('crossmentor: 1 Neuigkeit');
    expect(digest?.body).toContain('Das ist seit Ihrer letzten Zusammenfassung');
    expect(digest?.body).toContain('## Umfrage (de)');
  });

  it('bundles messages held later into the next digest, and two racing runs send one digest', async () => {
    await notice('mia@alpha.example', 'First');
    const [a, b] = await Promise.all([
      composeDueDigests(database.db, hours(25)),
      composeDueDigests(database.db, hours(25)),
    ]);
    expect(a.digests + b.digests).toBe(1);
    await notice('mia@alpha.example', 'Second');
    await sql`update outbox set created_at = ${hours(10)} where status = 'held'`.execute(database.db);
    // Held ten hours after the start, it has not waited a day at hour 25.
    expect(await composeDueDigests(database.db, hours(25))).toEqual({ digests: 0 });
    expect(await composeDueDigests(database.db, hours(34))).toEqual({ digests: 1 });
    const digests = (await outbox()).filter((m) => m.kind === 'digest');
    expect(digests.map((d) => d.body.includes('## Second'))).toEqual([false, true]);
  });
});
