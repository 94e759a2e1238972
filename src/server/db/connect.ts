import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';
import { onDiskOptions } from './durable-pglite.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { statementName } from './prepared.ts';

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
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  }
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    lockDataDir(target.dataDir);
  }
  // On disk it syncs like a PostgreSQL server (fsync on, see durable-pglite.ts); PGlite's own default does not.
  const pglite = new PGlite({ ...(target.dataDir ? onDiskOptions(target.dataDir) : {}), parsers });
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

/**
 * The pool as Kysely sees it, sending the prepared queries (db/prepared.ts) as named statements:
 * each connection parses and plans one once, then only binds and runs it. Other SQL goes as before.
 */
function namedStatements(pool: pg.Pool): PostgresPool {
  // One wrapper per connection, so Kysely keeps recognising a connection it has seen.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((query: string | object, values?: unknown[]) => {
      // A cursor (Kysely's stream) passes through.
      if (typeof query !== 'string') return client.query(query as never);
      const name = statementName(query);
      return name ? client.query({ name, text: query, values }) : client.query(query, values);
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  });
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Beside the directory, not in it: the directory belongs to PostgreSQL.
function lockFileOf(dataDir: string): string {
  return `${dataDir.replace(/[/\\]+$/, '')}.pid`;
}

/** The pid of another live process that holds the lock on `dataDir` (a running server), or null. */
export function dataDirHolder(dataDir: string): number | null {
  let holder: number;
  try {
    holder = Number(readFileSync(lockFileOf(dataDir), 'utf8'));
  } catch {
    return null;
  }
  return holder !== process.pid && Number.isInteger(holder) && holder > 0 && isRunning(holder)
    ? holder
    : null;
}

/**
 * Two processes on one PGlite data directory corrupt it, so the first one takes a lock (a pid file)
 * and a second one stops with a clear message. A lock left by a process that died is taken over.
 * The lock goes when the process exits, or earlier by the function this returns.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = dataDirHolder(dataDir);
    if (holder !== null) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by another crossmentor process (pid ${holder}). ` +
          'Stop it first, or use a PostgreSQL server with DATABASE_URL.',
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  const unlock = () => rmSync(lockFile, { force: true });
  process.once('exit', unlock);
  return () => {
    process.off('exit', unlock);
    unlock();
  };
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
