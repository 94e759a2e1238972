import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { buildApp } from '../app.ts';

let webRoot: string;
let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'crossmentor-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><title>crossmentor</title><div id="root"></div>',
  );
  writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log("app")');
  database = await createTestDatabase();
  app = await buildApp({ db: database.db, config: { ...testConfig, webRoot }, logger: false });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web app', () => {
  it('answers every page path with the app shell, and serves its files', async () => {
    for (const url of ['/', '/sign-in', '/cycles/4a8c/matching', '/invitations/abc']) {
      const page = await app.inject({ url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/text\/html/);
      expect(page.body, url).toContain('<div id="root">');
    }
    const script = await app.inject({ url: '/assets/app-1234.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('keeps unknown API paths as JSON errors', async () => {
    const response = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
