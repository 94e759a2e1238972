// Benchmark: a match run through the web API on a cycle of 2,000 mentees and 1,000 mentors
// (capacities 1–3, 20 organisations, profiles filled in), on a real PostgreSQL server: from the
// POST that starts it until the run and its draft are saved.
// Run: npm run bench:match-run   (BENCH_POSTGRES_URL defaults to the local server)

import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { sql } from 'kysely';
import { insertAccount } from '../src/server/features/accounts/accounts.repository.ts';
import { startSession } from '../src/server/features/auth/auth.service.ts';
import { addCycleOrganisation } from '../src/server/features/cycles/cycles.repository.ts';
import { addCycleWithSurveys } from '../src/server/features/cycles/cycles.service.ts';
import { insertOrganisation } from '../src/server/features/organisations/organisations.repository.ts';
import {
  insertParticipations,
  insertPeople,
} from '../src/server/features/participants/participants.repository.ts';
import { DEFAULT_TOPICS } from '../src/server/features/questionnaire/questionnaire.repository.ts';
import { SESSION_COOKIE } from '../src/server/http/authenticate.ts';
import { freshBenchDatabase, startAppServer } from './bench-server.ts';

const database = 'crossmentor_bench_match_run';
const port = Number(process.env.BENCH_PORT ?? 3778);
const MENTEES = 2000;
const MENTORS = 1000;
const ORGANISATIONS = 20;
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** A small deterministic generator, so every run of the benchmark sees the same cycle. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function prepare() {
  const { db, url } = await freshBenchDatabase(database);
  const rnd = random(4242);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const industries = [
    'Banking',
    'Automotive',
    'Healthcare',
    'Software',
    'Energy',
    'Logistics',
    'Retail',
    'Public sector',
  ];
  const organisations: string[] = [];
  for (let i = 0; i < ORGANISATIONS; i++) {
    organisations.push(
      await insertOrganisation(db, {
        name: `Member ${i}`,
        industry: industries[i % industries.length]!,
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
  const cities = ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Frankfurt', 'Stuttgart', 'Leipzig', 'remote'];
  const languageSets = [['de', 'en'], ['de'], ['en'], ['de', 'en', 'fr'], ['en', 'es']];
  const people = Array.from({ length: MENTEES + MENTORS }, (_, i) => {
    const mentor = i >= MENTEES;
    return {
      organisationId: organisations[i % ORGANISATIONS]!,
      email: `p${i}@bench.example`,
      name: `Person ${i}`,
      jobTitle: mentor ? 'Director' : 'Team Lead',
      seniority: mentor ? 4 + Math.floor(rnd() * 3) : 1 + Math.floor(rnd() * 3),
      languages: pick(languageSets),
      location: pick(cities),
      gender: rnd() < 0.6 ? ('female' as const) : ('male' as const),
    };
  });
  const ids = await insertPeople(db, people);
  await insertParticipations(
    db,
    people.map((p, i) => ({
      cycleId,
      personId: ids.get(p.email)!,
      role: i >= MENTEES ? ('mentor' as const) : ('mentee' as const),
      goals: '',
      expertise: '',
      capacity: i >= MENTEES ? 1 + Math.floor(rnd() * 3) : 1,
    })),
  );
  // Questionnaire answers: three topics each from the default list, by the person's number.
  for (let k = 0; k < 8; k++) {
    const topics = [
      DEFAULT_TOPICS[k]!,
      DEFAULT_TOPICS[(k + 4) % DEFAULT_TOPICS.length]!,
      DEFAULT_TOPICS[(k + 7) % DEFAULT_TOPICS.length]!,
    ];
    await sql`update participants p set topics = ${topics}::text[], profile_completed_at = now()
      from people pe where pe.id = p.person_id
        and (split_part(substr(pe.email, 2), '@', 1)::int * 7 + 3) % 8 = ${k}`.execute(db);
  }
  const accountId = await insertAccount(db, {
    email: 'coordinator@bench.example',
    name: 'Bench',
    passwordHash: null,
    role: 'coordinator',
  });
  const token = await startSession(db, accountId, { ip: '127.0.0.1', userAgent: 'bench' }, new Date());
  await db.destroy();
  return { cycleId, cookie: `${SESSION_COOKIE}=${token}`, url };
}

/**
 * The board's first render in Chromium: from navigation to the first proposed tandem on screen,
 * with the draft of 2,000 proposals loaded from the API. Three page loads; null without Chromium.
 */
async function timeBoardRender(cycleId: string, token: string): Promise<number[] | null> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: `http://127.0.0.1:${port}` }]);
    const page = await context.newPage();
    const seconds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await page.goto(`http://127.0.0.1:${port}/cycles/${cycleId}/matching`);
      await page.locator('article.proposal').first().waitFor({ timeout: 30_000 });
      seconds.push(Number(((performance.now() - started) / 1000).toFixed(2)));
    }
    return seconds;
  } finally {
    await browser.close();
  }
}

const { cycleId, cookie, url: databaseUrl } = await prepare();
const server = await startAppServer(databaseUrl, port);
const base = `http://127.0.0.1:${port}/api/v1`;
const headers = { cookie, 'content-type': 'application/json' };
const times: number[] = [];
try {
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const response = await fetch(`${base}/cycles/${cycleId}/match-runs`, {
      method: 'POST',
      headers,
      body: '{"mode":"optimal"}',
    });
    const run = (await response.json()) as { id: string };
    let status = 'running';
    let body: Record<string, unknown> = {};
    while (status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      body = (await (await fetch(`${base}/match-runs/${run.id}`, { headers })).json()) as Record<
        string,
        unknown
      >;
      status = String(body.status);
    }
    const seconds = (performance.now() - started) / 1000;
    if (status !== 'done') throw new Error(`run failed: ${body.error}`);
    const draft = (await (await fetch(`${base}/cycles/${cycleId}/draft`, { headers })).json()) as {
      proposals: unknown[];
      runId: string;
    };
    if (draft.runId !== run.id) throw new Error('the draft is not the run');
    times.push(seconds);
    console.log(
      `run ${r + 1}: ${seconds.toFixed(2)} s, matched ${body.matched}, total ${body.totalScore}, proposals ${draft.proposals.length}`,
    );
  }
  const boardTimes = await timeBoardRender(cycleId, cookie.split('=')[1]!);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        mentees: MENTEES,
        mentors: MENTORS,
        medianSeconds: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2)),
        runs: times.map((t) => Number(t.toFixed(2))),
        boardFirstRenderSeconds: boardTimes,
        cpu: cpus()[0]?.model,
        cores: cpus().length,
        node: process.version,
      },
      null,
      2,
    ),
  );
} finally {
  server.kill('SIGTERM');
}
