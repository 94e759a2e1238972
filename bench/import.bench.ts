// Benchmark of the participant CSV import (npm run bench:import): a generated 10,000-row file is
// imported through the service into one cycle, on PGlite and, when DATABASE_URL is set, on
// PostgreSQL (in a scratch database that is dropped afterwards). Goal: 10,000 rows in under 10 s.
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { sql } from 'kysely';
import { writeCsv } from '../src/server/csv/csv.ts';
import { createDatabase, createMemoryDatabase } from '../src/server/db/connect.ts';
import type { Db } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { insertAccount } from '../src/server/features/accounts/accounts.repository.ts';
import { addCycleOrganisation } from '../src/server/features/cycles/cycles.repository.ts';
import { addCycleWithSurveys } from '../src/server/features/cycles/cycles.service.ts';
import { insertOrganisation } from '../src/server/features/organisations/organisations.repository.ts';
import { importParticipants } from '../src/server/features/participants/participants.import.ts';
import type { Actor } from '../src/server/http/actor.ts';
import { participantCsvColumns } from '../src/shared/contract/participants.ts';
import { random } from './seeded-random.ts';

const ROWS = 10_000;
const ORGANISATIONS = 25;
const GOAL_SECONDS = 10;

const organisationNames = Array.from({ length: ORGANISATIONS }, (_, k) => `Organisation ${k + 1}`);
const topics = ['leading teams', 'negotiation', 'strategic thinking', 'career planning', 'change management'];
const languages = ['de|en', 'en', 'de', 'de|en|fr', 'en|es'];

function generateCsv(seed: number, variant = 0): string {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const mentor = i % 3 === 0;
    return [
      `person${i}@org${i % ORGANISATIONS}.example`,
      `Person ${i} Surname`,
      organisationNames[i % ORGANISATIONS]!,
      mentor ? 'mentor' : 'mentee',
      // A variant changes every tenth row, as a corrected second upload would.
      i % 10 === 0 && variant > 0 ? `Title ${variant}` : mentor ? 'Director' : 'Team Lead',
      mentor ? 4 + Math.floor(rand() * 3) : 1 + Math.floor(rand() * 3),
      pick(languages),
      pick(['Berlin', 'Hamburg', 'Munich', 'remote']),
      pick(['female', 'male', 'non_binary', '']),
      mentor ? '' : `${pick(topics)}, ${pick(topics)}`,
      mentor ? `${pick(topics)}, ${pick(topics)}` : '',
      mentor ? 1 + Math.floor(rand() * 3) : 1,
    ];
  });
  return writeCsv(participantCsvColumns, rows);
}

async function prepare(db: Db) {
  await migrateToLatest(db);
  const accountId = await insertAccount(db, {
    email: 'coordinator@bench.example',
    name: 'Bench Coordinator',
    passwordHash: null,
    role: 'coordinator',
  });
  const cycleId = await db.transaction().execute((trx) =>
    addCycleWithSurveys(trx, {
      name: 'Bench cycle',
      startsOn: '2027-01-15',
      endsOn: '2027-12-15',
    }),
  );
  for (const name of organisationNames) {
    const id = await insertOrganisation(db, { name, industry: 'Banking', size: null, website: '' });
    await addCycleOrganisation(db, cycleId, id);
  }
  const actor: Actor = {
    accountId,
    email: 'coordinator@bench.example',
    name: 'Bench Coordinator',
    role: 'coordinator',
    organisationId: null,
    personId: null,
    ip: null,
  };
  return { actor, cycleId };
}

async function timed(db: Db, actor: Actor, cycleId: string, csv: string) {
  const started = performance.now();
  const result = await db
    .transaction()
    .execute((trx) => importParticipants(trx, actor, { cycleId, csv, dryRun: false }, new Date()));
  return { seconds: (performance.now() - started) / 1000, result };
}

async function run(label: string, db: Db) {
  const { actor, cycleId } = await prepare(db);
  const file = generateCsv(1);
  const changed = generateCsv(1, 1);
  console.log(`\n${label}: ${ROWS.toLocaleString('en')} rows, ${(file.length / 1024 / 1024).toFixed(2)} MiB`);
  const runs = [
    ['first import (all new)', file],
    ['same file again (all unchanged)', file],
    ['every tenth row changed', changed],
  ] as const;
  for (const [what, csv] of runs) {
    const { seconds, result } = await timed(db, actor, cycleId, csv);
    const verdict = seconds <= GOAL_SECONDS ? 'within' : 'OVER';
    console.log(
      `  ${what.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s  (${verdict} the ${GOAL_SECONDS} s goal)  ` +
        `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}`,
    );
  }
}

console.log(
  `Participant import benchmark; ${cpus().length} CPUs (${cpus()[0]?.model}), Node ${process.version}`,
);

const pglite = createMemoryDatabase().db;
try {
  await run('PGlite (in memory)', pglite);
} finally {
  await pglite.destroy();
}

const url = process.env.DATABASE_URL;
if (url) {
  const name = `crossmentor_bench_${randomBytes(4).toString('hex')}`;
  const admin = createDatabase({ kind: 'postgres', url });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const postgres = createDatabase({ kind: 'postgres', url: target.toString() });
  try {
    await run('PostgreSQL', postgres);
  } finally {
    await postgres.destroy();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
    await admin.destroy();
  }
}
