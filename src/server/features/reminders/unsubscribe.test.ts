import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { composeDueDigests } from '../outbox/digest.service.ts';
import { createTransport, deliverDueMessages, readMailSettings } from '../outbox/mail-sender.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { DAY_MS } from './reminders.rules.ts';
import { runReminders } from './reminders.service.ts';

// Automatic reminders and digests as a mail client receives them: a local SMTP server takes what
// the mail sender sends, an independent parser (postal-mime) reads it back, and the one-click
// address in List-Unsubscribe is then posted as a mail provider would (RFC 8058): no cookie, the
// body `List-Unsubscribe=One-Click`.

const origin = 'https://mentoring.example.org';
const from = 'crossmentor <mentoring@example.org>';

/** A local SMTP server that keeps each message it accepts as raw text. */
async function smtpReceiver() {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { messages, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let t: TestApp;
let c: Consortium;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
let published: Date;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  smtp = await smtpReceiver();
  published = t.clock.now();
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
  // Mia (mentee) and Mona (mentor) have a tandem that has never met.
  await t.db
    .insertInto('tandems')
    .values({
      cycle_id: c.cycleId,
      mentee_id: c.menteeA.participantId,
      mentor_id: c.mentorA.participantId,
      score: 50,
      reasons: [],
      published_at: published,
    })
    .execute();
});
afterEach(async () => {
  await smtp.close();
  await t.close();
});

const day = (n: number) => new Date(published.getTime() + n * DAY_MS);

/** Hands every due message to the SMTP server and reads back what it received. */
async function deliverAndRead() {
  const before = smtp.messages.length;
  const transport = createTransport(
    readMailSettings({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), MAIL_FROM: from })!,
  );
  // The outbox stamps messages with the database's clock: an hour later they are due.
  const later = () => new Date(Date.now() + 60 * 60 * 1000);
  while ((await deliverDueMessages(t.db, transport, from, later)).claimed > 0) {}
  transport.close();
  return Promise.all(smtp.messages.slice(before).map((raw) => PostalMime.parse(raw)));
}

/** Day 50 brings each member a meeting reminder (and an agreement reminder): the meeting one. */
const meetingReminder = /^(Time to meet|Zeit für ein Treffen mit) /;

/** The one mail to `email` whose subject matches. */
function mailTo(mails: Email[], email: string, subject: RegExp = meetingReminder) {
  const found = mails.filter((m) => m.to?.[0]?.address === email && subject.test(m.subject ?? ''));
  expect(found, `one mail to ${email} with the subject ${subject}`).toHaveLength(1);
  return found[0]!;
}

const header = (mail: Email, name: string) =>
  mail.headers.filter((h) => h.key === name.toLowerCase()).map((h) => h.value);

/** The address in List-Unsubscribe: `<https://…>`, exactly one. */
function oneClickAddress(mail: Email) {
  const [value] = header(mail, 'List-Unsubscribe');
  const match = /^<(https?:\/\/[^>]+)>$/.exec(value ?? '');
  expect(match, `List-Unsubscribe is one <https://…> address: ${value}`).not.toBeNull();
  return new URL(match![1]!);
}

const oneClick = (path: string, body = 'List-Unsubscribe=One-Click') =>
  t.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
  });

async function remindersOff(email: string) {
  const row = await t.db
    .selectFrom('people')
    .select('reminders_off')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.reminders_off;
}

describe('unsubscribing from automatic reminders', () => {
  it('sends reminders with List-Unsubscribe, one-click POST, Auto-Submitted and the Settings link', async () => {
    expect((await runReminders(t.db, day(50), { siteOrigin: origin })).meeting).toBe(2);
    const mails = await deliverAndRead();
    const mia = mailTo(mails, 'mia@alpha.example');
    expect(mia.subject).toBe('Time to meet Mona Mentor');
    expect(header(mia, 'Auto-Submitted')).toEqual(['auto-generated']);
    expect(header(mia, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
    const address = oneClickAddress(mia);
    expect(address.origin).toBe(origin);
    expect(address.pathname).toMatch(/^\/api\/v1\/mail\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    // The body names the Settings page and the same one-click address.
    expect(mia.text).toContain(`${origin}/settings`);
    expect(mia.text).toContain(`Stop meeting reminders: ${address.href}`);
    // Each person's mail has a link of their own.
    expect(oneClickAddress(mailTo(mails, 'mona@alpha.example')).href).not.toBe(address.href);
  });

  it('turns that reminder off for that person alone, without signing in; the job then leaves it out', async () => {
    await runReminders(t.db, day(50), { siteOrigin: origin });
    const address = oneClickAddress(mailTo(await deliverAndRead(), 'mia@alpha.example'));

    // A GET (a browser, or a scanner following links) only asks.
    const page = await t.app.inject({ method: 'GET', url: address.pathname });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain(`<form method="post" action="${address.pathname}">`);
    expect(page.body).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(page.body).toContain('Stop meeting reminders');
    expect(await remindersOff('mia@alpha.example')).toEqual([]);

    // The one-click POST: no cookie, no Origin, a form body; 200 and a line of text.
    const done = await oneClick(address.pathname);
    expect(done.statusCode).toBe(200);
    expect(done.headers['content-type']).toMatch(/^text\/plain/);
    expect(done.body).toMatch(/^Meeting reminders are off\./);
    expect(await remindersOff('mia@alpha.example')).toEqual(['meeting']);
    expect(await remindersOff('mona@alpha.example')).toEqual([]);
    // Twice is the same.
    expect((await oneClick(address.pathname)).statusCode).toBe(200);
    expect(await remindersOff('mia@alpha.example')).toEqual(['meeting']);

    // The next gap's reminder (after a meeting held at day 60) goes to Mona alone.
    const [tandem] = await t.db.selectFrom('tandems').select('id').execute();
    await t.db
      .insertInto('meetings')
      .values({
        tandem_id: tandem!.id,
        ical_uid: 'held@test',
        starts_at: day(60),
        duration_minutes: 60,
        time_zone: 'Europe/Berlin',
        status: 'held',
        proposed_by: c.menteeA.participantId,
      })
      .execute();
    expect((await runReminders(t.db, day(110), { siteOrigin: origin })).meeting).toBe(1);
    const next = (await deliverAndRead()).filter((m) => meetingReminder.test(m.subject ?? ''));
    expect(next.map((m) => m.to?.[0]?.address)).toEqual(['mona@alpha.example']);

    // Settings show it off, and turn it on again.
    const url = '/api/v1/me/mail-preferences';
    expect((await callApi(t, c.cookies.menteeA, 'GET', url)).body.reminders).toEqual({
      meeting: false,
      agreement: true,
      profile: true,
      survey: true,
    });
    const on = { meeting: true, agreement: true, profile: true, survey: true };
    const saved = await callApi(t, c.cookies.menteeA, 'PUT', url, {
      language: 'en',
      digest: false,
      reminders: on,
    });
    expect(saved.body.reminders).toEqual(on);
    expect(await remindersOff('mia@alpha.example')).toEqual([]);
  });

  it('takes the one-click body as multipart/form-data too, and refuses any other value', async () => {
    await runReminders(t.db, day(50), { siteOrigin: origin });
    const address = oneClickAddress(mailTo(await deliverAndRead(), 'mona@alpha.example'));
    expect((await oneClick(address.pathname, 'List-Unsubscribe=Please')).statusCode).toBe(400);
    const boundary = '---FormBoundaryjWmhtjORrn';
    const multipart = await t.app.inject({
      method: 'POST',
      url: address.pathname,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode).toBe(200);
    expect(await remindersOff('mona@alpha.example')).toEqual(['meeting']);
  });

  it('takes the one-click POST from a webmail’s own site, as RFC 8058 expects', async () => {
    await runReminders(t.db, day(50), { siteOrigin: origin });
    const address = oneClickAddress(mailTo(await deliverAndRead(), 'mona@alpha.example'));
    const fromWebmail = await t.app.inject({
      method: 'POST',
      url: address.pathname,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://webmail.example',
        'sec-fetch-site': 'cross-site',
      },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(fromWebmail.statusCode).toBe(200);
    expect(await remindersOff('mona@alpha.example')).toEqual(['meeting']);
    // Every other write from another site is still refused.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      headers: { origin: 'https://webmail.example' },
    });
    expect(other.statusCode).toBe(403);
  });

  it('has a token that does nothing else: not another person, not another route, not a guess', async () => {
    await runReminders(t.db, day(50), { siteOrigin: origin });
    const address = oneClickAddress(mailTo(await deliverAndRead(), 'mia@alpha.example'));
    const token = address.pathname.split('/').pop()!;
    // Not a session.
    const asSession = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/mail-preferences',
      headers: { cookie: `cm_session=${token}` },
    });
    expect(asSession.statusCode).toBe(401);
    // Other routes still refuse a form body.
    const formElsewhere = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/mail-preferences',
      headers: { cookie: c.cookies.menteeA, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'language=de&digest=false',
    });
    expect(formElsewhere.statusCode).toBe(415);
    // A changed token is no token.
    const guessed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await oneClick(`/api/v1/mail/unsubscribe/${guessed}`)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/mail/unsubscribe/${guessed}` })).statusCode,
    ).toBe(404);
    expect(await remindersOff('mia@alpha.example')).toEqual([]);
  });

  it('writes the page, the answer and the footer in the person’s language', async () => {
    await t.db
      .updateTable('people')
      .set({ mail_language: 'de' })
      .where('email', '=', 'mia@alpha.example')
      .execute();
    await runReminders(t.db, day(50), { siteOrigin: origin });
    const mia = mailTo(await deliverAndRead(), 'mia@alpha.example');
    const address = oneClickAddress(mia);
    expect(mia.text).toContain(`Erinnerungen an Treffen abbestellen: ${address.href}`);
    expect(mia.text).toContain(
      `Sprache der Mails, tägliche Zusammenfassung und Erinnerungen: ${origin}/settings`,
    );
    const page = await t.app.inject({ method: 'GET', url: address.pathname });
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain('Erinnerungen an Treffen abbestellen?');
    const done = await oneClick(address.pathname);
    expect(done.body).toMatch(/^Erinnerungen an Treffen sind abbestellt\./);
    // Once off, the page says so and offers no button.
    const again = await t.app.inject({ method: 'GET', url: address.pathname });
    expect(again.body).toContain('Erinnerungen an Treffen sind abbestellt');
    expect(again.body).not.toContain('<form');
  });

  it('sends the digest with its own one-click link, which turns all automatic reminders off', async () => {
    await t.db
      .updateTable('people')
      .set({ mail_digest: true })
      .where('email', '=', 'mia@alpha.example')
      .execute();
    await runReminders(t.db, day(50), { siteOrigin: origin });
    await composeDueDigests(t.db, new Date(Date.now() + 25 * 60 * 60 * 1000), origin);
    // Mia's meeting and agreement reminders, in one digest.
    const digest = mailTo(await deliverAndRead(), 'mia@alpha.example', /^crossmentor: 2 updates$/);
    expect(header(digest, 'Auto-Submitted')).toEqual(['auto-generated']);
    expect(header(digest, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
    const address = oneClickAddress(digest);
    // One footer, the digest's: the reminder's own was left out.
    expect(digest.text?.match(/^-- $/gm)).toHaveLength(1);
    expect(digest.text).toContain(`Stop all automatic reminders: ${address.href}`);
    expect(digest.text).toContain(`${origin}/settings`);
    expect((await oneClick(address.pathname)).statusCode).toBe(200);
    expect(await remindersOff('mia@alpha.example')).toEqual(['meeting', 'agreement', 'profile', 'survey']);
  });

  it('sends a person nothing they turned off, and the others theirs', async () => {
    await t.db
      .updateTable('people')
      .set({ reminders_off: ['meeting', 'agreement'] })
      .where('email', '=', 'mia@alpha.example')
      .execute();
    expect(await runReminders(t.db, day(50), { siteOrigin: origin })).toMatchObject({
      meeting: 1,
      agreement: 1,
    });
    const mails = await deliverAndRead();
    expect(mails.map((m) => m.to?.[0]?.address)).toEqual(['mona@alpha.example', 'mona@alpha.example']);
  });

  it('marks every mail Auto-Submitted, and leaves List-Unsubscribe to automatic reminders', async () => {
    await enqueueMail(t.db, {
      to: 'mia@alpha.example',
      kind: 'test.notice',
      text: () => ({ subject: 'Bea changed your agreement', body: 'Hello Mia,\n\nPlease read it.\n' }),
    });
    const notice = mailTo(await deliverAndRead(), 'mia@alpha.example', /^Bea changed/);
    expect(header(notice, 'Auto-Submitted')).toEqual(['auto-generated']);
    expect(header(notice, 'List-Unsubscribe')).toEqual([]);
    expect(notice.text).not.toContain('/settings');
  });
});
