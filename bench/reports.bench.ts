// Benchmark (issue 15): the dashboard of a cycle with 2,000 tandems and its consortium PDF with 50
// organisations, each beside a plain implementation of the same work (bench/plain-reports.ts),
// interleaved request by request (A B, then B A, …), as ratios.
// Ours runs in this process: `buildApp` on a fresh database on the PostgreSQL server, asked with
// `app.inject` as the coordinator (session cookie), so each time is the request's whole path through
// the app (session, transaction, audit, serializer) without a socket or the access log.
// Run: npm run bench:reports   (BENCH_POSTGRES_URL for another server; BENCH_ROUNDS=n for fewer rounds)

import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { AppConfig } from '../src/server/config.ts';
import type { Db } from '../src/server/db/database.ts';
import { insertAccount } from '../src/server/features/accounts/accounts.repository.ts';
import { startSession } from '../src/server/features/auth/auth.service.ts';
import { addCycleOrganisations, addCycleWithSurveys } from '../src/server/features/cycles/cycles.service.ts';
import { insertOrganisation } from '../src/server/features/organisations/organisations.repository.ts';
import { insertPeople } from '../src/server/features/participants/participants.repository.ts';
import { renderReportPdf } from '../src/server/features/reports/report-pdf.ts';
import { SESSION_COOKIE } from '../src/server/http/authenticate.ts';
import type { CycleReport, Dashboard } from '../src/shared/contract/reports.ts';
import type { SurveyQuestion } from '../src/shared/contract/surveys.ts';
import { readPdf } from '../test/pdf-text.ts';
import { freshBenchDatabase } from './bench-server.ts';
import { plainDashboard, plainReportPdf } from './plain-reports.ts';
import { random } from './seeded-random.ts';

const database = 'crossmentor_bench_reports';
const ORGANISATIONS = 50;
const TANDEMS = 2000;
const rounds = Number(process.env.BENCH_ROUNDS ?? 11);
const pdfRounds = Number(process.env.BENCH_ROUNDS ?? 7);
const warmUp = 2;
const goal = { dashboard: 1, pdf: 5 };
/** After the follow-up surveys closed (28 July 2028), so the report has outcomes. */
const NOW = new Date('2028-08-15T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

const rnd = random(1515);
const chance = (p: number) => rnd() < p;
const between = (low: number, high: number) => low + Math.floor(rnd() * (high - low + 1));
const at = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const dayAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * How many people each organisation sends: uneven (a few large members, many middling ones) and
 * the last five small, under 5 mentees each, so the report has figures to hide.
 */
function organisationSizes(total: number, small: number[], offset: number): number[] {
  const weights = Array.from({ length: ORGANISATIONS - small.length }, (_, i) => {
    const k = (i + offset) % (ORGANISATIONS - small.length);
    return (1 / (1 + 0.12 * k)) * (0.7 + 0.6 * rnd());
  });
  const rest = total - small.reduce((a, b) => a + b, 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((rest * w) / sum));
  let left = rest - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % sizes.length, left--) sizes[i]! += 1;
  return [...sizes, ...small];
}

/** Answers to a survey's questions: required ones always, others mostly; a choice's first option is the yes. */
function answersTo(questions: SurveyQuestion[]): Record<string, string | number> {
  const yes: Record<string, number> = {
    promoted: 0.25,
    leadership_responsibility: 0.4,
    new_role: 0.3,
    still_with_employer: 0.9,
  };
  const answers: Record<string, string | number> = {};
  for (const q of questions) {
    if (!q.required && !chance(q.type === 'text' ? 0.3 : 0.9)) continue;
    if (q.type === 'scale') answers[q.id] = [2, 3, 3, 4, 4, 4, 5, 5][between(0, 7)]!;
    else if (q.type === 'text') answers[q.id] = 'It helped me see my work from outside.';
    else {
      const options = q.options ?? [];
      const p = yes[q.id];
      answers[q.id] =
        p === undefined
          ? options[between(0, options.length - 1)]!
          : chance(p)
            ? options[0]!
            : options[between(1, options.length - 1)]!;
    }
  }
  return answers;
}

async function seed(db: Db) {
  const started = performance.now();
  const names = [
    'Bank',
    'Motors',
    'Versicherung',
    'Stadtwerke',
    'Klinikum',
    'Logistik',
    'Software',
    'Energie',
  ];
  const organisations: string[] = [];
  for (let i = 0; i < ORGANISATIONS; i++) {
    const name = `${i % 7 === 0 ? 'Müller' : 'Member'} ${names[i % names.length]} ${String(i + 1).padStart(2, '0')}`;
    organisations.push(
      await insertOrganisation(db, { name, industry: 'Banking', size: '1000-9999', website: '' }),
    );
  }
  const cycleId = await db.transaction().execute(async (trx) => {
    const id = await addCycleWithSurveys(trx, {
      name: 'Cross-Mentoring 2027',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    });
    await addCycleOrganisations(trx, id, organisations);
    return id;
  });
  // The year is over and its follow-up closed: the cycle is closed.
  await db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', cycleId).execute();

  const menteeSizes = organisationSizes(TANDEMS, [1, 2, 3, 4, 2], 0);
  const mentorSizes = organisationSizes(TANDEMS, [3, 1, 4, 2, 6], 17);
  const genderOf = () => {
    const r = rnd();
    return r < 0.55 ? 'female' : r < 0.93 ? 'male' : r < 0.96 ? 'non_binary' : 'undisclosed';
  };
  const people = [
    ...menteeSizes.flatMap((n, o) => Array.from({ length: n }, () => ({ o, role: 'mentee' as const }))),
    ...mentorSizes.flatMap((n, o) => Array.from({ length: n }, () => ({ o, role: 'mentor' as const }))),
  ].map((p, i) => ({
    ...p,
    organisationId: organisations[p.o]!,
    email: `p${i}@bench.example`,
    name: `${p.role === 'mentee' ? 'Mentee' : 'Mentor'} ${String(i).padStart(4, '0')}`,
    jobTitle: p.role === 'mentor' ? 'Director' : 'Team Lead',
    seniority: p.role === 'mentor' ? 5 : 2,
    languages: ['de', 'en'],
    location: 'Berlin',
    gender: genderOf() as 'female' | 'male' | 'non_binary' | 'undisclosed',
  }));
  const personIds = await insertPeople(db, people);
  const participants: { id: string; role: 'mentee' | 'mentor'; o: number }[] = [];
  await inBatches(people, 1000, async (batch) => {
    const rows = await db
      .insertInto('participants')
      .values(
        batch.map((p) => ({
          cycle_id: cycleId,
          person_id: personIds.get(p.email)!,
          role: p.role,
          goals: 'negotiation, leading teams',
          topics: ['Leadership', 'Negotiation'],
          profile_completed_at: chance(0.93) ? at('2026-12-01') : null,
        })),
      )
      .returning('id')
      .execute();
    for (const [k, r] of rows.entries())
      participants.push({ id: r.id, role: batch[k]!.role, o: batch[k]!.o });
  });
  const mentees = participants.filter((p) => p.role === 'mentee');
  const mentors = participants.filter((p) => p.role === 'mentor');
  // Mentors shuffled, then swapped until no tandem has both from one organisation.
  for (let i = mentors.length - 1; i > 0; i--) {
    const j = between(0, i);
    [mentors[i], mentors[j]] = [mentors[j]!, mentors[i]!];
  }
  for (let i = 0; i < mentees.length; i++) {
    while (mentors[i]!.o === mentees[i]!.o) {
      const j = between(0, mentors.length - 1);
      if (mentors[j]!.o !== mentees[i]!.o && mentors[i]!.o !== mentees[j]!.o) {
        [mentors[i], mentors[j]] = [mentors[j]!, mentors[i]!];
      }
    }
  }
  const pairs = mentees.map((mentee, i) => ({ mentee: mentee.id, mentor: mentors[i]!.id }));

  await db
    .insertInto('cycle_drafts')
    .values({
      cycle_id: cycleId,
      status: 'published',
      sent_for_approval_at: at('2027-01-10'),
      published_at: at('2027-01-20'),
    })
    .execute();
  await inBatches(pairs, 1000, (batch) =>
    db
      .insertInto('draft_proposals')
      .values(
        batch.map((p) => ({
          cycle_id: cycleId,
          mentee_id: p.mentee,
          mentor_id: p.mentor,
          score: 60 + rnd() * 30,
          contributions: JSON.stringify([]),
          reasons: ['shared goals'],
          source: 'engine' as const,
          approval: 'approved' as const,
          decided_at: at('2027-01-15'),
        })),
      )
      .execute(),
  );
  const published = at('2027-01-20');
  const tandems: { id: string; mentee: string; dissolvedAt: Date | null }[] = [];
  await inBatches(pairs, 1000, async (batch) => {
    const values = batch.map((p) => ({
      cycle_id: cycleId,
      mentee_id: p.mentee,
      mentor_id: p.mentor,
      score: 70,
      reasons: ['shared goals'],
      published_at: published,
      dissolved_at: chance(0.02) ? at(`2027-0${between(4, 8)}-15`) : null,
    }));
    const rows = await db.insertInto('tandems').values(values).returning('id').execute();
    for (const [k, r] of rows.entries()) {
      tandems.push({ id: r.id, mentee: batch[k]!.mentee, dissolvedAt: values[k]!.dissolved_at });
    }
  });

  // Agreements: most signed by both (some re-signed as version 2), some by one, some drafts, a few none.
  const agreements: Record<string, unknown>[] = [];
  const goals: Record<string, unknown>[] = [];
  const meetings: Record<string, unknown>[] = [];
  const goalStates = [
    'not_started',
    'on_track',
    'on_track',
    'at_risk',
    'achieved',
    'achieved',
    'dropped',
  ] as const;
  for (const t of tandems) {
    const r = rnd();
    if (r >= 0.03) {
      const signed = r >= 0.1;
      const one = !signed && r >= 0.06;
      const agreement = (version: number, day: string) => ({
        tandem_id: t.id,
        version,
        goals: JSON.stringify([]),
        cadence_days: 28,
        meeting_format: 'video' as const,
        confidentiality: 'Between us.',
        mentee_signed_at: signed || one ? at(day) : null,
        mentor_signed_at: signed ? at(day, 15) : null,
      });
      agreements.push(agreement(1, '2027-02-01'));
      if (signed && chance(0.05)) agreements.push(agreement(2, '2027-06-01'));
      for (let g = 0; g < between(2, 4); g++) {
        goals.push({
          tandem_id: t.id,
          position: g,
          title: `Goal ${g + 1}`,
          state: goalStates[between(0, 6)],
        });
      }
    }
    // About 8 meetings held over the year (none for a few), some cancelled; dissolved tandems stop.
    const held = chance(0.04) ? 0 : between(4, 12);
    const end = t.dissolvedAt ?? at('2027-12-20');
    const span = (end.getTime() - published.getTime()) / DAY_MS;
    for (let k = 0; k < held + (chance(0.2) ? 1 : 0); k++) {
      const startsAt = dayAfter(published, Math.floor(((k + 0.5 + rnd() * 0.4) * span) / (held + 1)));
      const status = k < held ? 'held' : 'cancelled';
      meetings.push({
        tandem_id: t.id,
        ical_uid: `${t.id}-${k}@bench.example`,
        starts_at: startsAt,
        duration_minutes: 60,
        time_zone: 'Europe/Berlin',
        status,
        proposed_by: t.mentee,
        held_at: status === 'held' ? startsAt : null,
      });
    }
  }
  await inBatches(agreements, 1000, (b) =>
    db
      .insertInto('agreements')
      .values(b as never)
      .execute(),
  );
  await inBatches(goals, 1000, (b) =>
    db
      .insertInto('goals')
      .values(b as never)
      .execute(),
  );
  await inBatches(meetings, 1000, (b) =>
    db
      .insertInto('meetings')
      .values(b as never)
      .execute(),
  );

  // Survey answers: mid-term from most, final from fewer, follow-up from about 60 %.
  const surveys = await db
    .selectFrom('surveys')
    .select(['id', 'kind', 'role', 'opens_on', 'closes_on', 'questions'])
    .where('cycle_id', '=', cycleId)
    .execute();
  const share = { midterm: 0.85, final: 0.75, follow_up: 0.6 };
  const responses: Record<string, unknown>[] = [];
  for (const s of surveys) {
    const opens = at(String(s.opens_on), 10);
    for (const p of participants) {
      if (p.role !== s.role || !chance(share[s.kind])) continue;
      const when = dayAfter(opens, between(0, 20));
      responses.push({
        survey_id: s.id,
        participant_id: p.id,
        answers: JSON.stringify(answersTo(s.questions as SurveyQuestion[])),
        submitted_at: when,
        updated_at: when,
      });
    }
  }
  await inBatches(responses, 1000, (b) =>
    db
      .insertInto('survey_responses')
      .values(b as never)
      .execute(),
  );
  await sql`analyze`.execute(db);

  const accountId = await insertAccount(db, {
    email: 'coordinator@bench.example',
    name: 'Bench Coordinator',
    passwordHash: null,
    role: 'coordinator',
  });
  const token = await startSession(db, accountId, { ip: '127.0.0.1', userAgent: 'bench' }, NOW);
  const counts = {
    organisations: ORGANISATIONS,
    smallestMenteeGroups: [...menteeSizes].sort((a, b) => a - b).slice(0, 6),
    largestMenteeGroup: Math.max(...menteeSizes),
    tandems: tandems.length,
    dissolved: tandems.filter((t) => t.dissolvedAt).length,
    agreements: agreements.length,
    goals: goals.length,
    meetings: meetings.length,
    heldMeetings: meetings.filter((m) => m.status === 'held').length,
    surveyResponses: responses.length,
    seedSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  return { cycleId, cookie: `${SESSION_COOKIE}=${token}`, counts };
}

interface Series {
  ours: number[];
  reference: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** Times `ours` and `reference` in turn, the first of each pair alternating, after a warm-up of both. */
async function interleaved(n: number, ours: () => Promise<unknown>, reference: () => Promise<unknown>) {
  for (let i = 0; i < warmUp; i++) {
    await ours();
    await reference();
  }
  const series: Series = { ours: [], reference: [] };
  const time = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  for (let round = 0; round < n; round++) {
    if (round % 2 === 0) {
      series.ours.push(await time(ours));
      series.reference.push(await time(reference));
    } else {
      series.reference.push(await time(reference));
      series.ours.push(await time(ours));
    }
  }
  return series;
}

/** Pages as a reader counts them (pdf.js). */
async function pageCount(pdf: Buffer): Promise<number> {
  return (await readPdf(pdf)).pages.length;
}

/** The dashboard's figures must be the plain program's, so both did the same work. */
function checkSameDashboard(ours: Dashboard, plain: Awaited<ReturnType<typeof plainDashboard>>['dashboard']) {
  const problems: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${what}: ours ${JSON.stringify(a)}, plain ${JSON.stringify(b)}`);
  };
  same('funnel', ours.funnel, plain.funnel);
  same(
    'organisations',
    ours.organisations.map((o) => o.organisation.id),
    plain.organisations.map((o) => o.organisation.id),
  );
  for (const [i, o] of ours.organisations.entries()) {
    const p = plain.organisations[i];
    same(`funnel of ${o.organisation.name}`, o.funnel, p?.funnel);
    same(
      `reciprocity of ${o.organisation.name}`,
      [o.mentorsGiven, o.menteesReceived],
      [p?.mentorsGiven, p?.menteesReceived],
    );
  }
  same(
    'meetings per month',
    ours.meetingsPerMonth.filter((m) => m.held > 0),
    plain.meetingsPerMonth,
  );
  same('attention', ours.attention, plain.attention);
  if (problems.length > 0)
    throw new Error(`The dashboard and the plain program differ:\n${problems.join('\n')}`);
}

const { db, url } = await freshBenchDatabase(database);
const { cycleId, cookie, counts } = await seed(db);
console.log(`seeded: ${JSON.stringify(counts)}`);

const config: AppConfig = {
  publicOrigin: null,
  trustProxy: false,
  webRoot: null,
  logLevel: 'silent',
  matchingInWorker: false,
  sharedDatabase: true,
  mailFrom: null,
  mailDelivery: false,
};
const app = await buildApp({ db, config, clock: () => new Date(NOW), logger: false });
await app.ready();
const pool = new pg.Pool({ connectionString: url, max: 10 });
const get = async (path: string) => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/cycles/${cycleId}${path}`,
    headers: { cookie },
  });
  if (response.statusCode !== 200)
    throw new Error(`GET ${path} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return response;
};

try {
  const version = (await pool.query<{ version: string }>('select version()')).rows[0]!.version;
  const ours = JSON.parse((await get('/dashboard')).body) as Dashboard;
  const plain = await plainDashboard(pool, cycleId, NOW);
  checkSameDashboard(ours, plain.dashboard);
  console.log(
    `dashboard: same funnel, reciprocity, months and attention list (${ours.attention.length} tandems) as the plain program; ` +
      `${ours.funnel.find((s) => s.stage === 'agreement_signed')?.mentees} mentees with a signed agreement`,
  );
  const report = JSON.parse((await get('/report')).body) as CycleReport;
  const hidden = JSON.stringify(report).match(/"hidden":"(small_group|complementary)"/g)?.length ?? 0;
  console.log(
    `report: ${report.organisations.length} organisations, ${report.surveys.length} closed surveys, ` +
      `${report.outcomes.length} outcome measures, ${hidden} figures hidden`,
  );
  if (report.outcomes.length === 0)
    throw new Error('the report has no outcomes: are the follow-up surveys closed?');
  const pdf = (await get('/report.pdf?language=en')).rawPayload;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('report.pdf is not a PDF');
  const plainPdf = await plainReportPdf(report);
  const pdfFacts = {
    bytes: pdf.length,
    pages: await pageCount(pdf),
    plainBytes: plainPdf.length,
    plainPages: await pageCount(plainPdf),
  };
  console.log(`PDF: ${JSON.stringify(pdfFacts)}`);

  const dashboard = await interleaved(
    rounds,
    () => get('/dashboard'),
    () => plainDashboard(pool, cycleId, NOW),
  );
  const pdfRequest = await interleaved(
    pdfRounds,
    () => get('/report.pdf?language=en'),
    () => plainReportPdf(report),
  );
  // Where the PDF's time goes: the report's figures alone, and our rendering of the same report.
  const rendering = await interleaved(
    pdfRounds,
    () => renderReportPdf(report, 'en'),
    () => plainReportPdf(report),
  );
  const reportData = await interleaved(
    pdfRounds,
    () => get('/report'),
    async () => {},
  );

  const rows = [
    { what: 'dashboard data: GET /dashboard vs plain SQL', series: dashboard, goal: goal.dashboard },
    {
      what: 'consortium PDF: GET /report.pdf vs plain pdfkit of the report',
      series: pdfRequest,
      goal: goal.pdf,
    },
    { what: '  of which rendering: renderReportPdf vs plain pdfkit', series: rendering, goal: null },
    { what: '  of which figures: GET /report (ours alone)', series: reportData, goal: null },
  ];
  console.log('\n| what | ours median / max | reference median / max | ratio (medians) | goal |');
  console.log('|---|---|---|---|---|');
  for (const { what, series, goal: limit } of rows) {
    const oursMedian = median(series.ours);
    const refMedian = median(series.reference);
    const hasReference = refMedian > 0.05;
    console.log(
      `| ${what} | ${seconds(oursMedian)} / ${seconds(Math.max(...series.ours))} s | ` +
        (hasReference
          ? `${seconds(refMedian)} / ${seconds(Math.max(...series.reference))} s | ${(oursMedian / refMedian).toFixed(2)}× | `
          : '– | – | ') +
        (limit === null
          ? '– |'
          : `≤ ${limit} s: ${Math.max(...series.ours) <= limit * 1000 ? 'met' : oursMedian <= limit * 1000 ? 'met by the median, not the max' : 'not met'} |`),
    );
  }
  console.log(
    `\nrounds: ${rounds} dashboard, ${pdfRounds} PDF (after ${warmUp} warm-up pairs each); PDF ${pdfFacts.bytes} bytes, ` +
      `${pdfFacts.pages} pages (plain ${pdfFacts.plainBytes} bytes, ${pdfFacts.plainPages} pages)`,
  );
  console.log(
    `machine: ${cpus()[0]?.model}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, ` +
      `Node ${process.version}, ${version.split(',')[0]} (local server, ${url.replace(/\/\/[^@]*@/, '//')})`,
  );
} finally {
  await app.close();
  await pool.end();
  await db.destroy();
}
