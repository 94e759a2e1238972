import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testConfig } from '../../test/build-test-app.ts';
import { createConsortium, createOrganisation, TEST_PASSWORD } from '../../test/factories.ts';
import { buildApp } from '../server/app.ts';
import { createDatabase } from '../server/db/connect.ts';
import type { Db } from '../server/db/database.ts';
import { durableFsyncCalls, onDiskOptions } from '../server/db/durable-pglite.ts';
import { runBackupCommand, runRestoreCommand } from './backup.command.ts';
import { tarEntryNames, toolMajorVersion } from './backup.ts';

const target = inject('testDatabase');
const now = new Date('2026-12-06T10:00:00Z');

// On disk (fsync means something there) and ignored by git: .tmp/ in the repository.
const scratch = join(process.cwd(), '.tmp');
const dirs: string[] = [];
function scratchDir(prefix: string) {
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs a command as the shell would, with the environment given, and keeps what it prints. */
async function run(
  command: typeof runBackupCommand,
  argv: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await command(argv, env, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function countsOf(db: Db) {
  const { rows } = await sql<{ organisations: number; participants: number; accounts: number }>`
    select (select count(*) from organisations)::int as organisations,
      (select count(*) from participants)::int as participants,
      (select count(*) from accounts)::int as accounts`.execute(db);
  return rows[0]!;
}

/** Signs in through the app on `db` and answers the HTTP status. */
async function signInStatus(db: Db, email: string) {
  const app = await buildApp({ db, config: testConfig, clock: () => now, logger: false });
  try {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: TEST_PASSWORD },
    });
    return response.statusCode;
  } finally {
    await app.close();
  }
}

describe('crossmentor backup and restore: files and tools', () => {
  const dir = scratchDir('backup-files-');
  const pgliteEnv = { PATH: process.env.PATH, DATA_DIR: join(dir, 'pglite') };
  const postgresEnv = { PATH: process.env.PATH, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

  it('refuses a file that is missing, is no backup, or is the other database kind, and touches nothing', async () => {
    const missing = await run(runRestoreCommand, [join(dir, 'missing.tar.gz')], pgliteEnv);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.tar.gz: no such file');

    writeFileSync(join(dir, 'notes.txt'), 'not a backup\n');
    const text = await run(runRestoreCommand, [join(dir, 'notes.txt')], pgliteEnv);
    expect(text.code).toBe(1);
    expect(text.err).toContain('notes.txt is not a crossmentor backup');

    // A tar.gz, but of something else than a database.
    writeFileSync(join(dir, 'random.tar.gz'), gzipSync(randomBytes(2048)));
    const random = await run(runRestoreCommand, [join(dir, 'random.tar.gz'), '--force'], pgliteEnv);
    expect(random.code).toBe(1);
    expect(random.err).toContain('random.tar.gz is not a crossmentor backup (no tar archive inside)');

    writeFileSync(join(dir, 'server.dump'), 'PGDMP\u0001\u000e\u0000');
    const dumpOnEmbedded = await run(runRestoreCommand, [join(dir, 'server.dump')], pgliteEnv);
    expect(dumpOnEmbedded.code).toBe(1);
    expect(dumpOnEmbedded.err).toContain(
      'is a PostgreSQL dump (pg_dump), but this installation uses the embedded database',
    );

    const archiveOnServer = await run(runRestoreCommand, [join(dir, 'random.tar.gz')], postgresEnv);
    expect(archiveOnServer.code).toBe(1);
    expect(archiveOnServer.err).toContain(
      'is a backup of the embedded database, but DATABASE_URL points to a PostgreSQL server',
    );

    expect(existsSync(join(dir, 'pglite'))).toBe(false);
  });

  it('answers usage errors with exit code 2', async () => {
    expect((await run(runRestoreCommand, [], pgliteEnv)).code).toBe(2);
    expect((await run(runRestoreCommand, ['a.tar.gz', '--yes'], pgliteEnv)).code).toBe(2);
    expect((await run(runBackupCommand, ['a.tar.gz', 'b.tar.gz'], pgliteEnv)).code).toBe(2);
    const help = await run(runBackupCommand, ['--help'], pgliteEnv);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: crossmentor backup [FILE]');
  });

  it('names the missing PostgreSQL client tools and where to get them', async () => {
    const env = { ...postgresEnv, PATH: join(dir, 'no-tools-here') };
    const backup = await run(runBackupCommand, [join(dir, 'x.dump')], env);
    expect(backup.code).toBe(1);
    expect(backup.err).toContain('pg_dump is not on PATH');
    expect(backup.err).toContain('apt-get install postgresql-client');
    writeFileSync(join(dir, 'x.dump'), 'PGDMP\u0001\u000e\u0000');
    const restore = await run(runRestoreCommand, [join(dir, 'x.dump')], env);
    expect(restore.code).toBe(1);
    expect(restore.err).toContain('pg_restore is not on PATH');
  });
});

describe.skipIf(target.kind !== 'pglite')('backup and restore of the embedded database (PGlite pass)', () => {
  let dir: string;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let before: { organisations: number; participants: number; accounts: number };

  beforeAll(async () => {
    if (target.kind !== 'pglite') return;
    dir = scratchDir('backup-pglite-');
    dataDir = join(dir, 'data', 'pglite');
    env = { PATH: process.env.PATH, DATA_DIR: dataDir };
    // A migrated data directory from the suite's snapshot: no initdb.
    const seed = new PGlite({
      ...onDiskOptions(dataDir),
      loadDataDir: new Blob([readFileSync(target.snapshotPath)]),
    });
    await seed.waitReady;
    await seed.close();
  });

  it('syncs every commit to the disk (fsync on)', async () => {
    const db = createDatabase({ kind: 'pglite', dataDir });
    try {
      const { rows } = await sql<{ fsync: string }>`show fsync`.execute(db);
      expect(rows[0]!.fsync).toBe('on');
      const { rows: method } = await sql<{ wal_sync_method: string }>`show wal_sync_method`.execute(db);
      expect(method[0]!.wal_sync_method).toBe('fsync');
      const syncs = durableFsyncCalls();
      await createOrganisation(db, 'Gamma Logistics');
      expect(durableFsyncCalls()).toBeGreaterThan(syncs);
      // The data the round trip below backs up.
      await createConsortium(db, now);
      before = await countsOf(db);
      expect(before).toEqual({ organisations: 3, participants: 3, accounts: 5 });
    } finally {
      await db.destroy();
    }
  });

  it('backs up, restores into a wiped data directory, and the same people sign in', {
    timeout: 180_000,
  }, async () => {
    // While a server holds the data directory, both refuse and say why.
    writeFileSync(`${dataDir}.pid`, String(process.ppid));
    const busy = await run(runBackupCommand, [join(dir, 'busy.tar.gz')], env);
    expect(busy.code).toBe(1);
    expect(busy.err).toContain(
      `is in use by a running crossmentor process (pid ${process.ppid}). Stop the server first`,
    );
    expect(existsSync(join(dir, 'busy.tar.gz'))).toBe(false);
    rmSync(`${dataDir}.pid`);

    // A directory as FILE: the default name, inside it.
    const backup = await run(runBackupCommand, [dir], env);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    const file = /to (\S+crossmentor-backup-\d{8}T\d{6}Z\.tar\.gz) \(/.exec(backup.out)?.[1];
    expect(file, backup.out).toBeDefined();
    expect(backup.out).toContain('(3 organisations, 3 participants, 5 accounts)');
    expect(tarEntryNames(gunzipSync(readFileSync(file!)))).toContain('PG_VERSION');

    // A change after the backup, which restoring takes back.
    const changed = createDatabase({ kind: 'pglite', dataDir });
    await createOrganisation(changed, 'Delta Energy');
    await changed.destroy();

    const refused = await run(runRestoreCommand, [file!], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${dataDir} already holds a database, and restoring replaces it`);
    expect(refused.err).toContain('--force');

    const forced = await run(runRestoreCommand, [file!, '--force'], env);
    expect(forced.err).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(
      `into the embedded database ${dataDir}: 3 organisations, 3 participants, 5 accounts.`,
    );
    // Nothing left beside it: no staging or replaced directory.
    expect(readdirSync(join(dir, 'data'))).toEqual(['pglite']);

    rmSync(dataDir, { recursive: true, force: true });
    const restored = await run(runRestoreCommand, [file!], env);
    expect(restored.err).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(
      /^Restored .+ \(\d+\.\d MiB\) into the embedded database .+: 3 organisations/,
    );

    const db = createDatabase({ kind: 'pglite', dataDir });
    try {
      expect(await countsOf(db)).toEqual(before);
      expect(await signInStatus(db, 'hr@alpha.example')).toBe(200);
      expect(await signInStatus(db, 'mona@alpha.example')).toBe(200);
    } finally {
      await db.destroy();
    }
  });
});

describe.skipIf(target.kind !== 'postgres')(
  'backup and restore on a PostgreSQL server (PostgreSQL pass)',
  () => {
    const hasTools =
      toolMajorVersion('pg_dump', process.env) !== null &&
      toolMajorVersion('pg_restore', process.env) !== null;
    const noTools = 'pg_dump or pg_restore is not installed (apt-get install postgresql-client)';
    const names = { source: '', copy: '' };
    const urls = { source: '', copy: '' };
    let admin: Db;

    beforeAll(async () => {
      if (target.kind !== 'postgres' || !hasTools) return;
      admin = createDatabase({ kind: 'postgres', url: target.url });
      const suffix = randomBytes(5).toString('hex');
      names.source = `crossmentor_backup_${suffix}_source`;
      names.copy = `crossmentor_backup_${suffix}_copy`;
      await sql`create database ${sql.id(names.source)} template ${sql.id(target.template)}`.execute(admin);
      await sql`create database ${sql.id(names.copy)}`.execute(admin);
      for (const key of ['source', 'copy'] as const) {
        const url = new URL(target.url);
        url.pathname = `/${names[key]}`;
        urls[key] = url.toString();
      }
    });
    afterAll(async () => {
      if (!admin) return;
      for (const name of [names.source, names.copy])
        await sql`drop database if exists ${sql.id(name)}`.execute(admin);
      await admin.destroy();
    });

    it('dumps with pg_dump, refuses a database with tables, restores into an empty one, and the same people sign in', {
      timeout: 120_000,
    }, async (ctx) => {
      ctx.skip(!hasTools, noTools);
      const dir = scratchDir('backup-postgres-');
      const source = createDatabase({ kind: 'postgres', url: urls.source });
      let before: Awaited<ReturnType<typeof countsOf>>;
      try {
        await createConsortium(source, now);
        before = await countsOf(source);
      } finally {
        await source.destroy();
      }
      const file = join(dir, 'nightly.dump');
      const backup = await run(runBackupCommand, [file], { ...process.env, DATABASE_URL: urls.source });
      expect(backup.err).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.out).toContain(`(2 organisations, 3 participants, 5 accounts) to ${file}`);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('PGDMP');

      const refused = await run(runRestoreCommand, [file], { ...process.env, DATABASE_URL: urls.source });
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('already has tables, and restoring replaces them');

      const restored = await run(runRestoreCommand, [file], { ...process.env, DATABASE_URL: urls.copy });
      expect(restored.err).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.out).toContain(`into the PostgreSQL database ${names.copy} on `);
      expect(restored.out).toContain(': 2 organisations, 3 participants, 5 accounts.');

      const copy = createDatabase({ kind: 'postgres', url: urls.copy });
      try {
        expect(await countsOf(copy)).toEqual(before);
        expect(await signInStatus(copy, 'hr@alpha.example')).toBe(200);
      } finally {
        await copy.destroy();
      }
    });

    it('refuses a pg_dump older than the server, saying which versions', async (ctx) => {
      ctx.skip(!hasTools, noTools);
      const dir = scratchDir('backup-old-tools-');
      // A stand-in pg_dump that reports version 9.
      const script = join(dir, 'pg_dump');
      writeFileSync(script, '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
      chmodSync(script, 0o755);
      const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, DATABASE_URL: urls.source };
      const old = await run(runBackupCommand, [join(dir, 'old.dump')], env);
      expect(old.code).toBe(1);
      expect(old.err).toMatch(/pg_dump on PATH is version 9, older than the server \(PostgreSQL \d+\)/);
      expect(existsSync(join(dir, 'old.dump'))).toBe(false);
    });
  },
);
