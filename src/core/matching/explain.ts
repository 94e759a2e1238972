// Explanations in words: why a pair scores what it does, and why a mentee stayed unmatched.
import type { AssignmentSolver } from './assignment.ts';
import { formatScaled } from './decimal.ts';
import { type Problem, type RuleViolation, ruleViolation, VIOLATION_WORDS } from './problem.ts';

/** Top contributions of a matched pair, e.g. "shares goals: negotiation; 2 levels more senior". */
export function pairReasons(problem: Problem, i: number, j: number, pinned: boolean): string[] {
  const reasons: string[] = [];
  if (pinned) reasons.push('pinned by the coordinator');
  if (problem.scorer) reasons.push(...problem.scorer.describe(i, j).slice(0, 3));
  else reasons.push('score given in the scores file');
  return reasons;
}

/** Why each hard rule excluded mentors, with counts, e.g. "same organisation (4 mentors)". */
export function exclusionCounts(problem: Problem, i: number): Map<RuleViolation, number> {
  const counts = new Map<RuleViolation, number>();
  for (let j = 0; j < problem.mentors.length; j++) {
    const violation = ruleViolation(problem, i, j);
    if (violation) counts.set(violation, (counts.get(violation) ?? 0) + 1);
  }
  return counts;
}

export function unmatchedReasons(
  problem: Problem,
  i: number,
  eligible: boolean,
  solver: AssignmentSolver | null,
  residual: Int32Array,
  free: Int32Array,
  mode: 'optimal' | 'stable',
): string[] {
  if (!eligible) {
    const parts = [...exclusionCounts(problem, i)].map(
      ([rule, count]) => `${VIOLATION_WORDS[rule]} (${count} mentor${count === 1 ? '' : 's'})`,
    );
    return [`no eligible mentor at all: ${parts.join('; ') || 'there are no mentors'}`];
  }
  const open: number[] = [];
  const pinnedFull: string[] = [];
  for (let j = 0; j < problem.mentors.length; j++) {
    if (ruleViolation(problem, i, j) !== null) continue;
    if (residual[j]! > 0) open.push(j);
    else pinnedFull.push(problem.mentors[j]!.id);
  }
  if (open.length === 0) {
    return [
      `every eligible mentor's places are taken by pinned mentees (${pinnedFull.slice(0, 5).join(', ')})`,
    ];
  }
  const stillFree = open.find((j) => free[j]! > 0);
  if (problem.reciprocityTolerance !== null && stillFree !== undefined) {
    return [
      `matching them would break the reciprocity balance (tolerance ${problem.reciprocityTolerance}), although mentor ${problem.mentors[stillFree]!.id} has a free place`,
    ];
  }
  if (mode === 'stable') {
    return ["every eligible mentor's places went to mentees they score higher (stable mode)"];
  }
  const reasons = ["every eligible mentor's places are taken by a better total"];
  if (!solver) return reasons;
  const alternative = solver.cheapestInclusion(i);
  if (!alternative) return reasons;
  const mentor = problem.mentors[alternative.mentor]!.id;
  const loss = formatScaled(alternative.loss, problem.decimals);
  const displaced =
    alternative.displaced >= 0
      ? `; mentee ${problem.mentees[alternative.displaced]!.id} would be unmatched instead`
      : '';
  reasons.push(
    `best alternative: mentor ${mentor}, which would lower the total score by ${loss}${displaced}`,
  );
  return reasons;
}
