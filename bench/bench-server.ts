// Shared by the benchmarks: a fresh database on the PostgreSQL server, and the app as its own process.
import { type ChildProcess, spawn } from 'node:child_process';
import { sql } from 'kysely';
import { createDatabase } from '../src/server/db/connect.ts';
import type { Db } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';

export const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Drops and creates `name` on the server, migrates it, and returns it with its URL. */
export async function freshBenchDatabase(name: string): Promise<{ db: Db; url: string }> {
  const admin = createDatabase({ kind: 'postgres', url: serverUrl });
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
  await sql`create database ${sql.id(name)}`.execute(admin);
  await admin.destroy();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(db);
  return { db, url: url.toString() };
}

/** How a benchmark starts the app: its log level (unset: the app's default) and where its output goes. */
export interface AppServerOptions {
  /** LOG_LEVEL for the app; undefined leaves it unset, so the app's default applies. */
  logLevel?: string | undefined;
  /** The app's standard output and error: the benchmark's (default), or a file descriptor. */
  output?: 'inherit' | number;
}

/** Starts `node --import tsx src/server/main.ts` on the database and waits until it answers. */
export function startAppServer(
  databaseUrl: string,
  port: number,
  options: AppServerOptions = { logLevel: 'warn' },
): Promise<ChildProcess> {
  const { LOG_LEVEL: _, ...env } = process.env;
  return startProcess(
    ['--import', 'tsx', 'src/server/main.ts'],
    {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ...(options.logLevel === undefined ? {} : { LOG_LEVEL: options.logLevel }),
    },
    `http://127.0.0.1:${port}/api/v1/health`,
    options.output ?? 'inherit',
  );
}

/**
 * Starts `node <args>` with `env` and waits until `readyUrl` answers at all (any status), or
 * rejects after 30 s. The process is killed when this process exits.
 */
export function startProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  readyUrl: string,
  output: 'inherit' | number = 'inherit',
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', output, output] });
  process.once('exit', () => child.kill('SIGTERM'));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code} before it answered`)),
    );
    const poll = async () => {
      try {
        await fetch(readyUrl);
        return resolve(child);
      } catch {}
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        return reject(new Error(`${args.join(' ')} did not answer within 30 s`));
      }
      setTimeout(poll, 200);
    };
    poll();
  });
}
