import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp } from '../src/server/app.ts';
import type { AppConfig } from '../src/server/config.ts';
import type { Db } from '../src/server/db/database.ts';
import { createTestDatabase } from './test-database.ts';

export const testConfig: AppConfig = {
  publicOrigin: null,
  trustProxy: false,
  webRoot: null,
  logLevel: 'silent',
  matchingInWorker: false,
  sharedDatabase: Boolean(process.env.DATABASE_URL),
  mailFrom: 'crossmentor <mentoring@example.org>',
  mailDelivery: false,
};

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current: Date = new Date('2026-11-27T10:00:00Z')) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  clock: TestClock;
  close: () => Promise<void>;
}

export async function buildTestApp(options: { onRouteRegistered?: (route: RouteOptions) => void } = {}) {
  const database = await createTestDatabase();
  const clock = new TestClock();
  const app = await buildApp({
    db: database.db,
    config: testConfig,
    clock: clock.now,
    logger: false,
    // Every answer a test gets is checked against the contract's zod schema as well.
    checkResponses: true,
    ...(options.onRouteRegistered ? { onRouteRegistered: options.onRouteRegistered } : {}),
  });
  await app.ready();
  return {
    app,
    db: database.db,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  } satisfies TestApp;
}
