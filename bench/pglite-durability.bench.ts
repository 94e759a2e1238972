// What durability costs the embedded database (npm run bench:durability): 500 single-row insert
// transactions on a PGlite data directory on disk, with fsync on (how crossmentor opens it, see
// src/server/db/durable-pglite.ts) and off (PGlite's own default), interleaved over a few rounds so
// that a busy machine weighs on both alike. The directory sits under .tmp/ in the repository, on the
// same disk as ./data (a tmpfs would make fsync free). Usage: tsx bench/pglite-durability.bench.ts [rounds]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { durableFsyncCalls, onDiskOptions } from '../src/server/db/durable-pglite.ts';

const ROUNDS = Number(process.argv[2] ?? 5);
const TRANSACTIONS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds for TRANSACTIONS transactions of one insert each, and the fsync calls they made. */
async function run(dataDir: string, durable: boolean): Promise<{ ms: number; fsyncs: number }> {
  const pglite = new PGlite(onDiskOptions(dataDir, { durable }));
  await pglite.waitReady;
  const fsync = (await pglite.query<{ fsync: string }>('show fsync')).rows[0]!.fsync;
  if (fsync !== (durable ? 'on' : 'off')) throw new Error(`fsync is ${fsync}, expected durable=${durable}`);
  const before = durableFsyncCalls();
  const started = performance.now();
  for (let i = 0; i < TRANSACTIONS; i++) {
    await pglite.transaction(async (tx) => {
      await tx.query('insert into bench_rows (payload) values ($1)', [`row ${i} of a benchmark transaction`]);
    });
  }
  const ms = performance.now() - started;
  const fsyncs = durableFsyncCalls() - before;
  await pglite.close();
  return { ms, fsyncs };
}

async function main() {
  const parent = join(process.cwd(), '.tmp');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bench-durability-'));
  const dataDir = join(dir, 'pglite');
  try {
    console.log(
      `PGlite durability: ${TRANSACTIONS} single-row insert transactions, ${ROUNDS} rounds, ` +
        `${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`,
    );
    const init = new PGlite(onDiskOptions(dataDir));
    await init.waitReady;
    await init.exec('create table bench_rows (id bigserial primary key, payload text not null)');
    await init.close();

    const on: number[] = [];
    const off: number[] = [];
    console.log('round  fsync on (ms)  fsync off (ms)  ratio  fsync calls (on)  load average');
    for (let round = 1; round <= ROUNDS; round++) {
      // Alternate which one goes first.
      const order = round % 2 ? [true, false] : [false, true];
      const result: Record<string, { ms: number; fsyncs: number }> = {};
      for (const durable of order) result[durable ? 'on' : 'off'] = await run(dataDir, durable);
      on.push(result.on!.ms);
      off.push(result.off!.ms);
      console.log(
        `${String(round).padStart(5)}  ${result.on!.ms.toFixed(0).padStart(13)}  ${result.off!.ms.toFixed(0).padStart(14)}` +
          `  ${(result.on!.ms / result.off!.ms).toFixed(2).padStart(5)}  ${String(result.on!.fsyncs).padStart(16)}` +
          `  ${loadavg()[0]!.toFixed(2).padStart(12)}`,
      );
    }
    const medianOn = median(on);
    const medianOff = median(off);
    console.log(
      `median: on ${medianOn.toFixed(0)} ms (${((medianOn / TRANSACTIONS) * 1000).toFixed(0)} µs per transaction), ` +
        `off ${medianOff.toFixed(0)} ms (${((medianOff / TRANSACTIONS) * 1000).toFixed(0)} µs); ratio ${(medianOn / medianOff).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
