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

const origin = 'https://mentoring.example.org';
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

    expect(await composeDueDigests(database.db, hours(23), origin)).toEqual({ digests: 0 });
    expect(
      await composeDueDigests(database.db, new Date(start.getTime() + DIGEST_INTERVAL_MS + 60_000), origin),
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
    expect(await composeDueDigests(database.db, hours(48), origin)).toEqual({ digests: 0 });
  });

  it('ends with the Settings link, and a one-click link only when it holds an automatic reminder', async () => {
    await notice('mia@alpha.example', 'Agreement changed');
    await enqueueMail(database.db, {
      to: 'mona@alpha.example',
      kind: 'reminder.survey',
      text: () => ({ subject: 'Umfrage', body: 'Bitte antworten Sie.\n' }),
      digestible: true,
      automaticReminder: { kind: 'survey', siteOrigin: origin },
    });
    await composeDueDigests(database.db, hours(25), origin);
    const digests = await database.db
      .selectFrom('outbox')
      .select(['recipient', 'body', 'list_unsubscribe'])
      .where('kind', '=', 'digest')
      .orderBy('recipient')
      .execute();
    const [mia, mona] = digests;
    expect(mia!.body).toMatch(
      /\n-- \nMail language, daily digest and reminders: https:\/\/mentoring\.example\.org\/settings\n$/,
    );
    expect(mia!.list_unsubscribe).toBeNull();
    expect(mona!.list_unsubscribe).toMatch(
      /^https:\/\/mentoring\.example\.org\/api\/v1\/mail\/unsubscribe\//,
    );
    // The reminder's own footer is left out; the digest's names all automatic reminders.
    expect(mona!.body.split('\n-- \n')).toHaveLength(2);
    expect(mona!.body).toContain(`Alle automatischen Erinnerungen abbestellen: ${mona!.list_unsubscribe}`);
    const token = await database.db
      .selectFrom('mail_unsubscribe_tokens')
      .select('reminders')
      .orderBy('created_at', 'desc')
      .execute();
    expect(token.map((t) => t.reminders)).toContainEqual(['meeting', 'agreement', 'profile', 'survey']);
  });

  it("writes the digest in the recipient's language and counts a single update", async () => {
    await notice('mona@alpha.example', 'Umfrage');
    await composeDueDigests(database.db, hours(25), origin);
    const digest = (await outbox()).find((m) => m.kind === 'digest');
    expect(digest?.subject).toBe('crossmentor: 1 Neuigkeit');
    expect(digest?.body).toContain('Das ist seit Ihrer letzten Zusammenfassung');
    expect(digest?.body).toContain('## Umfrage (de)');
  });

  it('bundles messages held later into the next digest, and two racing runs send one digest', async () => {
    await notice('mia@alpha.example', 'First');
    const [a, b] = await Promise.all([
      composeDueDigests(database.db, hours(25), origin),
      composeDueDigests(database.db, hours(25), origin),
    ]);
    expect(a.digests + b.digests).toBe(1);
    await notice('mia@alpha.example', 'Second');
    await sql`update outbox set created_at = ${hours(10)} where status = 'held'`.execute(database.db);
    // Held ten hours after the start, it has not waited a day at hour 25.
    expect(await composeDueDigests(database.db, hours(25), origin)).toEqual({ digests: 0 });
    expect(await composeDueDigests(database.db, hours(34), origin)).toEqual({ digests: 1 });
    const digests = (await outbox()).filter((m) => m.kind === 'digest');
    expect(digests.map((d) => d.body.includes('## Second'))).toEqual([false, true]);
  });
});
