import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/*
 * PGlite 0.5 on a directory, made to survive a power cut.
 *
 * Out of the box PGlite starts PostgreSQL with `-F` (fsync off), and even without it nothing would
 * reach the disk: Emscripten's Node filesystem (NODEFS) writes through Node's `fs` but has no
 * `fsync` of its own, so PostgreSQL's fsync() calls answer "done" without doing anything, and its
 * fdatasync() is a no-op in Emscripten whatever the filesystem. A killed process loses nothing (the
 * kernel has the writes), a power cut or a kernel crash can lose committed transactions or tear the
 * data directory.
 *
 * So: PostgreSQL starts with fsync on and `wal_sync_method=fsync` (the one method that reaches the
 * filesystem's `fsync`), and NODEFS gets an `fsync` that calls Node's `fsyncSync` on the real file
 * (a directory is opened by its real path). A commit then returns after its WAL is on the disk, and
 * a checkpoint syncs the data files before it lets the WAL go, as on a PostgreSQL server. Files
 * PostgreSQL did not write itself (initdb's new directory, one unpacked by `loadDataDir`) are
 * synced once, on the first sync PGlite asks for after start-up.
 * `src/cli/backup.command.test.ts` checks that a commit really reaches fsync (PGlite pass), so an
 * upgrade of PGlite that changes these internals fails a test. The cost: BENCHMARKS.md, "Embedded
 * database durability"; `npm run bench:durability`.
 */

/** The part of Emscripten's NODEFS this module touches. */
interface NodeFsInternals {
  realPath(node: unknown): string;
  stream_ops: { fsync?: (stream: { nfd?: number; node: unknown }) => number };
}

/** How many times the patched fsync ran in this process (tests check that commits reach it). */
let fsyncCalls = 0;
export function durableFsyncCalls(): number {
  return fsyncCalls;
}

function syncStream(nodefs: NodeFsInternals, stream: { nfd?: number; node: unknown }): number {
  fsyncCalls++;
  if (stream.nfd !== undefined) {
    fsyncSync(stream.nfd);
    return 0;
  }
  // A directory (PostgreSQL syncs one after creating or renaming a file in it): NODEFS keeps no
  // descriptor for it, so open it by its real path.
  const fd = openSync(nodefs.realPath(stream.node), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return 0;
}

class DurableNodeFS extends NodeFS {
  /** The directory had no database when PGlite opened it: initdb or a tarball fills it unsynced. */
  private unsyncedTree = false;

  override async initialSyncFs() {
    this.unsyncedTree = !existsSync(join(this.rootDir, 'PG_VERSION'));
  }

  // PGlite calls this after start-up and after every query; NodeFS's own does nothing.
  override async syncToFs() {
    if (!this.unsyncedTree) return;
    this.unsyncedTree = false;
    syncTree(this.rootDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    result.emscriptenOpts.preRun = [
      ...preRun,
      (mod) => {
        // NODEFS is one object per module instance; every file it opens shares these stream_ops.
        const nodefs = mod.NODEFS as unknown as NodeFsInternals;
        nodefs.stream_ops.fsync = (stream) => syncStream(nodefs, stream);
      },
    ];
    return result;
  }
}

/**
 * PGlite options for a database kept in `dataDir`: durable (fsync on, see above) unless
 * `durable: false`, which is PGlite's own behaviour and is there for the benchmark.
 */
export function onDiskOptions(
  dataDir: string,
  { durable = true }: { durable?: boolean } = {},
): Pick<PGliteOptions, 'dataDir' | 'fs' | 'startParams'> {
  // NodeFS creates the directory itself, but not its parents.
  mkdirSync(dataDir, { recursive: true });
  if (!durable) return { dataDir };
  return {
    dataDir,
    fs: new DurableNodeFS(dataDir),
    startParams: [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'],
  };
}

/**
 * Syncs every file and folder under `dir`, then `dir` itself: for files PostgreSQL did not write
 * itself (a new data directory from initdb, one unpacked from a backup), before they are relied on.
 */
export function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

export function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
