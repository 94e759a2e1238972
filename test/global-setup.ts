import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { createDatabase, createMemoryDatabase } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data-directory dump. PostgreSQL: the server and a migrated template database. */
    testDatabase:
      | { kind: 'pglite'; snapshotPath: string }
      | { kind: 'postgres'; url: string; template: string };
  }
}

/** Migrates one database per test run; every test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = createDatabase({ kind: 'postgres', url });
    const template = `crossmentor_test_template_${process.pid}`;
    await sql`drop database if exists ${sql.id(template)}`.execute(admin);
    await sql`create database ${sql.id(template)}`.execute(admin);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    const templateDb = createDatabase({ kind: 'postgres', url: templateUrl.toString() });
    await migrateToLatest(templateDb);
    await templateDb.destroy();
    project.provide('testDatabase', { kind: 'postgres', url, template });
    return async () => {
      await sql`drop database if exists ${sql.id(template)} with (force)`.execute(admin);
      await admin.destroy();
    };
  }
  const { db, dump } = createMemoryDatabase();
  await migrateToLatest(db);
  const snapshot = await dump();
  await db.destroy();
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const snapshotPath = join(dir, `pglite-snapshot-${process.pid}.tar`);
  writeFileSync(snapshotPath, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('testDatabase', { kind: 'pglite', snapshotPath });
  return () => rmSync(snapshotPath, { force: true });
}
