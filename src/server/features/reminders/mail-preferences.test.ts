import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, TEST_PASSWORD } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const url = '/api/v1/me/mail-preferences';
const allOn = { meeting: true, agreement: true, profile: true, survey: true };
const notice = (to: string) =>
  enqueueMail(t.db, {
    to,
    kind: 'test.notice',
    text: (language) => ({ subject: language === 'de' ? 'Hinweis' : 'Notice', body: '' }),
    digestible: true,
  });

describe('the account’s language (the header’s switch)', () => {
  it('is the session’s language and, changed, is what later mails follow; digest and reminders stay', async () => {
    await callApi(t, c.cookies.menteeA, 'PUT', url, {
      language: 'en',
      digest: true,
      reminders: { ...allOn, survey: false },
    });
    expect((await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/auth/session')).body.account.language).toBe(
      'en',
    );

    const changed = await callApi(t, c.cookies.menteeA, 'PUT', '/api/v1/me/language', { language: 'de' });
    expect(changed).toEqual({ status: 200, body: { language: 'de' } });
    expect((await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/auth/session')).body.account.language).toBe(
      'de',
    );
    expect((await callApi(t, c.cookies.menteeA, 'GET', url)).body).toEqual({
      language: 'de',
      digest: true,
      reminders: { ...allOn, survey: false },
      digestOffered: true,
    });
    await notice('mia@alpha.example');
    const row = await t.db.selectFrom('outbox').select(['subject']).executeTakeFirstOrThrow();
    expect(row.subject).toBe('Hinweis');
  });

  it('until one is chosen, follows the language of each sign-in for mails; a choice is kept', async () => {
    const signIn = (language: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { 'accept-language': language },
        payload: { email: 'mia@alpha.example', password: TEST_PASSWORD },
      });
    const mailLanguage = async () =>
      (
        await t.db
          .selectFrom('people')
          .select('mail_language')
          .where('email', '=', 'mia@alpha.example')
          .executeTakeFirstOrThrow()
      ).mail_language;

    const first = await signIn('de-DE,de;q=0.9,en;q=0.8');
    expect(first.statusCode).toBe(200);
    expect(first.json().account.language).toBeNull();
    expect(await mailLanguage()).toBe('de');
    // A language we do not speak leaves the mails as they are.
    await signIn('fr-FR');
    expect(await mailLanguage()).toBe('de');

    await callApi(t, c.cookies.menteeA, 'PUT', '/api/v1/me/language', { language: 'en' });
    const after = await signIn('de');
    expect(after.json().account.language).toBe('en');
    expect(await mailLanguage()).toBe('en');
  });

  it('refuses a language it does not speak, and changes nothing', async () => {
    const refused = await callApi(t, c.cookies.coordinator, 'PUT', '/api/v1/me/language', { language: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect(
      (await callApi(t, c.cookies.coordinator, 'GET', '/api/v1/auth/session')).body.account.language,
    ).toBeNull();
  });
});

describe('mail preferences', () => {
  it('lets a participant choose German and the daily digest, which later mails follow', async () => {
    expect((await callApi(t, c.cookies.menteeA, 'GET', url)).body).toEqual({
      language: 'en',
      digest: false,
      reminders: allOn,
      digestOffered: true,
    });
    const changed = await callApi(t, c.cookies.menteeA, 'PUT', url, { language: 'de', digest: true });
    expect(changed).toEqual({
      status: 200,
      body: { language: 'de', digest: true, reminders: allOn, digestOffered: true },
    });
    expect((await callApi(t, c.cookies.menteeA, 'GET', url)).body).toMatchObject({
      language: 'de',
      digest: true,
    });

    await notice('mia@alpha.example');
    await notice('mona@alpha.example');
    const rows = await t.db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'status'])
      .orderBy('recipient')
      .execute();
    expect(rows).toEqual([
      { recipient: 'mia@alpha.example', subject: 'Hinweis', status: 'held' },
      { recipient: 'mona@alpha.example', subject: 'Notice', status: 'pending' },
    ]);
  });

  it('lets staff choose the language only', async () => {
    expect((await callApi(t, c.cookies.contactA, 'GET', url)).body).toEqual({
      language: 'en',
      digest: false,
      reminders: allOn,
      digestOffered: false,
    });
    const refused = await callApi(t, c.cookies.contactA, 'PUT', url, { language: 'de', digest: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/digest is for participants/);
    expect((await callApi(t, c.cookies.contactA, 'GET', url)).body.language).toBe('en');

    const changed = await callApi(t, c.cookies.coordinator, 'PUT', url, { language: 'de', digest: false });
    expect(changed.body).toEqual({ language: 'de', digest: false, reminders: allOn, digestOffered: false });
    await notice('coordinator@example.org');
    const row = await t.db.selectFrom('outbox').select(['subject', 'status']).executeTakeFirstOrThrow();
    expect(row).toEqual({ subject: 'Hinweis', status: 'pending' });
  });

  it('lets a participant turn automatic reminders off and on, keeping them when the update leaves them out', async () => {
    const off = { ...allOn, survey: false, profile: false };
    const changed = await callApi(t, c.cookies.menteeA, 'PUT', url, {
      language: 'en',
      digest: false,
      reminders: off,
    });
    expect(changed.body.reminders).toEqual(off);
    const person = () =>
      t.db
        .selectFrom('people')
        .select('reminders_off')
        .where('email', '=', 'mia@alpha.example')
        .executeTakeFirstOrThrow();
    expect((await person()).reminders_off).toEqual(['profile', 'survey']);
    await callApi(t, c.cookies.menteeA, 'PUT', url, { language: 'de', digest: false });
    expect((await callApi(t, c.cookies.menteeA, 'GET', url)).body.reminders).toEqual(off);
    await callApi(t, c.cookies.menteeA, 'PUT', url, { language: 'de', digest: false, reminders: allOn });
    expect((await person()).reminders_off).toEqual([]);
    // Staff receive no reminders to turn off.
    const staff = await callApi(t, c.cookies.contactA, 'PUT', url, {
      language: 'en',
      digest: false,
      reminders: off,
    });
    expect(staff.status).toBe(400);
    expect(staff.body.error.message).toMatch(/reminders go to participants/);
  });

  it('refuses an unknown language or a missing choice with the field named', async () => {
    const french = await callApi(t, c.cookies.menteeA, 'PUT', url, { language: 'fr', digest: false });
    expect(french.status).toBe(400);
    expect(french.body.error.message).toContain('language');
    const missing = await callApi(t, c.cookies.menteeA, 'PUT', url, { language: 'de' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('digest');
  });
});
