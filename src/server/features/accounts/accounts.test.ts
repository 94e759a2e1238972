import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, TEST_PASSWORD } from '../../../../test/factories.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

function change(cookie: string, id: string, payload: object) {
  return t.app.inject({ method: 'PATCH', url: `/api/v1/accounts/${id}`, headers: { cookie }, payload });
}

function session(cookie: string) {
  return t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
}

function signIn(email: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
}

function auditOf(targetId: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['action', 'actor_email', 'details'])
    .where('target_id', '=', targetId)
    .where('action', 'like', 'account.%')
    .orderBy('id')
    .execute();
}

describe('accounts', () => {
  it('the coordinator lists every account; nobody else may', async () => {
    const list = await t.app.inject({ url: '/api/v1/accounts', headers: { cookie: c.cookies.coordinator } });
    expect(list.statusCode).toBe(200);
    const accounts = list.json().accounts as { email: string; organisationName: string | null }[];
    expect(accounts.map((a) => a.email).sort()).toEqual([
      'coordinator@example.org',
      'hr@alpha.example',
      'hr@beta.example',
      'mia@alpha.example',
      'mona@alpha.example',
    ]);
    expect(JSON.stringify(list.json())).not.toMatch(/argon2|password/i);
    expect(accounts.find((a) => a.email === 'mia@alpha.example')?.organisationName).toBe('Alpha Bank');
    expect(
      (await t.app.inject({ url: '/api/v1/accounts', headers: { cookie: c.cookies.contactA } })).statusCode,
    ).toBe(403);
  });

  it('disabling an account ends its sessions and sign-ins, is audited, and can be undone', async () => {
    expect((await session(c.cookies.contactA)).statusCode).toBe(200);
    const disabled = await change(c.cookies.coordinator, c.accounts.contactA, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ email: 'hr@alpha.example', disabled: true });
    expect((await session(c.cookies.contactA)).statusCode).toBe(401);
    const participants = await t.app.inject({
      url: '/api/v1/participants',
      headers: { cookie: c.cookies.contactA },
    });
    expect(participants.statusCode).toBe(401);
    expect((await signIn('hr@alpha.example')).statusCode).toBe(401);
    expect(
      await t.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('account_id', '=', c.accounts.contactA)
        .execute(),
    ).toEqual([]);

    const enabled = await change(c.cookies.coordinator, c.accounts.contactA, { disabled: false });
    expect(enabled.json().disabled).toBe(false);
    expect((await signIn('hr@alpha.example')).statusCode).toBe(200);
    expect(await auditOf(c.accounts.contactA)).toEqual([
      { action: 'account.disabled', actor_email: 'coordinator@example.org', details: {} },
      { action: 'account.enabled', actor_email: 'coordinator@example.org', details: {} },
    ]);
  });

  it('a role change takes effect on the next request and is audited', async () => {
    const promoted = await change(c.cookies.coordinator, c.accounts.contactA, { role: 'coordinator' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json().role).toBe('coordinator');
    const organisations = await t.app.inject({
      url: '/api/v1/organisations',
      headers: { cookie: c.cookies.contactA },
    });
    expect(organisations.json().organisations).toHaveLength(2);

    const demoted = await change(c.cookies.coordinator, c.accounts.contactA, {
      role: 'organisation_contact',
    });
    expect(demoted.json()).toMatchObject({ role: 'organisation_contact', organisationId: c.organisationA });
    const again = await t.app.inject({
      url: '/api/v1/organisations',
      headers: { cookie: c.cookies.contactA },
    });
    expect(again.json().organisations).toHaveLength(1);
    // Setting the role it has already is no change and no entry.
    await change(c.cookies.coordinator, c.accounts.contactA, { role: 'organisation_contact' });
    expect(await auditOf(c.accounts.contactA)).toEqual([
      {
        action: 'account.role_changed',
        actor_email: 'coordinator@example.org',
        details: { from: 'organisation_contact', to: 'coordinator' },
      },
      {
        action: 'account.role_changed',
        actor_email: 'coordinator@example.org',
        details: { from: 'coordinator', to: 'organisation_contact' },
      },
    ]);
  });

  it('refuses changes that make no sense, and the coordinator cannot lock themselves out', async () => {
    const self = await change(c.cookies.coordinator, c.accounts.coordinator, { disabled: true });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toMatch(/own account/);
    expect(
      (await change(c.cookies.coordinator, c.accounts.coordinator, { role: 'organisation_contact' }))
        .statusCode,
    ).toBe(409);
    expect((await session(c.cookies.coordinator)).statusCode).toBe(200);

    const participant = await change(c.cookies.coordinator, c.accounts.menteeA, { role: 'coordinator' });
    expect(participant.statusCode).toBe(400);
    expect(participant.json().error.details).toEqual([{ path: 'role', message: expect.any(String) }]);
    expect((await change(c.cookies.coordinator, c.accounts.contactA, {})).statusCode).toBe(400);
    expect((await change(c.cookies.coordinator, randomUUID(), { disabled: true })).statusCode).toBe(404);
    expect((await change(c.cookies.contactA, c.accounts.contactB, { disabled: true })).statusCode).toBe(403);
    const accounts = await t.db.selectFrom('accounts').select(['role', 'disabled']).execute();
    expect(accounts.every((a) => !a.disabled)).toBe(true);
  });
});
