// Benchmark of the matching engine on seeded, generated instances (npm run bench:match).
// Optional argument: a comma-separated list of cases to run (dense2k, huge, scores1m, stable,
// reciprocity, scarce). End-to-end times run bin/crossmentor on CSV files, as a coordinator would;
// peak memory comes from /usr/bin/time when available.
// `scarce` reads ../shared/matching-cases/n20000_s77_scarce (skipped when absent) and runs, interleaved,
// this engine, scipy's sparse assignment solver (bench/scarce_reference.py, when python3 has scipy)
// and, when CROSSMENTOR_BASELINE names another checkout (e.g. the main worktree), its engine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type MatchInput, type MatchResult, matchTandems } from '../src/core/matching/index.ts';
import { generate } from './match-instances.ts';
import { random } from './seeded-random.ts';

const root = join(import.meta.dirname, '..');
const work = join(tmpdir(), 'crossmentor-match-bench');
mkdirSync(work, { recursive: true });

function writeCsv(dir: string, input: MatchInput): { mentees: string; mentors: string } {
  mkdirSync(dir, { recursive: true });
  const list = (l: readonly string[] | undefined) => (l ?? []).join(';');
  const menteeLines = [
    'id,organisation,topics,seniority,languages,required_language,location,remote,gender,preferred_mentor_gender,preferred_mentor_gender_strength,industry',
  ];
  for (const m of input.mentees) {
    const p = m.profile!;
    menteeLines.push(
      [
        m.id,
        m.organisation,
        list(p.topics),
        p.seniority,
        list(p.languages),
        p.requiredLanguage ?? '',
        p.location,
        p.remote,
        p.gender,
        p.preferredMentorGender ?? '',
        p.preferredMentorGender ? p.preferredMentorGenderStrength : '',
        p.industry,
      ].join(','),
    );
  }
  const mentorLines = ['id,organisation,capacity,topics,seniority,languages,location,remote,gender,industry'];
  for (const m of input.mentors) {
    const p = m.profile!;
    mentorLines.push(
      [
        m.id,
        m.organisation,
        m.capacity,
        list(p.topics),
        p.seniority,
        list(p.languages),
        p.location,
        p.remote,
        p.gender,
        p.industry,
      ].join(','),
    );
  }
  const mentees = join(dir, 'mentees.csv');
  const mentors = join(dir, 'mentors.csv');
  writeFileSync(mentees, `${menteeLines.join('\n')}\n`);
  writeFileSync(mentors, `${mentorLines.join('\n')}\n`);
  return { mentees, mentors };
}

interface CliRun {
  seconds: number;
  peakMiB: number | null;
  summary: Record<string, number>;
}

/** Runs bin/crossmentor (of this checkout, or of `checkout`) and measures wall time and peak resident memory. */
function cli(args: string[], checkout = root): CliRun {
  const timer = existsSync('/usr/bin/time');
  const command = timer ? '/usr/bin/time' : process.execPath;
  const prefix = timer ? ['-f', '%M', process.execPath] : [];
  const started = performance.now();
  const result = spawnSync(
    command,
    [...prefix, join(checkout, 'bin', 'crossmentor'), ...args, '--json', '--no-progress'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`crossmentor failed: ${result.stderr}`);
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  const peakKiB = timer ? Number(lastLine) : Number.NaN;
  return {
    seconds,
    peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null,
    summary: JSON.parse(result.stdout),
  };
}

/** Greedy baseline: mentee by mentee in id order, the best-scoring mentor with a place left. */
function greedy(
  input: MatchInput,
  scoreRows: Map<string, Map<string, number>>,
): { matched: number; total: number } {
  const left = new Map(input.mentors.map((m) => [m.id, m.capacity]));
  let matched = 0;
  let total = 0;
  for (const mentee of input.mentees) {
    let best: string | null = null;
    let bestScore = -1;
    for (const [mentorId, s] of scoreRows.get(mentee.id) ?? []) {
      if ((left.get(mentorId) ?? 0) > 0 && s > bestScore) {
        best = mentorId;
        bestScore = s;
      }
    }
    if (best !== null) {
      left.set(best, left.get(best)! - 1);
      matched++;
      total += bestScore;
    }
  }
  return { matched, total: total / 100 };
}

/** Every allowed pair's score in hundredths, via the scores command (the independent route). */
function allPairScores(
  files: { mentees: string; mentors: string },
  dir: string,
): Map<string, Map<string, number>> {
  const out = join(dir, 'all-scores.csv');
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'crossmentor'),
      'scores',
      '--mentees',
      files.mentees,
      '--mentors',
      files.mentors,
      '--out',
      out,
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  const rows = new Map<string, Map<string, number>>();
  const text = readFileSync(out, 'utf8');
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const [a, b, s] = line.split(',');
    let row = rows.get(a!);
    if (!row) {
      row = new Map();
      rows.set(a!, row);
    }
    row.set(b!, Math.round(Number(s) * 100));
  }
  return rows;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(2);
const lines: string[] = [];
const log = (line: string) => {
  lines.push(line);
  console.log(line);
};

/** CPU seconds of this process since `since` (user + system); less sensitive to a shared machine. */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function timed(input: MatchInput, options: Parameters<typeof matchTandems>[1], runs: number) {
  const times: number[] = [];
  const cpu: number[] = [];
  let result: MatchResult | null = null;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = await matchTandems(input, options);
    times.push((performance.now() - started) / 1000);
    cpu.push(cpuSeconds(cpuStarted));
  }
  return { seconds: median(times), cpu: median(cpu), result: result! };
}

const selected = new Set((process.argv[2] ?? 'dense2k,huge,scores1m,stable,reciprocity,scarce').split(','));
if (selected.size > 1) {
  // Each case in a fresh process, so none is measured with another's heap and compiled code.
  log(
    `machine: ${cpus().length} cores (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  );
  for (const name of selected) {
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, name], {
      stdio: 'inherit',
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
  process.exit(0);
}

if (selected.has('dense2k')) {
  const input = generate(2000, 1000, 50, 1);
  const files = writeCsv(join(work, 'dense2k'), input);
  const solve = await timed(input, {}, 5);
  const e2e = [
    cli([
      'match',
      '--mentees',
      files.mentees,
      '--mentors',
      files.mentors,
      '--out',
      join(work, 'dense2k', 'out.csv'),
    ]),
  ];
  for (let r = 0; r < 2; r++)
    e2e.push(
      cli([
        'match',
        '--mentees',
        files.mentees,
        '--mentors',
        files.mentors,
        '--out',
        join(work, 'dense2k', 'out.csv'),
      ]),
    );
  const g = greedy(input, allPairScores(files, join(work, 'dense2k')));
  log(
    `dense2k (2,000 × 1,000, profiles): solve ${fmt(solve.seconds)} s (median of 5, in process; CPU ${fmt(solve.cpu)} s), end to end ${fmt(median(e2e.map((r) => r.seconds)))} s (CLI incl. Node/tsx start), matched ${solve.result.matched}, total ${solve.result.totalScoreText}, pricing rounds ${solve.result.pricingRounds}`,
  );
  log(
    `dense2k greedy baseline: matched ${g.matched} (${solve.result.matched - g.matched} fewer), total ${fmt(g.total)} (${fmt((100 * (solve.result.totalScore - g.total)) / solve.result.totalScore)} % less score)`,
  );
}

if (selected.has('huge')) {
  const input = generate(20000, 11500, 400, 2);
  const files = writeCsv(join(work, 'huge'), input);
  const run = cli([
    'match',
    '--mentees',
    files.mentees,
    '--mentors',
    files.mentors,
    '--out',
    join(work, 'huge', 'out.csv'),
  ]);
  log(
    `huge (20,000 × 11,500, profiles, 230 M implicit pairs): end to end ${fmt(run.seconds)} s, peak ${run.peakMiB?.toFixed(0) ?? '?'} MiB, matched ${run.summary.matched}, total ${run.summary.total_score}`,
  );
  const inProcess = await timed(input, {}, 1);
  log(
    `huge in process: ${fmt(inProcess.seconds)} s (CPU ${fmt(inProcess.cpu)} s), pricing rounds ${inProcess.result.pricingRounds}`,
  );
  // Greedy on the full pair set, using the engine's scores of each mentee's row.
  const stable = await timed(input, { mode: 'stable' }, 1);
  log(
    `huge stable mode (full preference lists, plus the optimal run and both blocking-pair counts): ${fmt(stable.seconds)} s, stable matched ${stable.result.matched}, total ${stable.result.totalScoreText}; optimal has ${stable.result.optimalComparison?.blockingPairs} blocking pairs`,
  );
}

if (selected.has('scores1m')) {
  const input = generate(20000, 11500, 400, 3);
  const dir = join(work, 'scores1m');
  const files = writeCsv(dir, input);
  const rand = random(33);
  const lines = ['mentee_id,mentor_id,score'];
  const orgOf = new Map(input.mentors.map((m) => [m.id, m.organisation]));
  for (const mentee of input.mentees) {
    const chosen = new Set<number>();
    while (chosen.size < 50) {
      const j = Math.floor(rand() * input.mentors.length);
      if (orgOf.get(input.mentors[j]!.id) !== mentee.organisation) chosen.add(j);
    }
    for (const j of chosen) lines.push(`${mentee.id},${input.mentors[j]!.id},${(rand() * 100).toFixed(2)}`);
  }
  const scores = join(dir, 'scores.csv');
  writeFileSync(scores, `${lines.join('\n')}\n`);
  const run = cli([
    'match',
    '--mentees',
    files.mentees,
    '--mentors',
    files.mentors,
    '--scores',
    scores,
    '--out',
    join(dir, 'out.csv'),
  ]);
  log(
    `scores1m (20,000 mentees, 1 M scored pairs): end to end ${fmt(run.seconds)} s, peak ${run.peakMiB?.toFixed(0) ?? '?'} MiB, matched ${run.summary.matched}, total ${run.summary.total_score}`,
  );
}

if (selected.has('stable')) {
  const input = generate(20000, 11500, 400, 2);
  const { deferredAcceptance } = await import('../src/core/matching/stable.ts');
  const { buildProblem } = await import('../src/core/matching/problem.ts');
  const { residualCapacity } = await import('../src/core/matching/optimal.ts');
  const problem = buildProblem(input);
  const times: number[] = [];
  const cpu: number[] = [];
  let mentorOf: Int32Array = new Int32Array(0);
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    mentorOf = deferredAcceptance(problem, residualCapacity(problem));
    times.push((performance.now() - started) / 1000);
    cpu.push(cpuSeconds(cpuStarted));
  }
  log(
    `stable (20,000 × 11,500, full preference lists, deferred acceptance alone): ${fmt(median(times))} s (median of 3; CPU ${fmt(median(cpu))} s), matched ${mentorOf.filter((j) => j >= 0).length}`,
  );
}

if (selected.has('reciprocity')) {
  const input = generate(1000, 600, 30, 4);
  const plain = await timed(input, {}, 1);
  for (const t of [0, 1]) {
    const r = await timed({ ...input, rules: { reciprocityTolerance: t } }, {}, 1);
    log(
      `reciprocity t=${t} (1,000 × 600, every pair allowed but same organisation): ${fmt(r.seconds)} s, matched ${r.result.matched}, total ${r.result.totalScoreText} (without reciprocity ${plain.result.totalScoreText}), pricing rounds ${r.result.pricingRounds}`,
    );
  }
}

if (selected.has('scarce')) {
  const dir = join(root, '..', 'shared', 'matching-cases', 'n20000_s77_scarce');
  if (!existsSync(dir)) {
    log(`scarce: skipped, no ${dir}`);
  } else {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    // Unpacked once beside the other bench files, outside the timings (the CLI reads plain CSV).
    const scores = join(work, 'scarce-scores.csv');
    writeFileSync(scores, gunzipSync(readFileSync(join(dir, 'scores.csv.gz'))));
    const files = ['mentees', 'mentors', 'exclusions', 'forbid'].map((f) => join(dir, `${f}.csv`));
    const args = [
      'match',
      '--mentees',
      files[0]!,
      '--mentors',
      files[1]!,
      '--scores',
      scores,
      '--exclude',
      files[2]!,
      '--forbid',
      files[3]!,
      '--out',
      join(work, 'scarce-out.csv'),
    ];
    const scipy = spawnSync('python3', ['-c', 'import scipy'], { encoding: 'utf8' }).status === 0;
    const baseline = process.env.CROSSMENTOR_BASELINE;
    const runs = Number(process.env.SCARCE_RUNS ?? 3);
    const ours: CliRun[] = [];
    const theirs: CliRun[] = [];
    const reference: { matched: number; total_score: number; seconds: number; seconds_total: number }[] = [];
    for (let r = 0; r < runs; r++) {
      ours.push(cli(args));
      if (baseline) theirs.push(cli(args, baseline));
      if (scipy) {
        const run = spawnSync(
          'python3',
          [join(root, 'bench', 'scarce_reference.py'), files[0]!, files[1]!, scores, files[2]!, files[3]!],
          { encoding: 'utf8' },
        );
        if (run.status !== 0) throw new Error(`scarce_reference.py failed: ${run.stderr}`);
        reference.push(JSON.parse(run.stdout));
      }
    }
    const check = (matched: number, total: number) =>
      matched === expected.matched && total === expected.total_score
        ? 'equal to expected.json'
        : 'DIFFERS from expected.json';
    const mine = median(ours.map((r) => r.seconds));
    log(
      `scarce (n20000_s77_scarce: 20,000 mentees, 19,400 places, 1 M listed pairs): end to end ${ours.map((r) => fmt(r.seconds)).join(' / ')} s, median ${fmt(mine)} s, peak ${ours[0]!.peakMiB?.toFixed(0) ?? '?'} MiB, matched ${ours[0]!.summary.matched}, total ${ours[0]!.summary.total_score} (${check(ours[0]!.summary.matched!, ours[0]!.summary.total_score!)})`,
    );
    if (baseline) {
      const old = median(theirs.map((r) => r.seconds));
      log(
        `scarce, engine of ${baseline} (interleaved): ${theirs.map((r) => fmt(r.seconds)).join(' / ')} s, median ${fmt(old)} s, matched ${theirs[0]!.summary.matched}, total ${theirs[0]!.summary.total_score}; ratio ${fmt(old / mine)}× slower`,
      );
    }
    if (scipy) {
      const solve = median(reference.map((r) => r.seconds));
      const all = median(reference.map((r) => r.seconds_total));
      log(
        `scarce, scipy min_weight_full_bipartite_matching (interleaved): solve ${reference.map((r) => fmt(r.seconds)).join(' / ')} s, median ${fmt(solve)} s; with reading ${fmt(all)} s; matched ${reference[0]!.matched}, total ${reference[0]!.total_score} (${check(reference[0]!.matched, reference[0]!.total_score)}); ours end to end is ${fmt(all / mine)}× faster than its whole run`,
      );
    } else log('scarce: python3 has no scipy here, so no independent reference ran');
  }
}
