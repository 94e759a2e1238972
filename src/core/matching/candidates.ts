// Candidate generation: each mentee's best-scoring allowed mentors, so the exact solver runs on a
// small graph. Pruning alone is not optimal; optimal.ts proves optimality over all pairs afterwards.
import type { CandidateGraph, Problem } from './problem.ts';
import type { ProfileScorer } from './score-model.ts';

export interface Pruned {
  graph: CandidateGraph;
  /** Lowest score kept for each mentee; pairs left out score at most this. */
  floor: Int32Array;
  /** 1 when every allowed mentor of the mentee is in the graph. */
  complete: Uint8Array;
  /**
   * The next best pairs after the graph's (up to as many again), by mentee, with their scores: the
   * optimality check looks at these first and scores a whole row only when they cannot settle it.
   */
  reserve: CandidateGraph;
  /** Bound on every allowed pair neither in the graph nor in the reserve. */
  reserveFloor: Int32Array;
  /** 1 when every allowed pair is in the graph or the reserve. */
  reserveComplete: Uint8Array;
}

/** A reusable scratch space for scoring one mentee against all mentors. */
export class RowScorer {
  readonly row: Int32Array;
  constructor(
    private readonly problem: Problem,
    private readonly scorer: ProfileScorer,
  ) {
    this.row = new Int32Array(problem.mentors.length);
  }
  /** Scores of mentee i against every mentor in hundredths, -1 where a hard rule forbids the pair. */
  score(i: number): Int32Array {
    const { problem, row } = this;
    const organisation = problem.menteeOrg[i]!;
    const mentorOrg = problem.mentorOrg;
    this.scorer.scoreRow(i, row, mentorOrg, organisation);
    const excluded = problem.excludedOrgs.get(organisation);
    if (excluded !== undefined) {
      for (let j = 0; j < row.length; j++) if (excluded[mentorOrg[j]!] === 1) row[j] = -1;
    }
    const forbidden = problem.forbidden.get(i);
    if (forbidden !== undefined) for (const j of forbidden) row[j] = -1;
    return row;
  }
}

/**
 * Keeps, per mentee, the `k` allowed mentors with the highest score (ties: lower mentor index).
 * Uses a histogram over the integer scores instead of sorting each row.
 */
export function pruneCandidates(
  problem: Problem,
  scorer: ProfileScorer,
  k: number,
  perMentor: number,
  onStep?: (done: number, total: number) => void,
): Pruned {
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  const rows = new RowScorer(problem, scorer);
  // A coarse histogram (16 score values per bucket) finds the bucket of the k-th best score; a
  // fine one over that bucket's 16 values then gives the exact threshold.
  const coarse = new Int32Array((scorer.maxScore >> 4) + 1);
  const fine = new Int32Array(16);
  const offsets = new Int32Array(n + 1);
  let mentor = new Int32Array(Math.max(16, n * Math.min(k, m)));
  let weight = new Float64Array(mentor.length);
  const floor = new Int32Array(n);
  const complete = new Uint8Array(n);
  const reserveSize = 2 * k;
  const reserveOffsets = new Int32Array(n + 1);
  let reserveMentor = new Int32Array(Math.max(16, n * Math.min(k, m)));
  let reserveWeight = new Float64Array(reserveMentor.length);
  let reserveSize_ = 0;
  const reserveFloor = new Int32Array(n);
  const reserveComplete = new Uint8Array(n);
  let size = 0;
  // Each mentor's best few mentees too, so mentors nobody ranks highly (often those with free
  // places) are connected from the start and the optimality check has less to add.
  const mentorBest = new Int32Array(m * perMentor).fill(-1);
  const mentorBestScore = new Int32Array(m * perMentor).fill(-1);
  const mentorMin = new Int32Array(m).fill(-1);
  const mentorMinAt = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    offsets[i] = size;
    reserveOffsets[i] = reserveSize_;
    if (problem.pinnedTo[i]! >= 0) {
      complete[i] = 1;
      reserveComplete[i] = 1;
      continue;
    }
    const row = rows.score(i);
    let allowed = 0;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s >= 0) {
        coarse[s >> 4]!++;
        allowed++;
        if (perMentor > 0 && s > mentorMin[j]!) {
          const base = j * perMentor;
          const at = base + mentorMinAt[j]!;
          mentorBest[at] = i;
          mentorBestScore[at] = s;
          let low = 0;
          for (let q = 1; q < perMentor; q++)
            if (mentorBestScore[base + q]! < mentorBestScore[base + low]!) low = q;
          mentorMinAt[j] = low;
          mentorMin[j] = mentorBestScore[base + low]!;
        }
      }
    }
    const [threshold, ties] = allowed > k ? kthBest(row, coarse, fine, k) : [0, m];
    const [threshold2, ties2] = allowed > reserveSize ? kthBest(row, coarse, fine, reserveSize) : [0, m];
    coarse.fill(0);
    complete[i] = allowed <= k ? 1 : 0;
    reserveComplete[i] = allowed <= reserveSize ? 1 : 0;
    let tiesLeft = ties;
    let ties2Left = ties2;
    if (size + Math.min(k, allowed) > mentor.length) {
      const grownMentor = new Int32Array(mentor.length * 2 + k);
      grownMentor.set(mentor);
      mentor = grownMentor;
      const grownWeight = new Float64Array(mentor.length);
      grownWeight.set(weight);
      weight = grownWeight;
    }
    if (reserveSize_ + reserveSize > reserveMentor.length) {
      const grownMentor = new Int32Array(reserveMentor.length * 2 + reserveSize);
      grownMentor.set(reserveMentor);
      reserveMentor = grownMentor;
      const grownWeight = new Float64Array(reserveMentor.length);
      grownWeight.set(reserveWeight);
      reserveWeight = grownWeight;
    }
    reserveOffsets[i] = reserveSize_;
    let lowest = scorer.maxScore;
    let lowest2 = scorer.maxScore;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s < threshold2) continue;
      if (s === threshold2) {
        if (ties2Left === 0) continue;
        ties2Left--;
      }
      if (s > threshold || (s === threshold && tiesLeft > 0)) {
        if (s === threshold) tiesLeft--;
        mentor[size] = j;
        weight[size] = s;
        size++;
        if (s < lowest) lowest = s;
      } else {
        reserveMentor[reserveSize_] = j;
        reserveWeight[reserveSize_] = s;
        reserveSize_++;
        if (s < lowest2) lowest2 = s;
      }
    }
    reserveFloor[i] = reserveSize_ > reserveOffsets[i]! ? lowest2 : lowest;
    floor[i] = lowest;
    if (onStep && (i & 1023) === 1023) onStep(i + 1, n);
  }
  offsets[n] = size;
  reserveOffsets[n] = reserveSize_;
  const graph = { offsets, mentor: mentor.slice(0, size), weight: weight.slice(0, size) };
  const reserve = {
    offsets: reserveOffsets,
    mentor: reserveMentor.slice(0, reserveSize_),
    weight: reserveWeight.slice(0, reserveSize_),
  };
  const extra = new Map<number, [number, number][]>();
  for (let j = 0; j < m; j++) {
    for (let q = j * perMentor; q < (j + 1) * perMentor; q++) {
      const i = mentorBest[q]!;
      if (i < 0 || hasPair(graph, i, j)) continue;
      let list = extra.get(i);
      if (!list) {
        list = [];
        extra.set(i, list);
      }
      list.push([j, mentorBestScore[q]!]);
    }
  }
  return {
    graph: extra.size > 0 ? addPairs(graph, extra) : graph,
    floor,
    complete,
    reserve,
    reserveFloor,
    reserveComplete,
  };
}

/**
 * The k-th best score of a row and how many pairs at exactly that score belong to the best k (the
 * lowest mentor indices), from the row's coarse histogram (16 scores per bucket) and a fine one.
 */
function kthBest(row: Int32Array, coarse: Int32Array, fine: Int32Array, k: number): [number, number] {
  let above = 0;
  let bucket = coarse.length - 1;
  for (; bucket > 0; bucket--) {
    if (above + coarse[bucket]! >= k) break;
    above += coarse[bucket]!;
  }
  fine.fill(0);
  for (let j = 0; j < row.length; j++) {
    const s = row[j]!;
    if (s >> 4 === bucket) fine[s & 15]!++;
  }
  for (let q = 15; q >= 0; q--) {
    if (above + fine[q]! >= k) return [(bucket << 4) + q, k - above];
    above += fine[q]!;
  }
  return [0, k - above];
}

/** Whether mentee i's sorted row already holds mentor j. */
function hasPair(graph: CandidateGraph, i: number, j: number): boolean {
  let lo = graph.offsets[i]!;
  let hi = graph.offsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = graph.mentor[mid]!;
    if (x === j) return true;
    if (x < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Adds extra pairs (mentee, mentor, weight) to a graph, keeping each mentee's pairs sorted by mentor. */
export function addPairs(graph: CandidateGraph, extra: Map<number, [number, number][]>): CandidateGraph {
  const n = graph.offsets.length - 1;
  let added = 0;
  for (const list of extra.values()) added += list.length;
  const offsets = new Int32Array(n + 1);
  const mentor = new Int32Array(graph.mentor.length + added);
  const weight = new Float64Array(mentor.length);
  let size = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = size;
    const more = extra.get(i);
    if (!more) {
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        mentor[size] = graph.mentor[e]!;
        weight[size] = graph.weight[e]!;
        size++;
      }
      continue;
    }
    const pairs: [number, number][] = [...more];
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++)
      pairs.push([graph.mentor[e]!, graph.weight[e]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [j, w] of pairs) {
      mentor[size] = j;
      weight[size] = w;
      size++;
    }
  }
  offsets[n] = size;
  return { offsets, mentor, weight };
}
