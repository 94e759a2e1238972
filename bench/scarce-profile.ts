// Where the time goes on the scarce case (issue 17): one process, phase by phase, with the size of
// every insertion's search. Reads ../shared/matching-cases/n20000_s77_scarce (never copied here).
// Usage: npx tsx bench/scarce-profile.ts [plain,bottleneck,decomposed]   (default: all three, in that order)
// plain: the one-piece solve from all-zero duals (the engine before issue 17); bottleneck: the same with
// the bottleneck mentors' duals starting at BIG; decomposed: what the engine does now.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readExclusions, readMentees, readMentors, readPairs, readScores } from '../src/cli/matching-csv.ts';
import { AssignmentSolver } from '../src/core/matching/assignment.ts';
import { maximumCardinality } from '../src/core/matching/cardinality.ts';
import { certificateViolation } from '../src/core/matching/certificate.ts';
import { bigWeight, residualCapacity } from '../src/core/matching/optimal.ts';
import { buildProblem } from '../src/core/matching/problem.ts';

const dir = join(import.meta.dirname, '..', '..', 'shared', 'matching-cases', 'n20000_s77_scarce');
if (!existsSync(dir)) {
  console.log(`no scarce case at ${dir}`);
  process.exit(0);
}
const clock = () => performance.now();
const ms = (t: number) => `${(clock() - t).toFixed(0)} ms`;

let t = clock();
const work = join(tmpdir(), 'crossmentor-scarce');
mkdirSync(work, { recursive: true });
const scoresFile = join(work, 'scores.csv');
writeFileSync(scoresFile, gunzipSync(readFileSync(join(dir, 'scores.csv.gz'))));
console.log(`gunzip scores.csv.gz: ${ms(t)}`);

t = clock();
const mentees = readMentees(join(dir, 'mentees.csv')).people;
const mentors = readMentors(join(dir, 'mentors.csv')).people;
const menteeIds = new Set(mentees.map((m) => m.id));
const mentorIds = new Set(mentors.map((m) => m.id));
const exclusions = readExclusions(join(dir, 'exclusions.csv'));
const forbidden = readPairs(join(dir, 'forbid.csv'), menteeIds, mentorIds);
console.log(`read people and rules: ${ms(t)}`);
t = clock();
const scores = readScores(scoresFile, menteeIds, mentorIds);
console.log(`read scores.csv (${scores.length} pairs): ${ms(t)}`);
t = clock();
const problem = buildProblem({ mentees, mentors, scores, rules: { exclusions, forbidden } });
const graph = problem.explicit!;
console.log(`build problem and graph (${graph.mentor.length} allowed pairs): ${ms(t)}`);

const capacity = residualCapacity(problem);
const big = bigWeight(graph, mentees.length, null);
t = clock();
const cardinality = maximumCardinality(graph, capacity);
console.log(
  `maximum cardinality (Hopcroft–Karp): ${ms(t)}; ${cardinality.matched} can be matched, ${cardinality.bottlenecks} bottleneck mentors`,
);

const variants = (process.argv[2] ?? 'plain,bottleneck,decomposed').split(',');
for (const variant of variants.filter((v) => v !== 'decomposed')) {
  const solver = new AssignmentSolver(graph, capacity, big);
  const size = new Float64Array(mentees.length);
  t = clock();
  if (variant === 'bottleneck') solver.startBottlenecks(cardinality.bottleneck);
  for (let i = 0; i < mentees.length; i++) {
    solver.insert(i);
    size[i] = solver.lastSearchSize;
  }
  const insertMs = clock() - t;
  const release = clock();
  if (variant === 'bottleneck') solver.releaseFreePlaces();
  const releaseMs = clock() - release;
  t = clock();
  const violation = certificateViolation(graph, capacity, solver);
  const certMs = clock() - t;
  let matched = 0;
  let total = 0;
  let settledOut = 0;
  let settledIn = 0;
  let maxOut = 0;
  for (let i = 0; i < mentees.length; i++) {
    const j = solver.mentorOf[i]!;
    if (j >= 0) {
      matched++;
      settledIn += size[i]!;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++)
        if (graph.mentor[e] === j) total += graph.weight[e]!;
    } else {
      settledOut += size[i]!;
      maxOut = Math.max(maxOut, size[i]!);
    }
  }
  const out = mentees.length - matched;
  console.log(
    `${variant}: inserts ${insertMs.toFixed(0)} ms, release free places ${releaseMs.toFixed(0)} ms, certificate ${certMs.toFixed(0)} ms (${violation ?? 'holds'}); matched ${matched}, total ${total / 10 ** problem.decimals}`,
  );
  console.log(
    `  nodes settled per insert: ${(settledIn / matched).toFixed(0)} on average for the ${matched} matched, ${(settledOut / Math.max(1, out)).toFixed(0)} (max ${maxOut}) for the ${out} that end unmatched`,
  );
}

if (variants.includes('decomposed')) {
  const { solveDecomposed } = await import('../src/core/matching/decomposed.ts');
  t = clock();
  const solver = solveDecomposed(graph, capacity, big, cardinality);
  console.log(
    `decomposed (both parts, combined, certificate): ${ms(t)}; ${solver ? 'certificate holds' : 'fell back'}`,
  );
  if (solver) {
    let matched = 0;
    let total = 0;
    solver.mentorOf.forEach((j, i) => {
      if (j < 0) return;
      matched++;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++)
        if (graph.mentor[e] === j) total += graph.weight[e]!;
    });
    console.log(`  matched ${matched}, total ${total / 10 ** problem.decimals}`);
  }
}
