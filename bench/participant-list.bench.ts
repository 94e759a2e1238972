// Benchmark: an authenticated participant-list read (100 participants) under load, as a ratio.
// The app (its own process, with the logging it ships with) and a plain Fastify + pg program doing
// the same work (bench/plain-participant-list.ts, its own process) are measured in turn, 3 rounds,
// the order alternating, after checking that both answer with the same bytes.
// Run: npm run bench   (a fresh database on the local PostgreSQL server; BENCH_POSTGRES_URL for another)
// BENCH_PATH measures another path: under /api/v1/participants both programs, elsewhere the app alone.
// BENCH_ROUNDS and BENCH_SECONDS shorten a trial run; BENCH_LOG_LEVEL sets the app's LOG_LEVEL.

import { openSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { freshBenchDatabase, startAppServer, startProcess } from './bench-server.ts';

const database = 'crossmentor_bench';
const appPort = Number(process.env.BENCH_PORT ?? 3777);
const plainPort = appPort + 1;
const connections = 50;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const warmUp = 3;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const goal = { throughput: 0.8, p99: 1.5 };
const path = process.env.BENCH_PATH ?? '/api/v1/participants?limit=100';
const withPlain = path.startsWith('/api/v1/participants');

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

interface Measured {
  requestsPerSecond: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(port: number, cookie: string, seconds: number): Promise<Measured> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    headers: { cookie },
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Both programs' answers, byte for byte; the benchmark stops here when they differ. */
async function checkSameAnswer(cookie: string) {
  const [app, plain] = await Promise.all(
    [appPort, plainPort].map(async (port) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { cookie } });
      return { status: response.status, body: await response.text() };
    }),
  );
  if (app!.status !== 200) throw new Error(`the app answered ${app!.status}: ${app!.body.slice(0, 300)}`);
  if (app!.body !== plain!.body) {
    const differs = [...app!.body].findIndex((c, i) => c !== plain!.body[i]);
    const at = differs === -1 ? app!.body.length : differs;
    throw new Error(
      `The app and the plain program answer differently (from character ${at} on):\n` +
        `  app:   …${app!.body.slice(Math.max(0, at - 80), at + 80)}\n` +
        `  plain: …${plain!.body.slice(Math.max(0, at - 80), at + 80)}`,
    );
  }
  return app!.body.length;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

const { cookie, url: databaseUrl } = await prepare();
const appLog = join(tmpdir(), 'crossmentor-bench-app.log');
const servers = [
  await startAppServer(databaseUrl, appPort, {
    logLevel: process.env.BENCH_LOG_LEVEL,
    output: openSync(appLog, 'w'),
  }),
];
try {
  console.log(
    `GET ${path}, ${connections} connections, ${duration} s each, ` +
      `the app's LOG_LEVEL ${process.env.BENCH_LOG_LEVEL ?? 'unset (its default)'}, load average ${loadavg()[0]!.toFixed(2)}`,
  );
  if (!withPlain) {
    await measure(appPort, cookie, warmUp);
    console.log(JSON.stringify({ app: await measure(appPort, cookie, duration) }));
  } else {
    servers.push(
      await startProcess(
        ['--import', 'tsx', 'bench/plain-participant-list.ts'],
        { ...process.env, DATABASE_URL: databaseUrl, PORT: String(plainPort) },
        `http://127.0.0.1:${plainPort}/api/v1/participants`,
      ),
    );
    const bytes = await checkSameAnswer(cookie);
    console.log(`both answer with the same ${bytes} bytes`);
    await measure(appPort, cookie, warmUp);
    await measure(plainPort, cookie, warmUp);
    const results: { app: Measured; plain: Measured }[] = [];
    for (let round = 1; round <= rounds; round++) {
      const appFirst = round % 2 === 1;
      const first = await measure(appFirst ? appPort : plainPort, cookie, duration);
      const second = await measure(appFirst ? plainPort : appPort, cookie, duration);
      const app = appFirst ? first : second;
      const plain = appFirst ? second : first;
      results.push({ app, plain });
      console.log(
        `round ${round} (${appFirst ? 'app' : 'plain'} first): app ${app.requestsPerSecond} req/s p99 ${app.p99} ms, ` +
          `plain ${plain.requestsPerSecond} req/s p99 ${plain.p99} ms; ` +
          `throughput ${ratio(app.requestsPerSecond, plain.requestsPerSecond)}×, p99 ${ratio(app.p99, plain.p99)}×` +
          (app.errors + app.non2xx + plain.errors + plain.non2xx > 0
            ? ` (errors/non-2xx: app ${app.errors}/${app.non2xx}, plain ${plain.errors}/${plain.non2xx})`
            : ''),
      );
    }
    const app = {
      requestsPerSecond: Math.round(mean(results.map((r) => r.app.requestsPerSecond))),
      p99: mean(results.map((r) => r.app.p99)),
    };
    const plain = {
      requestsPerSecond: Math.round(mean(results.map((r) => r.plain.requestsPerSecond))),
      p99: mean(results.map((r) => r.plain.p99)),
    };
    const throughput = ratio(app.requestsPerSecond, plain.requestsPerSecond);
    const p99 = ratio(app.p99, plain.p99);
    const met = throughput >= goal.throughput && p99 <= goal.p99;
    console.log(
      JSON.stringify(
        {
          app: { requestsPerSecond: app.requestsPerSecond, p99: Math.round(app.p99) },
          plain: { requestsPerSecond: plain.requestsPerSecond, p99: Math.round(plain.p99) },
          throughputRatio: throughput,
          p99Ratio: p99,
          goal: `≥ ${goal.throughput}× throughput, p99 ≤ ${goal.p99}×: ${met ? 'met' : 'not met'}`,
          appLogBytes: statSync(appLog).size,
          cpu: cpus()[0]?.model,
          cores: cpus().length,
          node: process.version,
        },
        null,
        2,
      ),
    );
  }
} finally {
  for (const server of servers) server.kill('SIGTERM');
}
