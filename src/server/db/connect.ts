import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Opens the database. `onConnectionError` hears of a pooled connection the server dropped (a
 * restart, a network cut): the pool discards it and the next query opens a new one, so the process
 * lives on; without a listener Node would end the process on that 'error' event.
 */
export function createDatabase(
  target: DatabaseTarget,
  onConnectionError: (error: Error) => void = () => {},
): Kysely<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // A request waits this long for a connection, then answers 503 instead of hanging.
      connectionTimeoutMillis: 5_000,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          parsers[oid as keyof typeof parsers] ??
          pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    pool.on('error', onConnectionError);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    lockDataDir(target.dataDir);
  }
  const pglite = new PGlite({ dataDir: target.dataDir ?? undefined, parsers });
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Two processes on one PGlite data directory corrupt it, so the first one takes a lock (a pid file)
 * and a second one stops with a clear message. A lock left by a process that died is taken over.
 */
function lockDataDir(dataDir: string) {
  // Beside the directory, not in it: the directory belongs to PostgreSQL.
  const lockFile = `${dataDir.replace(/[/\\]+$/, '')}.pid`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder !== process.pid && Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by another crossmentor process (pid ${holder}). ` +
          'Stop it first, or use a PostgreSQL server with DATABASE_URL.',
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  process.once('exit', () => rmSync(lockFile, { force: true }));
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
