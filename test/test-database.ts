import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createDatabase, createMemoryDatabase } from '../src/server/db/connect.ts';
import type { Db } from '../src/server/db/database.ts';

export interface TestDatabase {
  db: Db;
  /** Closes the database and drops it where it was a copy on a server. */
  close: () => Promise<void>;
}

/** A fresh, migrated database of its own: a restored PGlite snapshot, or a PostgreSQL copy of the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') {
    const snapshot = new Blob([readFileSync(target.snapshotPath)]);
    const { db } = createMemoryDatabase(snapshot);
    return { db, close: () => db.destroy() };
  }
  const name = `crossmentor_test_${randomBytes(6).toString('hex')}`;
  const admin = createDatabase({ kind: 'postgres', url: target.url });
  await sql`create database ${sql.id(name)} template ${sql.id(target.template)}`.execute(admin);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  const db = createDatabase({ kind: 'postgres', url: url.toString() });
  return {
    db,
    close: async () => {
      await db.destroy();
      // No "with (force)": the pool's connections may still be closing after destroy(), and forcing
      // them out raises unhandled FATAL errors in the test worker; a plain drop waits for them.
      await sql`drop database if exists ${sql.id(name)}`.execute(admin);
      await admin.destroy();
    },
  };
}
