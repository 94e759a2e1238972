// Benchmark: an authenticated participant-list read (100 participants) under load.
// Run: npm run bench   (DATABASE_URL defaults to a fresh database on the local PostgreSQL server)

import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { insertAccount } from '../src/server/features/accounts/accounts.repository.ts';
import { startSession } from '../src/server/features/auth/auth.service.ts';
import { addCycleOrganisation } from '../src/server/features/cycles/cycles.repository.ts';
import { addCycleWithSurveys } from '../src/server/features/cycles/cycles.service.ts';
import { insertOrganisation } from '../src/server/features/organisations/organisations.repository.ts';
import {
  insertParticipations,
  insertPeople,
} from '../src/server/features/participants/participants.repository.ts';
import { SESSION_COOKIE } from '../src/server/http/authenticate.ts';
import { freshBenchDatabase, startAppServer } from './bench-server.ts';

const database = 'crossmentor_bench';
const port = Number(process.env.BENCH_PORT ?? 3777);
const connections = 50;
const duration = 10;

async function prepare(): Promise<{ cookie: string; url: string }> {
  const { db, url } = await freshBenchDatabase(database);
  const organisations: string[] = [];
  for (let i = 0; i < 5; i++) {
    organisations.push(
      await insertOrganisation(db, {
        name: `Member ${i}`,
        industry: 'Banking',
        size: '1000-9999',
        website: '',
      }),
    );
  }
  const cycleId = await db.transaction().execute((trx) =>
    addCycleWithSurveys(trx, {
      name: 'Bench cycle',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    }),
  );
  for (const id of organisations) await addCycleOrganisation(db, cycleId, id);
  const people = Array.from({ length: 100 }, (_, i) => ({
    organisationId: organisations[i % organisations.length]!,
    email: `person${i}@bench.example`,
    name: `Person ${String(i).padStart(3, '0')}`,
    jobTitle: i % 2 ? 'Director' : 'Team Lead',
    seniority: i % 2 ? 5 : 2,
    languages: ['de', 'en'],
    location: 'Berlin',
    gender: 'female' as const,
  }));
  const ids = await insertPeople(db, people);
  await insertParticipations(
    db,
    people.map((p, i) => ({
      cycleId,
      personId: ids.get(p.email)!,
      role: i % 2 ? ('mentor' as const) : ('mentee' as const),
      goals: 'negotiation, leading teams',
      expertise: '',
      capacity: 1,
    })),
  );
  const accountId = await insertAccount(db, {
    email: 'coordinator@bench.example',
    name: 'Bench Coordinator',
    passwordHash: null,
    role: 'coordinator',
  });
  const token = await startSession(db, accountId, { ip: '127.0.0.1', userAgent: 'bench' }, new Date());
  await db.destroy();
  return { cookie: `${SESSION_COOKIE}=${token}`, url };
}

const { cookie, url: databaseUrl } = await prepare();
const server = await startAppServer(databaseUrl, port);
try {
  const check = await fetch(`http://127.0.0.1:${port}/api/v1/participants?limit=100`, {
    headers: { cookie },
  });
  const body = (await check.json()) as { participants: unknown[] };
  if (check.status !== 200 || body.participants.length !== 100)
    throw new Error(`unexpected answer ${check.status}`);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${process.env.BENCH_PATH ?? '/api/v1/participants?limit=100'}`,
    headers: { cookie },
    connections,
    duration,
  });
  const line = {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    connections,
    seconds: duration,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
  };
  console.log(JSON.stringify(line, null, 2));
} finally {
  server.kill('SIGTERM');
}
