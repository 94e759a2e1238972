import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { buildApp } from '../app.ts';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
});

/** The app with its real access log, written to lines this test reads. */
async function appLoggingTo(lines: string[]) {
  database = await createTestDatabase();
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildApp({ db: database.db, config: testConfig, logger: { level: 'info', stream } });
  await app.ready();
  return app;
}

describe('the access log', () => {
  it('writes one line per request with method, address, status and time', async () => {
    const lines: string[] = [];
    const app = await appLoggingTo(lines);
    await app.inject({ url: '/api/v1/health?probe=1' });
    await app.close();
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: '/api/v1/health?probe=1',
        status: 200,
        ms: expect.any(Number),
      }),
    ]);
  });

  it('leaves the secret token of an invitation or a one-click unsubscribe out of the address', async () => {
    const lines: string[] = [];
    const app = await appLoggingTo(lines);
    const secret = 'k9VHqvX3c2b1pYzT0aLmN8rStUwXyZ0123456789AB';
    await app.inject({ url: `/api/v1/invitations/by-token/${secret}` });
    await app.inject({
      method: 'POST',
      url: `/api/v1/mail/unsubscribe/${secret}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    await app.close();
    const urls = lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === 'request')
      .map((l) => l.url);
    expect(urls).toEqual(['/api/v1/invitations/by-token/[token]', '/api/v1/mail/unsubscribe/[token]']);
    expect(lines.join('\n')).not.toContain(secret);
  });
});
