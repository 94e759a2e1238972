import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../build-test-app.ts';
import { createConsortium } from '../factories.ts';

// The server words its answers' messages in the language the request asks for (`Accept-Language`,
// as the web sends its page's language); an API client that asks for none reads English.

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

const invalidCoordinator = { name: '', email: 'not an email', password: 'short' };

async function setUpCoordinator(language?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/setup/coordinator',
    headers: language ? { 'accept-language': language } : {},
    payload: invalidCoordinator,
  });
}

describe('validation messages', () => {
  it('are German for a request asking for German, each worded to follow its field', async () => {
    const response = await setUpCoordinator('de-DE,de;q=0.9,en;q=0.8');
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'darf nicht leer sein' },
        { path: 'email', message: 'muss eine gültige E-Mail-Adresse sein' },
        { path: 'password', message: 'muss mindestens 12 Zeichen lang sein' },
      ]),
    );
    expect(error.message).toMatch(/^Die Eingaben sind nicht gültig: \w+ /);
  });

  it('are English without the header, and for a language we do not speak', async () => {
    for (const language of [undefined, 'fr-FR, ja']) {
      const { error } = (await setUpCoordinator(language)).json();
      expect(error.details).toEqual(
        expect.arrayContaining([
          { path: 'name', message: 'must not be empty' },
          { path: 'email', message: 'must be a valid email address' },
          { path: 'password', message: 'must be at least 12 characters' },
        ]),
      );
      expect(error.message).toMatch(/^Invalid body: \w+ /);
    }
  });

  it('say that a value left out is required, and word the contract’s own messages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { 'accept-language': 'de' },
      payload: { name: 'Carla' },
    });
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([{ path: 'email', message: 'muss angegeben werden' }]),
    );
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      payload: { name: 'Carla' },
    });
    expect(english.json().error.details).toEqual(
      expect.arrayContaining([{ path: 'email', message: 'is required' }]),
    );
  });
});

describe('the server’s own messages', () => {
  it('are German for a request asking for German: not found (404) and a refusal (409)', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const headers = { cookie: c.cookies.coordinator, 'accept-language': 'de' };
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/accounts/${randomUUID()}`,
      headers,
      payload: { disabled: true },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toEqual({ code: 'not_found', message: 'Das Konto wurde nicht gefunden' });

    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/accounts/${c.accounts.coordinator}`,
      headers,
      payload: { disabled: true },
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe(
      'Ihr eigenes Konto können Sie nicht deaktivieren oder herabstufen; bitten Sie eine andere Person aus der Koordination darum.',
    );

    const unknownCycle = await t.app.inject({ url: `/api/v1/cycles/${randomUUID()}`, headers });
    expect(unknownCycle.statusCode).toBe(404);
    expect(unknownCycle.json().error.message).toBe('Der Durchgang wurde nicht gefunden');
  });

  it('are German in the details too, and English without the header', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const change = (language?: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/accounts/${c.accounts.mentorA}`,
        headers: { cookie: c.cookies.coordinator, ...(language ? { 'accept-language': language } : {}) },
        payload: { role: 'coordinator' },
      });
    expect((await change('de')).json().error).toEqual({
      code: 'validation_failed',
      message: 'Die Rolle eines Kontos für Teilnehmende lässt sich nicht ändern.',
      details: [{ path: 'role', message: 'lässt sich bei Teilnehmenden nicht ändern' }],
    });
    expect((await change()).json().error).toEqual({
      code: 'validation_failed',
      message: 'A participant account cannot change role.',
      details: [{ path: 'role', message: 'cannot change for a participant' }],
    });
  });

  it('are English without the header', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/accounts/${randomUUID()}`,
      headers: { cookie: c.cookies.coordinator },
      payload: { disabled: true },
    });
    expect(missing.json().error).toEqual({ code: 'not_found', message: 'The account was not found' });
    const signedOut = await t.app.inject({ url: '/api/v1/accounts', headers: { 'accept-language': 'de' } });
    expect(signedOut.json().error.message).toBe('Bitte melden Sie sich an, um fortzufahren.');
  });
});

describe('text the server writes for a page', () => {
  it('words the cycle checklist in the request’s language', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const checklist = (language?: string) =>
      t.app.inject({
        url: `/api/v1/cycles/${c.cycleId}/checklist`,
        headers: { cookie: c.cookies.coordinator, ...(language ? { 'accept-language': language } : {}) },
      });
    const german = (await checklist('de')).json();
    expect(german.steps[0]).toMatchObject({
      key: 'organisations',
      title: 'Organisationen',
      summary: '2 Organisationen nehmen teil',
    });
    expect(german.steps.find((s: { key: string }) => s.key === 'participants')).toMatchObject({
      title: 'Teilnehmende',
      summary: '2 Mentees und 1 Mentorin oder Mentor nominiert',
    });
    const english = (await checklist()).json();
    expect(english.steps[0]).toMatchObject({
      title: 'Organisations',
      summary: '2 organisations taking part',
    });
    expect(english.steps.find((s: { key: string }) => s.key === 'participants')).toMatchObject({
      summary: '2 mentees and 1 mentor nominated',
    });
  });
});

describe('why a mentee cannot be matched', () => {
  it('is said in the request’s language in the check before a run', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const preflight = async (language?: string) =>
      (
        await t.app.inject({
          url: `/api/v1/cycles/${c.cycleId}/preflight`,
          headers: { cookie: c.cookies.coordinator, ...(language ? { 'accept-language': language } : {}) },
        })
      ).json();
    // Mia's only possible mentor, Mona, works for Mia's organisation.
    const mia = (body: { unmatchable: { menteeId: string; reasons: string[] }[] }) =>
      body.unmatchable.find((u) => u.menteeId === c.menteeA.participantId)?.reasons;
    expect(mia(await preflight('de'))).toEqual([
      '1 Mentorin oder Mentor ausgeschlossen: dieselbe Organisation',
    ]);
    expect(mia(await preflight())).toEqual(['1 mentor excluded: same organisation']);
  });
});
