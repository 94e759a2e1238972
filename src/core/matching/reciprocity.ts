// Reciprocity: for each organisation, |mentor places it provides that are used − its mentees
// matched| ≤ t. As a flow, each tandem carries one unit from the mentee's organisation through
// mentee and mentor back to the mentor's organisation; each organisation may absorb or emit at
// most t units. That is a network, so the LP relaxation has integral vertices and the simplex
// answer is an exact 0/1 assignment. HiGHS (WASM) solves the LP on pruned candidates; its duals
// then price every allowed pair and violators are added until none remain.
import highsLoader from 'highs';
import { addPairs, pruneCandidates, RowScorer } from './candidates.ts';
import { bigWeight, residualCapacity } from './optimal.ts';
import type { CandidateGraph, Problem } from './problem.ts';
import { MatchingError, type Progress } from './types.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highsPromise: Promise<Highs> | null = null;
function loadHighs(): Promise<Highs> {
  highsPromise ??= highsLoader();
  return highsPromise;
}

interface LpModel {
  text: string;
  menteeRow: Int32Array;
  mentorRow: Int32Array;
  orgLowRow: Int32Array;
  orgHighRow: Int32Array;
}

function buildLp(
  problem: Problem,
  graph: CandidateGraph,
  capacity: Int32Array,
  big: number,
  elastic: boolean,
): LpModel {
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  const orgs = problem.organisations.length;
  const t = problem.reciprocityTolerance ?? 0;
  const pinnedBalance = new Int32Array(orgs);
  problem.pinnedTo.forEach((j, i) => {
    if (j < 0) return;
    pinnedBalance[problem.menteeOrg[i]!]!++;
    pinnedBalance[problem.mentorOrg[j]!]!--;
  });
  const mentorTerms: string[][] = Array.from({ length: m }, () => []);
  const orgTerms: string[][] = Array.from({ length: orgs }, () => []);
  const objective: string[] = [];
  const rows: string[] = [];
  const menteeRow = new Int32Array(n).fill(-1);
  const mentorRow = new Int32Array(m).fill(-1);
  const orgLowRow = new Int32Array(orgs).fill(-1);
  const orgHighRow = new Int32Array(orgs).fill(-1);
  for (let i = 0; i < n; i++) {
    const terms: string[] = [];
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
      const x = `x${e}`;
      const j = graph.mentor[e]!;
      terms.push(x);
      mentorTerms[j]!.push(x);
      orgTerms[problem.menteeOrg[i]!]!.push(`+ ${x}`);
      orgTerms[problem.mentorOrg[j]!]!.push(`- ${x}`);
      if (!elastic) objective.push(`+ ${big + graph.weight[e]!} ${x}`);
    }
    if (terms.length > 0) {
      menteeRow[i] = rows.length;
      rows.push(` me${i}: ${terms.join(' + ')} <= 1`);
    }
  }
  for (let j = 0; j < m; j++) {
    if (mentorTerms[j]!.length === 0) continue;
    mentorRow[j] = rows.length;
    rows.push(` mo${j}: ${mentorTerms[j]!.join(' + ')} <= ${capacity[j]}`);
  }
  for (let o = 0; o < orgs; o++) {
    const terms = orgTerms[o]!;
    if (elastic) {
      terms.push(`+ sp${o}`, `- sn${o}`);
      objective.push(`+ sp${o} + sn${o}`);
    }
    // An organisation without candidate pairs still has to balance its pins.
    if (terms.length === 0) terms.push(`+ 0 zero`);
    orgLowRow[o] = rows.length;
    rows.push(` lo${o}: ${terms.join(' ')} >= ${-t - pinnedBalance[o]!}`);
    orgHighRow[o] = rows.length;
    rows.push(` hi${o}: ${terms.join(' ')} <= ${t - pinnedBalance[o]!}`);
  }
  const text = [
    elastic ? 'Minimize' : 'Maximize',
    ` obj: ${objective.length > 0 ? objective.join(' ') : '0 zero'}`,
    'Subject To',
    ...rows,
    'Bounds',
    ' 0 <= zero <= 0',
    'End',
  ].join('\n');
  return { text, menteeRow, mentorRow, orgLowRow, orgHighRow };
}

export interface ReciprocitySolution {
  mentorOf: Int32Array;
  rounds: number;
}

export async function solveReciprocity(
  problem: Problem,
  options: { candidatesPerMentee?: number; candidatesPerMentor?: number; onProgress?: (p: Progress) => void },
): Promise<ReciprocitySolution> {
  const highs = await loadHighs();
  const capacity = residualCapacity(problem);
  const n = problem.mentees.length;
  const k = Math.max(1, options.candidatesPerMentee ?? 40);
  // Every row scored: with organisation prices in play, each mentor's own best mentees (found only
  // among whole rows) save whole LP rounds.
  const pruned = problem.explicit
    ? null
    : pruneCandidates(problem, problem.scorer!, k, Math.max(0, options.candidatesPerMentor ?? 4), {
        shortlists: null,
      });
  let graph = problem.explicit ?? pruned!.graph;
  const big = bigWeight(graph, n, problem.scorer ? problem.scorer.maxScore : null);
  const rows = problem.scorer ? new RowScorer(problem, problem.scorer) : null;
  for (let round = 1; ; round++) {
    options.onProgress?.({ phase: 'reciprocity', done: round - 1, total: round });
    const model = buildLp(problem, graph, capacity, big, false);
    const solution = highs.solve(model.text, { solver: 'simplex', presolve: 'off' });
    if (solution.Status === 'Infeasible') throw infeasible(problem, highs, graph, capacity, big);
    if (solution.Status !== 'Optimal') {
      throw new MatchingError(
        'reciprocity-infeasible',
        `the reciprocity model could not be solved: ${solution.Status}`,
      );
    }
    const mentorOf = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const x = solution.Columns[`x${e}`]?.Primal ?? 0;
        if (Math.abs(x - Math.round(x)) > 1e-6) {
          throw new MatchingError(
            'reciprocity-infeasible',
            'the reciprocity LP returned a fractional vertex',
          );
        }
        if (Math.round(x) === 1) mentorOf[i] = graph.mentor[e]!;
      }
    }
    if (!pruned || !rows) return { mentorOf, rounds: round };
    // Network LP with integer costs: the basic duals are integers, so round away solver noise.
    const dual = (r: number) => (r < 0 ? 0 : Math.round((solution.Rows[r] as { Dual?: number }).Dual ?? 0));
    const orgPrice = new Float64Array(problem.organisations.length);
    for (let o = 0; o < orgPrice.length; o++)
      orgPrice[o] = dual(model.orgLowRow[o]!) + dual(model.orgHighRow[o]!);
    const mentorPrice = Float64Array.from(model.mentorRow, (r) => dual(r));
    const extra = new Map<number, [number, number][]>();
    for (let i = 0; i < n; i++) {
      if (pruned.complete[i] === 1) continue;
      const row = rows.score(i);
      const base = big - dual(model.menteeRow[i]!) - orgPrice[problem.menteeOrg[i]!]!;
      const inGraph = new Set<number>();
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) inGraph.add(graph.mentor[e]!);
      const violators: [number, number, number][] = [];
      for (let j = 0; j < row.length; j++) {
        const w = row[j]!;
        if (w < 0 || inGraph.has(j)) continue;
        // Reduced profit of adding x_ij; a positive one means the LP optimum could improve.
        const reduced = base + w - mentorPrice[j]! + orgPrice[problem.mentorOrg[j]!]!;
        if (reduced > 0) violators.push([j, w, reduced]);
      }
      if (violators.length > 0) {
        violators.sort((a, b) => b[2] - a[2] || a[0] - b[0]);
        extra.set(
          i,
          violators.slice(0, k).map(([j, w]) => [j, w]),
        );
      }
    }
    if (extra.size === 0) return { mentorOf, rounds: round };
    graph = addPairs(graph, extra);
  }
}

function infeasible(
  problem: Problem,
  highs: Highs,
  graph: CandidateGraph,
  capacity: Int32Array,
  big: number,
): MatchingError {
  const model = buildLp(problem, graph, capacity, big, true);
  const solution = highs.solve(model.text, { solver: 'simplex', presolve: 'off' });
  const culprits: string[] = [];
  if (solution.Status === 'Optimal') {
    problem.organisations.forEach((name, o) => {
      const slack = (solution.Columns[`sp${o}`]?.Primal ?? 0) + (solution.Columns[`sn${o}`]?.Primal ?? 0);
      if (slack > 1e-6) culprits.push(name);
    });
  }
  return new MatchingError(
    'reciprocity-infeasible',
    `reciprocity within ${problem.reciprocityTolerance} cannot hold with the pins given; organisations out of balance: ${
      culprits.join(', ') || 'unknown'
    }`,
    culprits,
  );
}
