import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../../../test/build-test-app.ts';
import { createConsortium, TEST_PASSWORD } from '../../../../test/factories.ts';
import { buildApp } from '../../app.ts';
import { SESSION_COOKIE } from '../../http/authenticate.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
  await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

function signIn(email: string, password: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    remoteAddress: ip,
  });
}

function sessionCookieOf(response: Awaited<ReturnType<typeof signIn>>) {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return cookie ? `${SESSION_COOKIE}=${cookie.value}` : '';
}

describe('sign-in', () => {
  it('opens a server-side session with an HttpOnly, SameSite=Lax cookie', async () => {
    const response = await signIn('HR@alpha.example', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().account).toMatchObject({
      email: 'hr@alpha.example',
      role: 'organisation_contact',
    });
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const session = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: sessionCookieOf(response) },
    });
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
  });

  it('gives a new token at every sign-in', async () => {
    const first = sessionCookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    const second = sessionCookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    expect(first).not.toBe(second);
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const wrong = await signIn('hr@alpha.example', 'not the password at all');
    const unknown = await signIn('nobody@alpha.example', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('rate-limits failed sign-ins per account with Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn('hr@alpha.example', 'wrong password!!')).statusCode).toBe(401);
    const limited = await signIn('hr@alpha.example', TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account is not affected.
    expect((await signIn('hr@beta.example', TEST_PASSWORD)).statusCode).toBe(200);
    t.clock.advance(16 * 60 * 1000);
    expect((await signIn('hr@alpha.example', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('rate-limits failed sign-ins per IP address across accounts', async () => {
    for (let i = 0; i < 30; i++) await signIn(`guess${i}@alpha.example`, 'wrong password!!', '10.9.9.9');
    expect((await signIn('hr@beta.example', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await signIn('hr@beta.example', TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(200);
  });

  it('records sign-ins and failed sign-ins in the audit log', async () => {
    await signIn('hr@alpha.example', 'wrong password!!');
    await signIn('hr@alpha.example', TEST_PASSWORD);
    const actions = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_email', 'ip'])
      .orderBy('id')
      .execute();
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: 'auth.sign_in_failed', actor_email: 'hr@alpha.example', ip: '10.0.0.1' },
        { action: 'auth.signed_in', actor_email: 'hr@alpha.example', ip: '10.0.0.1' },
      ]),
    );
  });
});

describe('sessions', () => {
  it('end after 30 minutes idle', async () => {
    const cookie = sessionCookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    t.clock.advance(29 * 60 * 1000);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(29 * 60 * 1000);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(31 * 60 * 1000);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('end 12 hours after sign-in however active', async () => {
    const cookie = sessionCookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      t.clock.advance(20 * 60 * 1000);
      expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(200);
    }
    t.clock.advance(25 * 60 * 1000);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('sign-out deletes the session on the server', async () => {
    const cookie = sessionCookieOf(await signIn('hr@alpha.example', TEST_PASSWORD));
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
    expect(await t.db.selectFrom('sessions').selectAll().execute()).toHaveLength(5);
  });

  it('marks the cookie Secure when served over https behind a trusted proxy, and only then', async () => {
    const signInOverHttps = (app: typeof t.app) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'hr@alpha.example', password: TEST_PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
    // Without a trusted proxy the forwarded header is ignored: plain http, no Secure flag.
    const direct = await signInOverHttps(t.app);
    expect(direct.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBeFalsy();
    const proxied = await buildApp({ db: t.db, config: { ...testConfig, trustProxy: true }, logger: false });
    try {
      const response = await signInOverHttps(proxied);
      expect(response.statusCode).toBe(200);
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });
});
