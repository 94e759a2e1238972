import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { enqueueMail, type Localised } from './outbox.service.ts';

let t: TestApp;
let c: Consortium;
beforeAll(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterAll(() => t.close());

const greeting: Localised = (language) =>
  language === 'de' ? { subject: 'Hallo', body: 'Guten Tag' } : { subject: 'Hello', body: 'Good day' };

async function lastMessageTo(email: string) {
  return t.db
    .selectFrom('outbox')
    .select(['subject', 'body', 'status', 'kind', 'calendar'])
    .where('recipient', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
}

describe('messages in the recipient language', () => {
  it('writes in the language a participant chose, in English otherwise', async () => {
    await enqueueMail(t.db, { to: 'mia@alpha.example', kind: 'test', text: greeting });
    expect(await lastMessageTo('mia@alpha.example')).toMatchObject({ subject: 'Hello', status: 'pending' });
    await t.db
      .updateTable('people')
      .set({ mail_language: 'de' })
      .where('id', '=', c.menteeA.personId)
      .execute();
    await enqueueMail(t.db, { to: 'mia@alpha.example', kind: 'test', text: greeting });
    expect(await lastMessageTo('mia@alpha.example')).toMatchObject({ subject: 'Hallo', body: 'Guten Tag' });
  });

  it("uses a staff account's language, and English for an address nobody has", async () => {
    await t.db
      .updateTable('accounts')
      .set({ mail_language: 'de' })
      .where('email', '=', 'hr@beta.example')
      .execute();
    await enqueueMail(t.db, { to: 'hr@beta.example', kind: 'test', text: greeting });
    await enqueueMail(t.db, { to: 'stranger@example.org', kind: 'test', text: greeting });
    expect((await lastMessageTo('hr@beta.example')).subject).toBe('Hallo');
    expect((await lastMessageTo('stranger@example.org')).subject).toBe('Hello');
  });

  it('sends a German invitation to a German-speaking participant', async () => {
    const greta = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentor',
      name: 'Greta Gruber',
      email: 'greta@alpha.example',
    });
    await t.db.updateTable('people').set({ mail_language: 'de' }).where('id', '=', greta.personId).execute();
    const response = await callApi(t, c.cookies.contactA, 'POST', '/api/v1/invitations', {
      role: 'participant',
      personId: greta.personId,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const mail = await lastMessageTo('greta@alpha.example');
    expect(mail.subject).toBe('Einladung zu crossmentor (Alpha Bank)');
    expect(mail.body).toContain('Bitte legen Sie innerhalb von 7 Tagen Ihr Passwort fest');
  });
});

describe('digest preference', () => {
  it('holds reminders for a participant who wants a digest, but never calendar invitations or other mail', async () => {
    await t.db
      .updateTable('people')
      .set({ mail_digest: true })
      .where('id', '=', c.menteeB.personId)
      .execute();
    await enqueueMail(t.db, {
      to: 'ben@beta.example',
      kind: 'reminder.test',
      text: greeting,
      digestible: true,
    });
    expect((await lastMessageTo('ben@beta.example')).status).toBe('held');
    await enqueueMail(t.db, { to: 'ben@beta.example', kind: 'invitation', text: greeting });
    expect((await lastMessageTo('ben@beta.example')).status).toBe('pending');
    await enqueueMail(t.db, {
      to: 'ben@beta.example',
      kind: 'meeting.invitation',
      text: greeting,
      digestible: true,
      calendar: {
        method: 'REQUEST',
        filename: 'meeting.ics',
        content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      },
    });
    expect(await lastMessageTo('ben@beta.example')).toMatchObject({
      status: 'pending',
      calendar: { method: 'REQUEST', filename: 'meeting.ics' },
    });
  });
});
