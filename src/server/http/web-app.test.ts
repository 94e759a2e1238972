import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { buildApp } from '../app.ts';

// A small stand-in for dist/web, as `npm run build:web` lays it out: hashed files under assets/ with
// their .br/.gz siblings and a source map. Nothing is built here.
const script = Buffer.from(`console.log(${JSON.stringify('crossmentor '.repeat(200))});\n`);
const brotli = brotliCompressSync(script);
const gzip = gzipSync(script);

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
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.br'), brotli);
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.gz'), gzip);
  writeFileSync(join(webRoot, 'assets', 'app-abc123.js.map'), '{"version":3,"sources":["secret.tsx"]}');
  database = await createTestDatabase();
  app = await buildApp({ db: database.db, config: { ...testConfig, webRoot }, logger: false });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
});

const asset = '/assets/app-abc123.js';
const immutable = 'public, max-age=31536000, immutable';

describe('the web app', () => {
  it('answers every page path with the app shell, revalidated on every visit', async () => {
    for (const url of ['/', '/sign-in', '/cycles/123', '/cycles/4a8c/matching', '/invitations/abc?x=1']) {
      const page = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type'], url).toMatch(/text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toContain('<div id="root">');
    }
    const index = await app.inject({ url: '/index.html' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the content security policy and the other security headers', async () => {
    for (const url of ['/cycles/123', asset]) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
  });

  it('sends the brotli file to a browser that accepts brotli', async () => {
    const response = await app.inject({ url: asset, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.equals(brotli)).toBe(true);
  });

  it('sends the gzip file to a browser that accepts only gzip', async () => {
    const response = await app.inject({ url: asset, headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.equals(gzip)).toBe(true);
  });

  it('sends the plain file when the browser asks for no encoding', async () => {
    const response = await app.inject({ url: asset });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload.equals(script)).toBe(true);
  });

  it('lets browsers keep hashed assets for a year, in every encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await app.inject({ url: asset, headers: { 'accept-encoding': encoding } });
      expect(response.headers['cache-control'], encoding).toBe(immutable);
    }
  });

  it('does not serve source maps, nor the compressed files by name', async () => {
    for (const url of [`${asset}.map`, `${asset}.br`, `${asset}.gz`, '/some/page.js.map']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('secret.tsx');
    }
  });

  it('answers a missing asset (a chunk of an older build) with 404, not the app shell', async () => {
    const response = await app.inject({ url: '/assets/cycles-old999.js' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('keeps unknown API paths as JSON errors', async () => {
    const response = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});
