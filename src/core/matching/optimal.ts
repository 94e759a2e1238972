// The optimal mode: solve on pruned candidates, then prove optimality over every allowed pair by
// checking each pair's reduced cost against the duals; add the violators and solve again until
// none remain. With explicit scores the listed pairs are the whole graph and no check is needed.
import { AssignmentSolver } from './assignment.ts';
import { addPairs, pruneCandidates, RowScorer } from './candidates.ts';
import { maximumCardinality } from './cardinality.ts';
import { certificateViolation } from './certificate.ts';
import { solveDecomposed } from './decomposed.ts';
import { type CandidateGraph, type Problem, ruleViolation } from './problem.ts';
import { Shortlists } from './shortlist.ts';
import { MatchingError, type Progress } from './types.ts';

export interface OptimalSolution {
  solver: AssignmentSolver;
  graph: CandidateGraph;
  rounds: number;
}

/** Places each mentor has left after pins. */
export function residualCapacity(problem: Problem): Int32Array {
  const residual = Int32Array.from(problem.capacity);
  for (const j of problem.pinnedTo) if (j >= 0) residual[j]!--;
  return residual;
}

/** A weight offset larger than any total score, so one more matched mentee always wins. */
export function bigWeight(graph: CandidateGraph, n: number, maxScore: number | null): number {
  let total = 0;
  if (maxScore !== null) total = n * maxScore;
  else {
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) best = Math.max(best, graph.weight[e]!);
      total += best;
    }
  }
  const big = total + 1;
  // Duals and path lengths stay below a few times big; they must be exact doubles.
  if (big * 8 > Number.MAX_SAFE_INTEGER) {
    throw new MatchingError(
      'invalid-score',
      'scores are too large or have too many decimals to be summed exactly',
    );
  }
  return big;
}

export function solveOptimal(
  problem: Problem,
  options: { candidatesPerMentee?: number; candidatesPerMentor?: number; onProgress?: (p: Progress) => void },
): OptimalSolution {
  const capacity = residualCapacity(problem);
  const progress = options.onProgress;
  const solve = (graph: CandidateGraph, big: number) => {
    // Which mentors every maximum matching fills with mentees competing for them. With any, the
    // problem splits in two parts solved apart (decomposed.ts), proven together by the certificate.
    const structure = maximumCardinality(graph, capacity);
    const { bottleneck, bottlenecks } = structure;
    if (bottlenecks > 0) {
      const split = solveDecomposed(graph, capacity, big, structure);
      if (split) {
        progress?.({ phase: 'solve', done: problem.mentees.length, total: problem.mentees.length });
        return split;
      }
    }
    // Otherwise one solve from the mentees' side, with the bottleneck mentors' duals starting at BIG.
    const solver = new AssignmentSolver(graph, capacity, big);
    solver.solve(
      progress && ((done, total) => progress({ phase: 'solve', done, total })),
      bottlenecks > 0 ? bottleneck : undefined,
    );
    return solver;
  };
  // Every solve ends with the dual certificate checked pair by pair, whatever the search did.
  const certified = (solution: OptimalSolution): OptimalSolution => {
    const violation = certificateViolation(solution.graph, capacity, solution.solver);
    if (violation !== null) throw new Error(`matching engine: the dual certificate fails: ${violation}`);
    return solution;
  };
  if (problem.explicit) {
    const graph = problem.explicit;
    return certified({
      solver: solve(graph, bigWeight(graph, problem.mentees.length, null)),
      graph,
      rounds: 1,
    });
  }
  const scorer = problem.scorer!;
  const k = Math.max(1, options.candidatesPerMentee ?? 20);
  const shortlists = new Shortlists(problem, scorer);
  const rows = new RowScorer(problem, scorer, true);
  const pruned = pruneCandidates(problem, scorer, k, Math.max(0, options.candidatesPerMentor ?? 4), {
    onStep: progress && ((done, total) => progress({ phase: 'candidates', done, total })),
    shortlists,
    rows,
  });
  let graph = pruned.graph;
  const n = problem.mentees.length;
  const big = bigWeight(graph, n, scorer.maxScore);
  const solver = solve(graph, big);
  const { u, v } = solver;
  // Duals at the previous check: a pair that did not violate then can only violate now if u_i or
  // v_j has decreased since, so later rounds score whole rows only for mentees whose u_i dropped
  // and otherwise just the pairs with a mentor whose v_j dropped.
  let checkedU: Float64Array | null = null;
  let checkedV: Float64Array | null = null;
  const lowered: number[] = [];
  // Mentees that had violators last round (not all of them may have been added): whole rows again.
  const recheck = new Uint8Array(n);
  for (let round = 1; ; round++) {
    const extra = new Map<number, [number, number][]>();
    lowered.length = 0;
    if (checkedV) for (let j = 0; j < v.length; j++) if (v[j]! < checkedV[j]!) lowered.push(j);
    const wholeRows = checkedU === null || lowered.length * 8 > v.length;
    // With every mentor full, v holds the large weight as well: no v is below vMin, which is then
    // far above 0 and rules out many more pairs than v ≥ 0 alone.
    let vMin = v.length > 0 ? Number.POSITIVE_INFINITY : 0;
    for (let j = 0; j < v.length; j++) if (v[j]! < vMin) vMin = v[j]!;
    for (let i = 0; i < n; i++) {
      if (pruned.complete[i] === 1) continue;
      const threshold = u[i]! - big;
      // A pair violates only if it scores above u_i − big + v_j ≥ reach.
      const reach = threshold + vMin;
      // Pairs left out score at most floor[i], so reach ≥ floor[i] rules them all out.
      if (reach >= pruned.floor[i]!) continue;
      const violators: [number, number, number][] = [];
      if (wholeRows || recheck[i] === 1 || u[i]! < checkedU![i]!) {
        if (pruned.reserveComplete[i] === 1 || reach >= pruned.reserveFloor[i]!) {
          // Only the reserve pairs can violate: their scores are known, no row to score.
          const { offsets, mentor, weight } = pruned.reserve;
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
            const j = mentor[e]!;
            const w = weight[e]!;
            const reduced = threshold + v[j]! - w;
            if (reduced < 0) violators.push([j, w, reduced]);
          }
        } else {
          const listed = reach >= 0 ? shortlists.of(i, 2) : -1;
          if (listed >= 0 && reach >= shortlists.bound) {
            // Mentors off the shortlist score at most its bound: only those on it can violate.
            const { mentors, scores } = shortlists;
            for (let q = 0; q < listed; q++) {
              const j = mentors[q]!;
              const w = scores[q]!;
              const reduced = threshold + v[j]! - w;
              if (reduced < 0) violators.push([j, w, reduced]);
            }
          } else {
            const row = rows.score(i);
            for (let j = 0; j < row.length; j++) {
              const w = row[j]!;
              if (w < 0) continue;
              const reduced = threshold + v[j]! - w;
              if (reduced < 0) violators.push([j, w, reduced]);
            }
          }
        }
      } else {
        for (const j of lowered) {
          if (threshold + v[j]! >= pruned.floor[i]! || ruleViolation(problem, i, j) !== null) continue;
          const w = scorer.pairScore(i, j);
          const reduced = threshold + v[j]! - w;
          if (reduced < 0) violators.push([j, w, reduced]);
        }
      }
      if (violators.length > 0) {
        violators.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
        extra.set(
          i,
          violators.slice(0, 2 * k).map(([j, w]) => [j, w]),
        );
      }
      if (progress && (i & 1023) === 1023) progress({ phase: 'verify', done: i + 1, total: n });
    }
    recheck.fill(0);
    for (const i of extra.keys()) recheck[i] = 1;
    checkedU = Float64Array.from(u);
    checkedV = Float64Array.from(v);
    if (extra.size === 0) return certified({ solver, graph, rounds: round });
    // Pairs already in the graph never violate (the solver keeps them dual feasible). Warm start:
    // only the mentees with new pairs are taken out and inserted again.
    graph = addPairs(graph, extra);
    solver.extend(graph, extra.keys());
  }
}
