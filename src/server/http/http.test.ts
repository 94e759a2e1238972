import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { createConsortium } from '../../../test/factories.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

const HOST = 'mentoring.example.org';
const firstCoordinator = {
  name: 'Carla Coordinator',
  email: 'carla@example.org',
  password: 'a long and unusual passphrase',
};

async function accountCount() {
  const row = await t.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function expectErrorShape(body: unknown, code: string) {
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\.ts:\d+|node_modules|\n\s+at /);
}

describe('every response', () => {
  it('carries the security headers', async () => {
    const response = await t.app.inject({ url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('from the API is never cached, errors included', async () => {
    expect((await t.app.inject({ url: '/api/v1/setup' })).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/api/v1/cycles' })).headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ url: '/api/v1/nowhere' })).headers['cache-control']).toBe('no-store');
  });
});

describe('cross-site writes', () => {
  it('are refused when the Origin is another site, and nothing is written', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { host: HOST, origin: 'https://evil.example' },
      payload: firstCoordinator,
    });
    expect(response.statusCode).toBe(403);
    expectErrorShape(response.json(), 'origin_rejected');
    expect(await accountCount()).toBe(0);
    // Another scheme or port is another origin too.
    const http = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { host: HOST, origin: `https://${HOST}` },
      payload: firstCoordinator,
    });
    expect(http.statusCode).toBe(403);
    expect(await accountCount()).toBe(0);
  });

  it('from the same origin go through', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { host: HOST, origin: `http://${HOST}` },
      payload: firstCoordinator,
    });
    expect(response.statusCode).toBe(200);
    expect(await accountCount()).toBe(1);
  });

  it('are refused without an Origin when the browser’s Fetch Metadata says cross-site or same-site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/setup/coordinator',
        headers: { host: HOST, 'sec-fetch-site': site },
        payload: firstCoordinator,
      });
      expect(response.statusCode, site).toBe(403);
      expectErrorShape(response.json(), 'origin_rejected');
    }
    expect(await accountCount()).toBe(0);
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { host: HOST, 'sec-fetch-site': 'same-origin' },
      payload: firstCoordinator,
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('reads are not blocked by a foreign Origin', async () => {
    const response = await t.app.inject({
      url: '/api/v1/setup',
      headers: { host: HOST, origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('addresses', () => {
  it('answer an over-long path part with 414 in the API’s error shape', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const response = await t.app.inject({
      url: `/api/v1/participants/${'a'.repeat(150)}`,
      headers: { cookie: c.cookies.coordinator },
    });
    expect(response.statusCode).toBe(414);
    expectErrorShape(response.json(), 'uri_too_long');
  });

  it('answer a malformed path with 400 in the API’s error shape', async () => {
    const response = await t.app.inject({ url: '/api/v1/participants/%E0%A4%A' });
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.json(), 'bad_request');
  });
});

describe('request bodies', () => {
  it('refuses JSON over 1 MiB with 413 payload_too_large', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...firstCoordinator, name: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expectErrorShape(response.json(), 'payload_too_large');
    expect(await accountCount()).toBe(0);
  });

  it('answers malformed JSON with 400 and a message saying so', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Carla", ',
    });
    expect(response.statusCode).toBe(400);
    expectErrorShape(response.json(), 'bad_request');
    expect(response.json().error.message).toMatch(/not valid JSON/);
  });

  it('refuses a NUL character in a JSON text or key with 400, as text in the database cannot hold it', async () => {
    for (const payload of [
      JSON.stringify({ ...firstCoordinator, name: 'Carla\u0000' }),
      `{"name": "Carla", "email": "carla@example.org", "password": "${firstCoordinator.password}", "x\\u0000": 1}`,
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/setup/coordinator',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expectErrorShape(response.json(), 'bad_request');
      expect(response.json().error.message).toMatch(/NUL/);
    }
    expect(await accountCount()).toBe(0);
  });

  it('refuses a lone UTF-16 surrogate in a JSON text or key with 400, and takes a whole pair', async () => {
    const body = (name: string, extra = '') =>
      `{"name": "${name}", "email": "carla@example.org", "password": "${firstCoordinator.password}"${extra}}`;
    for (const payload of [
      body('Carla \\ud800'),
      body('Carla \\udfff x'),
      body('Carla', ', "k\\udc00": 1'),
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/setup/coordinator',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(400);
      expectErrorShape(response.json(), 'bad_request');
      expect(response.json().error.message).toMatch(/surrogate/);
    }
    expect(await accountCount()).toBe(0);
    // An escaped pair is one character (😀), and welcome.
    const whole = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      headers: { 'content-type': 'application/json' },
      payload: body('Carla \\ud83d\\ude00'),
    });
    expect(whole.statusCode).toBe(200);
    const stored = await t.db.selectFrom('accounts').select('name').executeTakeFirstOrThrow();
    expect(stored.name).toBe('Carla 😀');
  });

  it('refuses a NUL character in the query string with 400', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    for (const url of ['/api/v1/audit-log?action=a%00b', '/api/v1/participants?q=a%00b']) {
      const response = await t.app.inject({ url, headers: { cookie: c.cookies.coordinator } });
      expect(response.statusCode, url).toBe(400);
      expectErrorShape(response.json(), 'bad_request');
    }
  });

  it('answers an invalid body with 400 validation_failed and the failing fields', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup/coordinator',
      payload: { name: 'Carla', email: 'not an email', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'email', message: expect.any(String) },
        { path: 'password', message: expect.stringContaining('12') },
      ]),
    );
  });
});

describe('errors', () => {
  it('an unknown API route answers 404 in the error shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nowhere?x=1' });
    expect(response.statusCode).toBe(404);
    expectErrorShape(response.json(), 'not_found');
    expect(response.json().error.message).toBe('No route GET /api/v1/nowhere');
    const post = await t.app.inject({ method: 'POST', url: '/api/v2/organisations', payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('a signed-out caller gets 401, never data', async () => {
    const response = await t.app.inject({ url: '/api/v1/participants' });
    expect(response.statusCode).toBe(401);
    expectErrorShape(response.json(), 'unauthenticated');
  });

  it('a failure on our side answers 500 with a plain message: no stack, no internals', async () => {
    const { cookies } = await createConsortium(t.db, t.clock.now());
    // A row the response schema cannot describe makes the serializer fail.
    await t.db
      .updateTable('organisations')
      .set({ size: 'gigantic' })
      .where('name', '=', 'Alpha Bank')
      .execute();
    const response = await t.app.inject({
      url: '/api/v1/organisations',
      headers: { cookie: cookies.coordinator },
    });
    expect(response.statusCode).toBe(500);
    expectErrorShape(response.json(), 'internal');
    expect(response.body).not.toMatch(/gigantic|size|stack|Error/);
  });
});
