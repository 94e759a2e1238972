import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { PGliteDialect } from './pglite-dialect.ts';

const DATE_OID = 1082;
const INT8_OID = 20;

// Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); counts and ids arrive as numbers
// on both PGlite and pg, so code never branches on the driver.
const parsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
};

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

export function createDatabase(target: DatabaseTarget): Kysely<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          parsers[oid as keyof typeof parsers] ??
          pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite({ dataDir: target.dataDir ?? undefined, parsers });
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

/**
 * An in-memory PGlite database, optionally restored from a data-directory dump: tests restore a
 * migrated snapshot this way instead of paying for initdb every time.
 */
export function createMemoryDatabase(snapshot?: Blob): { db: Kysely<Database>; dump: () => Promise<Blob> } {
  const pglite = new PGlite({ ...(snapshot ? { loadDataDir: snapshot } : {}), parsers });
  return {
    db: new Kysely<Database>({ dialect: new PGliteDialect(pglite) }),
    dump: () => pglite.dumpDataDir('none'),
  };
}
