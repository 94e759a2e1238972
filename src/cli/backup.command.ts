import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSettings } from '../server/config.ts';
import type { DatabaseTarget } from '../server/db/connect.ts';
import {
  type BackupResult,
  backupPglite,
  backupPostgres,
  CommandError,
  checkBackupFile,
  defaultBackupName,
  formatBytes,
  formatCounts,
  kindOf,
  restorePglite,
  restorePostgres,
} from './backup.ts';

const backupHelp = `Usage: crossmentor backup [FILE]

Backs up the database the server uses (the same settings: DATABASE_URL, or else the embedded
database in DATA_DIR, default ./data/pglite) to FILE. Without FILE, or when FILE is a directory:
crossmentor-backup-<UTC time>.tar.gz (embedded) or crossmentor-backup-<UTC time>.dump (PostgreSQL),
in the current directory or in FILE.

  embedded database   a copy of its whole data directory, as one tar.gz. Stop the server first:
                      the embedded database can be opened by one process at a time.
  PostgreSQL          pg_dump --format=custom, while the app keeps running. Needs PostgreSQL's
                      client tools on PATH, of the server's major version or newer (Debian:
                      apt-get install postgresql-client).

Restore with: crossmentor restore FILE
`;

const restoreHelp = `Usage: crossmentor restore FILE [--force]

Restores a backup made by "crossmentor backup" into the database the server uses (DATABASE_URL, or
else the embedded database in DATA_DIR, default ./data/pglite): an embedded database's .tar.gz
into DATA_DIR, a pg_dump file into the PostgreSQL database.

  --force             replace the database that is there; without it restore fills only an empty
                      data directory or a database without tables

  embedded database   stop the server first. The backup is unpacked and checked in a new directory
                      beside DATA_DIR, which then takes DATA_DIR's place: never half restored.
  PostgreSQL          pg_restore --clean --if-exists --no-owner, in one transaction. Stop the app
                      processes first, so that no request writes in between.
`;

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface Parsed {
  help: boolean;
  force: boolean;
  files: string[];
}

function parse(argv: string[], options: string[]): Parsed | string {
  const parsed: Parsed = { help: false, force: false, files: [] };
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--force' && options.includes('--force')) parsed.force = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}"`;
    else parsed.files.push(arg);
  }
  return parsed;
}

function databaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget {
  return readSettings(env).database;
}

async function runReporting(name: string, io: CommandIo, work: () => Promise<string>): Promise<number> {
  try {
    io.out(`${await work()}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CommandError) {
      io.err(`crossmentor ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`crossmentor ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function describeDatabase(target: DatabaseTarget): string {
  return target.kind === 'postgres' ? 'the PostgreSQL database' : 'the embedded database';
}

/** crossmentor backup [FILE] */
export async function runBackupCommand(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CommandIo = processIo,
): Promise<number> {
  const parsed = parse(argv, []);
  if (typeof parsed === 'string' || parsed.files.length > 1) {
    const why = typeof parsed === 'string' ? parsed : `unexpected argument "${parsed.files[1]}"`;
    io.err(`crossmentor backup: ${why}\n\n${backupHelp}`);
    return 2;
  }
  if (parsed.help) {
    io.out(backupHelp);
    return 0;
  }
  return runReporting('backup', io, async () => {
    const target = databaseTarget(env);
    const given = parsed.files[0];
    let file = resolve(given ?? defaultBackupName(kindOf(target)));
    if (given && isDirectory(file)) file = join(file, defaultBackupName(kindOf(target)));
    const result: BackupResult =
      target.kind === 'postgres'
        ? await backupPostgres(target.url, file, env)
        : await backupPglite(requireDataDir(target), file);
    return `Backed up ${describeDatabase(target)} (${formatCounts(result.counts)}) to ${result.file} (${formatBytes(result.bytes)}).`;
  });
}

/** crossmentor restore FILE [--force] */
export async function runRestoreCommand(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CommandIo = processIo,
): Promise<number> {
  const parsed = parse(argv, ['--force']);
  if (typeof parsed !== 'string' && parsed.help) {
    io.out(restoreHelp);
    return 0;
  }
  if (typeof parsed === 'string' || parsed.files.length !== 1) {
    const why =
      typeof parsed === 'string'
        ? parsed
        : parsed.files.length === 0
          ? 'which backup? Give its file'
          : `unexpected argument "${parsed.files[1]}"`;
    io.err(`crossmentor restore: ${why}\n\n${restoreHelp}`);
    return 2;
  }
  return runReporting('restore', io, async () => {
    const target = databaseTarget(env);
    const file = resolve(parsed.files[0]!);
    checkBackupFile(file, target);
    const result =
      target.kind === 'postgres'
        ? await restorePostgres(target.url, file, parsed.force, env)
        : await restorePglite(requireDataDir(target), file, parsed.force);
    return `Restored ${result.file} (${formatBytes(result.bytes)}) into ${describeDatabase(target)} ${result.into}: ${formatCounts(result.counts)}.`;
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function requireDataDir(target: DatabaseTarget & { kind: 'pglite' }): string {
  if (!target.dataDir) throw new CommandError('The embedded database has no data directory (DATA_DIR).');
  return target.dataDir;
}
