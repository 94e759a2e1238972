import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseTarget } from '../server/db/connect.ts';
import { dataDirHolder, lockDataDir } from '../server/db/connect.ts';
import { onDiskOptions, syncPath, syncTree } from '../server/db/durable-pglite.ts';

/*
 * Backups of either database crossmentor runs on.
 * - Embedded (PGlite): the whole data directory as one tar.gz, taken by PGlite itself
 *   (`dumpDataDir`) after a checkpoint; restored by loading it into a new sibling directory
 *   (`loadDataDir`), which then replaces the old one by two renames, so the data directory is never
 *   half restored. Both need the data directory's lock: the server must be stopped.
 * - PostgreSQL (DATABASE_URL): pg_dump's custom format, restored by pg_restore in one transaction.
 */

/** A refusal or failure the command reports in one message, exiting with `exitCode`. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface Counts {
  organisations: number;
  participants: number;
  accounts: number;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** Null when the database has no crossmentor tables yet. */
  counts: Counts | null;
}

export interface RestoreResult extends BackupResult {
  /** Where it went: the data directory, or the database's name and host. */
  into: string;
}

export type BackupKind = 'pglite' | 'pg_dump';

const COUNTS_SQL = `select (select count(*) from organisations)::int as organisations,
  (select count(*) from participants)::int as participants,
  (select count(*) from accounts)::int as accounts`;
// The tables the counts read, and the migrations' own table: a crossmentor database has them all.
const CROSSMENTOR_TABLES = ['kysely_migration', 'organisations', 'participants', 'accounts'];
const TABLES_SQL = `select count(*)::int as present from pg_tables where schemaname = 'public'
  and tablename in (${CROSSMENTOR_TABLES.map((t) => `'${t}'`).join(', ')})`;

/** `crossmentor-backup-20261206T054312Z.tar.gz` (embedded) or `….dump` (pg_dump). */
export function defaultBackupName(kind: BackupKind, now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `crossmentor-backup-${stamp}${kind === 'pglite' ? '.tar.gz' : '.dump'}`;
}

export function kindOf(target: DatabaseTarget): BackupKind {
  return target.kind === 'postgres' ? 'pg_dump' : 'pglite';
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatCounts(counts: Counts | null): string {
  if (!counts) return 'no crossmentor tables yet';
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(counts.organisations, 'organisation', 'organisations'),
    n(counts.participants, 'participant', 'participants'),
    n(counts.accounts, 'account', 'accounts'),
  ].join(', ');
}

// ---------------------------------------------------------------------------------------------
// Files

/** Writes `data` to `file` whole or not at all: a temporary file beside it, synced, then renamed. */
function writeFileAtomically(file: string, data: Uint8Array) {
  const partial = `${file}.partial-${process.pid}`;
  try {
    const fd = openSync(partial, 'w');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  syncPath(dirname(file));
}

function readHead(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function isTarHeader(block: Uint8Array): boolean {
  if (block.length < 512) return false;
  const stored = Number.parseInt(cString(block, 148, 8).trim(), 8);
  if (!Number.isInteger(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum === stored;
}

function cString(block: Uint8Array, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString('utf8');
}

/** The names of a tar archive's entries (without a leading `/` or `./`), or null when it is not one. */
export function tarEntryNames(tar: Uint8Array): string[] | null {
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return names;
    if (!isTarHeader(header)) return null;
    const size = Number.parseInt(cString(header, 124, 12).trim() || '0', 8);
    if (!Number.isInteger(size) || size < 0) return null;
    const ustar = cString(header, 257, 6).startsWith('ustar');
    const prefix = ustar ? cString(header, 345, 155) : '';
    const name = (prefix ? `${prefix}/` : '') + cString(header, 0, 100);
    names.push(name.replace(/^(\.?\/)+/, ''));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names.length > 0 && offset <= tar.length ? names : null;
}

/**
 * What kind of backup `file` is, from its first bytes: a pg_dump custom-format archive starts with
 * "PGDMP"; the embedded database's is a tar.gz (or a plain tar). Anything else is no backup of ours.
 */
export function detectBackupKind(file: string): BackupKind | null {
  const head = readHead(file, 512);
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (isTarHeader(head)) return 'pglite';
  return null;
}

function notABackup(file: string, why: string): CommandError {
  return new CommandError(`${file} is not a crossmentor backup (${why}).`);
}

/** Checks `file` exists and is a backup of the kind this database takes, and says why not. */
export function checkBackupFile(file: string, target: DatabaseTarget): BackupKind {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CommandError(`${file}: no such file.`);
  }
  if (!isFile) throw new CommandError(`${file} is not a file.`);
  const kind = detectBackupKind(file);
  if (!kind) {
    throw notABackup(file, 'neither an embedded-database archive (.tar.gz) nor a pg_dump file (.dump)');
  }
  const wanted = kindOf(target);
  if (kind !== wanted) {
    throw new CommandError(
      kind === 'pg_dump'
        ? `${file} is a PostgreSQL dump (pg_dump), but this installation uses the embedded database (DATA_DIR, no DATABASE_URL). ` +
            'Set DATABASE_URL to the PostgreSQL database to restore it into.'
        : `${file} is a backup of the embedded database, but DATABASE_URL points to a PostgreSQL server. ` +
            'Unset DATABASE_URL (and set DATA_DIR if needed) to restore it into the embedded database.',
    );
  }
  return kind;
}

// ---------------------------------------------------------------------------------------------
// Embedded database (PGlite)

function serverRunning(dataDir: string, holder: number, action: 'back up' | 'restore'): CommandError {
  return new CommandError(
    `The embedded database in ${dataDir} is in use by a running crossmentor process (pid ${holder}). ` +
      `Stop the server first (for example: systemctl stop crossmentor@3000, or Ctrl-C on npm start), ${action} ` +
      'and start it again: this takes seconds. The embedded database can be opened by one process at a time; ' +
      'to take backups while the app serves, run it on a PostgreSQL server (DATABASE_URL), where crossmentor backup uses pg_dump.',
  );
}

async function countsOf(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Counts | null> {
  const [tables] = await query(TABLES_SQL);
  if (Number(tables?.present) !== CROSSMENTOR_TABLES.length) return null;
  const [row] = await query(COUNTS_SQL);
  return {
    organisations: Number(row!.organisations),
    participants: Number(row!.participants),
    accounts: Number(row!.accounts),
  };
}

function pgliteQuery(pglite: PGlite) {
  return async (sql: string) => (await pglite.query<Record<string, unknown>>(sql)).rows;
}

export async function backupPglite(dataDir: string, file: string): Promise<BackupResult> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new CommandError(
      `There is no embedded database in ${dataDir} to back up. Set DATA_DIR to where it is (the server's DATA_DIR), ` +
        'or DATABASE_URL for a PostgreSQL server.',
    );
  }
  const holder = dataDirHolder(dataDir);
  if (holder !== null) throw serverRunning(dataDir, holder, 'back up');
  const unlock = lockDataDir(dataDir);
  try {
    const pglite = new PGlite(onDiskOptions(dataDir));
    try {
      await pglite.waitReady;
      const counts = await countsOf(pgliteQuery(pglite));
      // Everything in the data files, so a restore starts without replaying WAL.
      await pglite.exec('checkpoint');
      const archive = new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
      writeFileAtomically(file, archive);
      return { file, bytes: archive.byteLength, counts };
    } finally {
      await pglite.close();
    }
  } finally {
    unlock();
  }
}

/** The archive's tar, checked to hold a PostgreSQL data directory. */
function readPgliteArchive(file: string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw notABackup(file, 'a damaged gzip file');
    }
  }
  const names = tarEntryNames(bytes);
  if (!names) throw notABackup(file, 'no tar archive inside');
  if (!names.includes('PG_VERSION') || !names.includes('global/pg_control')) {
    throw notABackup(file, 'no PostgreSQL data directory inside');
  }
  // Read from a file or unzipped: never a shared buffer.
  return bytes as Uint8Array<ArrayBuffer>;
}

function hasEntries(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

/**
 * Leftovers of a restore that stopped half-way (its process died): the lock says none is running.
 * A replaced database is the only copy left when the data directory is missing (the restore died
 * between its two renames): it is put back, never deleted.
 */
function removeLeftovers(dataDir: string) {
  const parent = dirname(dataDir);
  const base = basename(dataDir);
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith(`${base}.replaced-`) && !hasEntries(dataDir)) {
      rmSync(dataDir, { recursive: true, force: true });
      renameSync(path, dataDir);
    } else if (name.startsWith(`${base}.restoring-`) || name.startsWith(`${base}.replaced-`)) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

export async function restorePglite(dataDir: string, file: string, force: boolean): Promise<RestoreResult> {
  const tar = readPgliteArchive(file);
  const holder = dataDirHolder(dataDir);
  if (holder !== null) throw serverRunning(dataDir, holder, 'restore');
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    // First, so that a database an earlier restore left aside counts as the one there.
    removeLeftovers(dataDir);
    if (hasEntries(dataDir) && !force) {
      throw new CommandError(
        `${dataDir} already holds a database, and restoring replaces it. ` +
          'Back it up first if it may still be needed (crossmentor backup), then run: ' +
          `crossmentor restore ${file} --force`,
      );
    }
    let counts: Counts | null;
    const pglite = new PGlite({
      ...onDiskOptions(staging),
      loadDataDir: new Blob([tar], { type: 'application/x-tar' }),
    });
    try {
      try {
        await pglite.waitReady;
      } catch (error) {
        throw notABackup(
          file,
          `its database does not start: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      counts = await countsOf(pgliteQuery(pglite));
    } finally {
      await pglite.close().catch(() => {});
    }
    if (!counts) throw notABackup(file, "a PostgreSQL data directory without crossmentor's tables");
    syncTree(staging);
    // The swap: the data directory is the old one or the restored one, whole, at every moment but
    // the instant between these two renames (and the lock keeps the server out all along).
    if (existsSync(dataDir)) {
      const replaced = `${dataDir}.replaced-${process.pid}`;
      renameSync(dataDir, replaced);
      try {
        renameSync(staging, dataDir);
      } catch (error) {
        // The old database goes back where it was: a failed restore leaves it as it found it.
        renameSync(replaced, dataDir);
        throw error;
      }
      syncPath(parent);
      rmSync(replaced, { recursive: true, force: true });
    } else {
      renameSync(staging, dataDir);
      syncPath(parent);
    }
    return { file, bytes: statSync(file).size, counts, into: dataDir };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL server (DATABASE_URL): pg_dump and pg_restore

/** The major version of a PostgreSQL client tool on PATH (of `env`), or null when it is not there. */
export function toolMajorVersion(tool: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv): number | null {
  const result = spawnSync(tool, ['--version'], { env, encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(result.stdout);
  return match ? Number(match[1]) : null;
}

function missingTools(tools: string[], command: string): CommandError {
  return new CommandError(
    `${command} on a PostgreSQL server (DATABASE_URL) runs PostgreSQL's client tools, and ${tools.join(' and ')} ` +
      `${tools.length > 1 ? 'are' : 'is'} not on PATH. Install them, of the server's major version or newer: ` +
      'on Debian or Ubuntu "apt-get install postgresql-client" (or postgresql-client-<major> from apt.postgresql.org), ' +
      'on Alpine "apk add postgresql-client", on macOS "brew install libpq" and add its bin folder to PATH.',
  );
}

/**
 * The URL for libpq without its password, which goes in PGPASSWORD instead, so that it never shows in
 * the process list. A string that is not a URL goes as it is.
 */
function libpqConnection(url: string, env: NodeJS.ProcessEnv): { dbname: string; env: NodeJS.ProcessEnv } {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return { dbname: url, env };
    const password = decodeURIComponent(parsed.password);
    parsed.password = '';
    return { dbname: parsed.toString(), env: { ...env, PGPASSWORD: password } };
  } catch {
    return { dbname: url, env };
  }
}

/** "crossmentor on db.example.org:5432": where the URL points, without credentials. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname.replace(/^\//, '') || '(default database)'} on ${parsed.host || 'localhost'}`;
  } catch {
    return 'the DATABASE_URL database';
  }
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new CommandError(
      `Cannot connect to ${describeUrl(url)}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function clientQuery(client: pg.Client) {
  return async (sql: string) => (await client.query<Record<string, unknown>>(sql)).rows;
}

async function serverMajorVersion(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
  return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
}

function run(
  tool: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolvePromise({
        code: code ?? 1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8').trim(),
      }),
    );
  });
}

export async function backupPostgres(
  url: string,
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<BackupResult> {
  const dumpMajor = toolMajorVersion('pg_dump', env);
  if (dumpMajor === null) throw missingTools(['pg_dump'], 'crossmentor backup');
  const { serverMajor, counts } = await withClient(url, async (client) => ({
    serverMajor: await serverMajorVersion(client),
    counts: await countsOf(clientQuery(client)),
  }));
  if (dumpMajor < serverMajor) {
    throw new CommandError(
      `pg_dump on PATH is version ${dumpMajor}, older than the server (PostgreSQL ${serverMajor}); pg_dump cannot back up a newer server. ` +
        `Install postgresql-client-${serverMajor} or newer (on Debian or Ubuntu from apt.postgresql.org) and put its pg_dump first on PATH.`,
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  const connection = libpqConnection(url, env);
  try {
    const result = await run(
      'pg_dump',
      ['--format=custom', `--file=${partial}`, `--dbname=${connection.dbname}`],
      connection.env,
    );
    if (result.code !== 0)
      throw new CommandError(`pg_dump failed: ${result.stderr || `exit code ${result.code}`}`);
    const fd = openSync(partial, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    syncPath(dirname(file));
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, counts };
}

export async function restorePostgres(
  url: string,
  file: string,
  force: boolean,
  env: NodeJS.ProcessEnv,
): Promise<RestoreResult> {
  if (toolMajorVersion('pg_restore', env) === null) throw missingTools(['pg_restore'], 'crossmentor restore');
  const list = await run('pg_restore', ['--list', file], env);
  if (list.code !== 0) throw notABackup(file, `pg_restore cannot read it: ${list.stderr}`);
  const missing = CROSSMENTOR_TABLES.filter(
    (table) => !new RegExp(`\\sTABLE (DATA )?public ${table}\\s`).test(list.stdout),
  );
  if (missing.length > 0)
    throw notABackup(file, `a pg_dump file without crossmentor's tables (${missing.join(', ')})`);
  const where = describeUrl(url);
  await withClient(url, async (client) => {
    const { rows } = await client.query<{ tables: number }>(
      `select count(*)::int as tables from pg_tables where schemaname = 'public'`,
    );
    if (rows[0]!.tables > 0 && !force) {
      throw new CommandError(
        `The database ${where} already has tables, and restoring replaces them. ` +
          'Back it up first if it may still be needed (crossmentor backup), then run: ' +
          `crossmentor restore ${file} --force`,
      );
    }
  });
  const connection = libpqConnection(url, env);
  // One transaction: the database is the old one or the restored one, never half of each.
  const result = await run(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${connection.dbname}`, file],
    connection.env,
  );
  if (result.code !== 0) {
    throw new CommandError(
      `pg_restore failed, and the database is as it was (the restore runs in one transaction): ${result.stderr || `exit code ${result.code}`}`,
    );
  }
  const counts = await withClient(url, (client) => countsOf(clientQuery(client)));
  return { file, bytes: statSync(file).size, counts, into: where };
}
