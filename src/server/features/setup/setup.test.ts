import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { SESSION_COOKIE } from '../../http/authenticate.ts';
import { verifyPassword } from '../auth/password.ts';
import { DEMO_COORDINATOR_EMAIL, DEMO_PASSWORD } from './demo-consortium.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

const coordinator = {
  name: 'Carla Coordinator',
  email: 'Carla@Example.org',
  password: 'a long and unusual passphrase',
};

async function needsSetup() {
  const response = await t.app.inject({ url: '/api/v1/setup' });
  expect(response.statusCode).toBe(200);
  return response.json().needsSetup as boolean;
}

function cookieOf(response: { cookies: { name: string; value: string }[] }) {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return cookie ? `${SESSION_COOKIE}=${cookie.value}` : '';
}

async function count(table: 'accounts' | 'organisations' | 'cycles' | 'participants' | 'people') {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('first coordinator', () => {
  it('is created on an empty installation, signed in, and closes the setup for good', async () => {
    expect(await needsSetup()).toBe(true);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      payload: coordinator,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().account).toMatchObject({
      email: 'carla@example.org',
      name: 'Carla Coordinator',
      role: 'coordinator',
      disabled: false,
    });
    const cookie = cookieOf(response);
    expect(cookie).not.toBe('');
    const session = await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().account.role).toBe('coordinator');
    expect(await needsSetup()).toBe(false);

    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      payload: { ...coordinator, email: 'mallory@example.org' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('setup_done');
    expect(second.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    expect(await count('accounts')).toBe(1);

    const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_email']).execute();
    expect(audit).toContainEqual({ action: 'account.role_granted', actor_email: 'carla@example.org' });
  });

  it('needs an acceptable password, and a refused one leaves the installation empty', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      payload: { ...coordinator, password: 'qwerty123456' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('password_rejected');
    expect(await needsSetup()).toBe(true);
  });
});

describe('demo consortium', () => {
  it('loads into an empty installation with organisations, a cycle, participants and working sign-ins', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo' });
    expect(response.statusCode).toBe(200);
    const loaded = response.json();
    expect(loaded.demoPassword).toBe(DEMO_PASSWORD);
    expect(loaded.organisations).toBeGreaterThanOrEqual(8);
    expect(loaded.participants).toBeGreaterThanOrEqual(60);
    expect(await needsSetup()).toBe(false);

    const organisations = await t.db.selectFrom('organisations').select(['name', 'industry']).execute();
    expect(organisations.length).toBe(loaded.organisations);
    expect(new Set(organisations.map((o) => o.industry)).size).toBeGreaterThanOrEqual(8);
    expect(await count('cycles')).toBe(1);
    expect(await count('participants')).toBe(loaded.participants);
    const roles = await t.db
      .selectFrom('participants')
      .select(['role', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('role')
      .execute();
    expect(roles.map((r) => r.role).sort()).toEqual(['mentee', 'mentor']);

    // Every organisation has a contact, and every account (coordinator, contacts, participants) shares the demo password.
    const accounts = await t.db
      .selectFrom('accounts')
      .select(['email', 'role', 'organisation_id', 'password_hash'])
      .execute();
    const contacts = accounts.filter((a) => a.role === 'organisation_contact');
    expect(new Set(contacts.map((c) => c.organisation_id)).size).toBe(loaded.organisations);
    expect(accounts.filter((a) => a.role === 'participant')).toHaveLength(loaded.participants);
    const hashes = new Set(accounts.map((a) => a.password_hash));
    expect(hashes.size).toBe(1);
    expect(await verifyPassword([...hashes][0]!, DEMO_PASSWORD)).toBe(true);

    // The sign-ins the demo advertises work through the API.
    const advertised = loaded.signInAs as { email: string; role: string }[];
    expect(advertised.map((a) => a.email)).toContain(DEMO_COORDINATOR_EMAIL);
    expect(new Set(advertised.map((a) => a.role))).toEqual(
      new Set(['coordinator', 'organisation_contact', 'mentee', 'mentor']),
    );
    for (const { email } of advertised) {
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(signIn.statusCode, email).toBe(200);
    }
    // The contact of an organisation sees it and its people only.
    const contactEmail = advertised.find((a) => a.role === 'organisation_contact')!.email;
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: contactEmail, password: DEMO_PASSWORD },
    });
    const cookie = cookieOf(signIn);
    const own = await t.app.inject({ url: '/api/v1/organisations', headers: { cookie } });
    expect(own.json().organisations).toHaveLength(1);
    const people = await t.app.inject({ url: '/api/v1/participants', headers: { cookie } });
    expect(people.json().total).toBe(7);
  });

  it('is refused once the installation is set up', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/setup/coordinator', payload: coordinator });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('setup_done');
    expect(await count('organisations')).toBe(0);
    expect(await count('accounts')).toBe(1);
    // Loading it twice is refused as well.
    const fresh = await buildTestApp();
    try {
      expect((await fresh.app.inject({ method: 'POST', url: '/api/v1/setup/demo' })).statusCode).toBe(200);
      expect((await fresh.app.inject({ method: 'POST', url: '/api/v1/setup/demo' })).statusCode).toBe(409);
    } finally {
      await fresh.close();
    }
  });
});
