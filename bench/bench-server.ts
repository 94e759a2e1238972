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

/** Starts `node --import tsx src/server/main.ts` on the database and waits until it answers. */
export function startAppServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return resolve(child);
      } catch {}
      if (Date.now() > deadline) return reject(new Error('the app did not start within 30 s'));
      setTimeout(poll, 200);
    };
    poll();
  });
}
