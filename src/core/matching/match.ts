// The engine's entry points: match tandems (optimal or stable) and list scored pairs.
import { RowScorer } from './candidates.ts';
import { formatScaled } from './decimal.ts';
import { pairReasons, unmatchedReasons } from './explain.ts';
import { type OptimalSolution, residualCapacity, solveOptimal } from './optimal.ts';
import { buildProblem, type Problem, ruleViolation } from './problem.ts';
import { solveReciprocity } from './reciprocity.ts';
import { PROFILE_DECIMALS } from './score-model.ts';
import { countBlockingPairs, deferredAcceptance, pairScorer } from './stable.ts';
import {
  type Contribution,
  CRITERIA,
  type Criterion,
  type MatchedPair,
  type MatchInput,
  MatchingError,
  type MatchOptions,
  type MatchResult,
  type ScoredPair,
  type UnmatchedMentee,
} from './types.ts';

/**
 * Pairs mentees with mentors from other organisations under every hard rule. Optimal mode: most
 * mentees matched, then the largest total score, exactly. Stable mode: mentee-proposing deferred
 * acceptance, with the optimal assignment's figures alongside.
 */
export async function matchTandems(input: MatchInput, options: MatchOptions = {}): Promise<MatchResult> {
  const mode = options.mode ?? 'optimal';
  if (mode !== 'optimal' && mode !== 'stable') {
    throw new MatchingError('invalid-option', `mode must be "optimal" or "stable", got "${mode}"`);
  }
  const problem = buildProblem(input);
  if (mode === 'stable' && problem.reciprocityTolerance !== null) {
    throw new MatchingError('invalid-option', 'stable mode cannot also enforce reciprocity; choose one');
  }
  const capacity = residualCapacity(problem);
  let optimal: OptimalSolution | null = null;
  let mentorOf: Int32Array;
  let rounds = 1;
  if (problem.reciprocityTolerance !== null) {
    const solution = await solveReciprocity(problem, options);
    mentorOf = solution.mentorOf;
    rounds = solution.rounds;
  } else {
    optimal = solveOptimal(problem, options);
    rounds = optimal.rounds;
    mentorOf = Int32Array.from(optimal.solver.mentorOf);
  }
  for (let i = 0; i < mentorOf.length; i++) if (problem.pinnedTo[i]! >= 0) mentorOf[i] = problem.pinnedTo[i]!;
  if (mode === 'stable') {
    // Only stable mode reports blocking pairs: counting them is another pass over every pair.
    const optimalBlocking = countBlockingPairs(problem, capacity, mentorOf);
    options.onProgress?.({ phase: 'stable', done: 0, total: 1 });
    const optimalSummary = summarise(problem, mentorOf);
    const stable = deferredAcceptance(problem, capacity);
    const result = buildResult(problem, stable, null, options.explain ?? false, 'stable', rounds);
    result.blockingPairs = countBlockingPairs(problem, capacity, stable);
    result.optimalComparison = { ...optimalSummary, blockingPairs: optimalBlocking };
    return result;
  }
  return buildResult(problem, mentorOf, optimal, options.explain ?? false, 'optimal', rounds);
}

function summarise(problem: Problem, mentorOf: Int32Array): { matched: number; totalScore: number } {
  const score = pairScorer(problem);
  let matched = 0;
  let total = 0;
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    matched++;
    total += score(i, j);
  });
  return { matched, totalScore: Number(formatScaled(total, problem.decimals)) };
}

function buildResult(
  problem: Problem,
  mentorOf: Int32Array,
  optimal: OptimalSolution | null,
  explain: boolean,
  mode: 'optimal' | 'stable',
  rounds: number,
): MatchResult {
  const residual = residualCapacity(problem);
  // Places still free once this assignment is made (pins are already out of `residual`).
  const free = Int32Array.from(residual);
  mentorOf.forEach((j, i) => {
    if (j >= 0 && problem.pinnedTo[i] !== j) free[j]!--;
  });
  const score = pairScorer(problem);
  const pairs: MatchedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let total = 0;
  for (let i = 0; i < mentorOf.length; i++) {
    const j = mentorOf[i]!;
    const menteeId = problem.mentees[i]!.id;
    if (j < 0) {
      const eligible = hasEligibleMentor(problem, i);
      unmatched.push({
        menteeId,
        reasons: explain
          ? unmatchedReasons(problem, i, eligible, optimal?.solver ?? null, residual, free, mode)
          : [eligible ? "every eligible mentor's places are taken" : 'no eligible mentor at all'],
      });
      continue;
    }
    const s = score(i, j);
    total += s;
    const pinned = problem.pinnedTo[i] === j;
    const contributions: Contribution[] = [];
    if (problem.scorer) {
      const c = problem.scorer.contributions(i, j);
      for (const criterion of CRITERIA) contributions.push({ criterion, points: c[criterion] / 100 });
    }
    pairs.push({
      menteeId,
      mentorId: problem.mentors[j]!.id,
      score: s / 10 ** problem.decimals,
      scoreText: formatScaled(s, problem.decimals),
      pinned,
      contributions,
      reasons: explain ? pairReasons(problem, i, j, pinned) : [],
    });
  }
  const totalScoreText = formatScaled(total, problem.decimals);
  return {
    mode,
    pairs,
    unmatched,
    matched: pairs.length,
    totalScore: Number(totalScoreText),
    totalScoreText,
    blockingPairs: null,
    pricingRounds: rounds,
  };
}

function hasEligibleMentor(problem: Problem, i: number): boolean {
  if (problem.explicit) return problem.explicit.offsets[i]! < problem.explicit.offsets[i + 1]!;
  for (let j = 0; j < problem.mentors.length; j++) if (ruleViolation(problem, i, j) === null) return true;
  return false;
}

/**
 * Visits every allowed pair with its profile score and per-criterion contributions, mentees and
 * mentors in id order. Pure: the caller decides where the rows go.
 */
export function forEachScoredPair(input: MatchInput, visit: (pair: ScoredPair) => void): void {
  if (input.scores)
    throw new MatchingError(
      'invalid-option',
      'profile scores are computed from profiles, not from given scores',
    );
  const problem = buildProblem({
    ...input,
    rules: { exclusions: input.rules?.exclusions, forbidden: input.rules?.forbidden },
  });
  const scorer = problem.scorer!;
  const rows = new RowScorer(problem, scorer);
  for (let i = 0; i < problem.mentees.length; i++) {
    const row = rows.score(i);
    for (let j = 0; j < row.length; j++) {
      if (row[j]! < 0) continue;
      const c = scorer.contributions(i, j);
      const contributionTexts = {} as Record<Criterion, string>;
      for (const criterion of CRITERIA)
        contributionTexts[criterion] = formatScaled(c[criterion], PROFILE_DECIMALS);
      visit({
        menteeId: problem.mentees[i]!.id,
        mentorId: problem.mentors[j]!.id,
        scoreText: formatScaled(row[j]!, PROFILE_DECIMALS),
        contributionTexts,
      });
    }
  }
}
