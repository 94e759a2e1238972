// Turns the caller's input into an indexed problem: ids sorted (so ties break by id order),
// organisations interned, hard rules compiled, explicit scores scaled to exact integers.
import { decimalsOf, MAX_DECIMALS, toScaled } from './decimal.ts';
import { PROFILE_DECIMALS, ProfileScorer, resolveWeights } from './score-model.ts';
import { type MatchInput, MatchingError, type Mentee, type Mentor } from './types.ts';

/** Candidate pairs per mentee in compressed rows: pairs of mentee i are offsets[i] … offsets[i+1]-1. */
export interface CandidateGraph {
  offsets: Int32Array;
  mentor: Int32Array;
  /** Scaled integer scores, stored as doubles because 6 decimals can exceed 32 bits. */
  weight: Float64Array;
}

export type RuleViolation =
  | 'same-organisation'
  | 'excluded-organisations'
  | 'forbidden'
  | 'required-language'
  | 'mentor-gender'
  | 'not-listed';

export const VIOLATION_WORDS: Record<RuleViolation, string> = {
  'same-organisation': 'same organisation',
  'excluded-organisations': 'excluded organisation pair',
  forbidden: 'forbidden pair',
  'required-language': 'does not speak the required language',
  'mentor-gender': 'not the required mentor gender',
  'not-listed': 'pair not listed in the scores',
};

export interface Problem {
  mentees: Mentee[];
  mentors: Mentor[];
  menteeIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  capacity: Int32Array;
  organisations: string[];
  menteeOrg: Int32Array;
  mentorOrg: Int32Array;
  /** For each organisation with exclusions, a 0/1 mask over organisations it never meets. */
  excludedOrgs: Map<number, Uint8Array>;
  forbidden: Map<number, Set<number>>;
  /** Mentor index each mentee is pinned to, or -1. */
  pinnedTo: Int32Array;
  decimals: number;
  /** Profile scoring when no explicit scores were given. */
  scorer: ProfileScorer | null;
  /** Explicit mode: the listed pairs that pass every rule, with their scaled scores. */
  explicit: CandidateGraph | null;
  /** Explicit mode: every listed pair's mentor per mentee, rules or not (for explanations). */
  listed: Map<number, Map<number, number>> | null;
  reciprocityTolerance: number | null;
}

function indexById<T extends { id: string }>(people: readonly T[], role: string): [T[], Map<string, number>] {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map<string, number>();
  sorted.forEach((p, i) => {
    if (typeof p.id !== 'string' || p.id === '') {
      throw new MatchingError('unknown-id', `a ${role} has an empty id`);
    }
    if (index.has(p.id)) throw new MatchingError('duplicate-id', `duplicate ${role} id "${p.id}"`, [p.id]);
    index.set(p.id, i);
  });
  return [sorted, index];
}

function lookup(index: Map<string, number>, id: string, role: string, where: string): number {
  const i = index.get(id);
  if (i === undefined) throw new MatchingError('unknown-id', `${where}: unknown ${role} id "${id}"`, [id]);
  return i;
}

export function buildProblem(input: MatchInput): Problem {
  const [mentees, menteeIndex] = indexById(input.mentees, 'mentee');
  const [mentors, mentorIndex] = indexById(input.mentors, 'mentor');
  const capacity = Int32Array.from(mentors, (m) => {
    if (!Number.isInteger(m.capacity) || m.capacity < 0 || m.capacity > 1_000_000) {
      throw new MatchingError(
        'invalid-capacity',
        `mentor "${m.id}" has capacity ${m.capacity}; it must be a whole number ≥ 0`,
        [m.id],
      );
    }
    return m.capacity;
  });
  const organisationIndex = new Map<string, number>();
  const organisations: string[] = [];
  const org = (name: string) => {
    let k = organisationIndex.get(name);
    if (k === undefined) {
      k = organisations.length;
      organisationIndex.set(name, k);
      organisations.push(name);
    }
    return k;
  };
  const menteeOrg = Int32Array.from(mentees, (m) => org(m.organisation));
  const mentorOrg = Int32Array.from(mentors, (m) => org(m.organisation));
  const rules = input.rules ?? {};
  const excludedOrgs = new Map<number, Uint8Array>();
  for (const [a, b] of rules.exclusions ?? []) {
    // An organisation that nominated nobody cannot clash; interning it keeps the rule harmless.
    const x = org(a);
    const y = org(b);
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      let mask = excludedOrgs.get(p);
      if (!mask) {
        mask = new Uint8Array(0);
        excludedOrgs.set(p, mask);
      }
      if (mask.length <= q) {
        const grown = new Uint8Array(Math.max(q + 1, mask.length * 2));
        grown.set(mask);
        mask = grown;
        excludedOrgs.set(p, mask);
      }
      mask[q] = 1;
    }
  }
  for (const [p, mask] of excludedOrgs) {
    if (mask.length < organisations.length) {
      const grown = new Uint8Array(organisations.length);
      grown.set(mask);
      excludedOrgs.set(p, grown);
    }
  }
  const forbidden = new Map<number, Set<number>>();
  for (const pair of rules.forbidden ?? []) {
    const i = lookup(menteeIndex, pair.menteeId, 'mentee', 'forbidden pair');
    const j = lookup(mentorIndex, pair.mentorId, 'mentor', 'forbidden pair');
    let set = forbidden.get(i);
    if (!set) {
      set = new Set();
      forbidden.set(i, set);
    }
    set.add(j);
  }
  const tolerance = rules.reciprocityTolerance;
  if (tolerance !== undefined && (!Number.isInteger(tolerance) || tolerance < 0)) {
    throw new MatchingError(
      'invalid-option',
      `reciprocity tolerance must be a whole number ≥ 0, got ${tolerance}`,
    );
  }

  let decimals = PROFILE_DECIMALS;
  let scorer: ProfileScorer | null = null;
  const explicit: CandidateGraph | null = null;
  let listed: Map<number, Map<number, number>> | null = null;
  const problem: Problem = {
    mentees,
    mentors,
    menteeIndex,
    mentorIndex,
    capacity,
    organisations,
    menteeOrg,
    mentorOrg,
    excludedOrgs,
    forbidden,
    pinnedTo: new Int32Array(mentees.length).fill(-1),
    decimals,
    scorer,
    explicit,
    listed,
    reciprocityTolerance: tolerance ?? null,
  };

  if (input.scores) {
    decimals = 0;
    for (const s of input.scores) {
      if (typeof s.score !== 'number' || !Number.isFinite(s.score) || s.score < 0) {
        throw new MatchingError(
          'invalid-score',
          `score of ${s.menteeId} → ${s.mentorId} must be a number ≥ 0`,
          [s.menteeId, s.mentorId],
        );
      }
      const d = decimalsOf(s.score);
      if (d > MAX_DECIMALS) {
        throw new MatchingError(
          'invalid-score',
          `score ${s.score} of ${s.menteeId} → ${s.mentorId} has more than ${MAX_DECIMALS} decimals`,
          [s.menteeId, s.mentorId],
        );
      }
      decimals = Math.max(decimals, d);
    }
    listed = new Map();
    for (const s of input.scores) {
      const i = lookup(menteeIndex, s.menteeId, 'mentee', 'score');
      const j = lookup(mentorIndex, s.mentorId, 'mentor', 'score');
      let row = listed.get(i);
      if (!row) {
        row = new Map();
        listed.set(i, row);
      }
      if (row.has(j)) {
        throw new MatchingError('duplicate-id', `pair ${s.menteeId} → ${s.mentorId} is scored twice`, [
          s.menteeId,
          s.mentorId,
        ]);
      }
      row.set(j, toScaled(s.score, decimals));
    }
    problem.listed = listed;
    problem.decimals = decimals;
  } else {
    scorer = new ProfileScorer(mentees, mentors, resolveWeights(input.weights));
    problem.scorer = scorer;
  }

  for (const pin of rules.pins ?? []) {
    const i = lookup(menteeIndex, pin.menteeId, 'mentee', 'pin');
    const j = lookup(mentorIndex, pin.mentorId, 'mentor', 'pin');
    if (problem.pinnedTo[i] !== -1 && problem.pinnedTo[i] !== j) {
      throw new MatchingError('impossible-pin', `mentee "${pin.menteeId}" is pinned to two mentors`, [
        pin.menteeId,
      ]);
    }
    const violation = ruleViolation(problem, i, j);
    if (violation) {
      throw new MatchingError(
        'impossible-pin',
        `pin ${pin.menteeId} → ${pin.mentorId} breaks a rule: ${VIOLATION_WORDS[violation]}`,
        [pin.menteeId, pin.mentorId],
      );
    }
    problem.pinnedTo[i] = j;
  }
  const pinned = new Int32Array(mentors.length);
  for (const j of problem.pinnedTo) if (j >= 0) pinned[j]!++;
  pinned.forEach((count, j) => {
    if (count > capacity[j]!) {
      const id = mentors[j]!.id;
      throw new MatchingError(
        'impossible-pin',
        `mentor "${id}" has ${count} pins but capacity ${capacity[j]}`,
        [id],
      );
    }
  });

  if (listed) problem.explicit = explicitGraph(problem, listed);
  return problem;
}

/** The first hard rule the pair breaks, or null when it is allowed. */
export function ruleViolation(problem: Problem, i: number, j: number): RuleViolation | null {
  const a = problem.menteeOrg[i]!;
  const b = problem.mentorOrg[j]!;
  if (a === b) return 'same-organisation';
  if (problem.excludedOrgs.get(a)?.[b] === 1) return 'excluded-organisations';
  if (problem.forbidden.get(i)?.has(j)) return 'forbidden';
  if (problem.listed && !problem.listed.get(i)?.has(j)) return 'not-listed';
  if (problem.scorer) return problem.scorer.hardRuleFailure(i, j);
  return null;
}

function explicitGraph(problem: Problem, listed: Map<number, Map<number, number>>): CandidateGraph {
  const n = problem.mentees.length;
  const offsets = new Int32Array(n + 1);
  const mentors: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = mentors.length;
    const row = listed.get(i);
    if (row && problem.pinnedTo[i] === -1) {
      const js = [...row.keys()].sort((x, y) => x - y);
      for (const j of js) {
        if (ruleViolation(problem, i, j) === null) {
          mentors.push(j);
          weights.push(row.get(j)!);
        }
      }
    }
  }
  offsets[n] = mentors.length;
  return { offsets, mentor: Int32Array.from(mentors), weight: Float64Array.from(weights) };
}

/** Mentors a mentee may never meet because of organisation rules or forbidden pairs, as a 0/1 mask. */
export function blockedMentors(problem: Problem, i: number, mask: Uint8Array): Uint8Array {
  const a = problem.menteeOrg[i]!;
  const excluded = problem.excludedOrgs.get(a);
  const mentorOrg = problem.mentorOrg;
  for (let j = 0; j < mask.length; j++) {
    const b = mentorOrg[j]!;
    mask[j] = b === a || (excluded !== undefined && excluded[b] === 1) ? 1 : 0;
  }
  const forbidden = problem.forbidden.get(i);
  if (forbidden) for (const j of forbidden) mask[j] = 1;
  return mask;
}
