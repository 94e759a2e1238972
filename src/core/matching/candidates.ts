// Candidate generation: each mentee's best-scoring allowed mentors, so the exact solver runs on a
// small graph. Pruning alone is not optimal; optimal.ts proves optimality over all pairs afterwards.
import type { CandidateGraph, Problem } from './problem.ts';
import type { ProfileScorer } from './score-model.ts';
import { BestFirst, Shortlists } from './shortlist.ts';

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

/** Problems up to this many pairs may keep every scored row (16 MiB): checks score rows again. */
const KEPT_PAIRS = 2 ** 22;

/**
 * Scores one mentee against all mentors, into a reusable scratch row or, for a small problem when
 * asked to keep rows, into a table that serves each row again without scoring it twice.
 */
export class RowScorer {
  private readonly row: Int32Array;
  private readonly kept: Int32Array | null;
  private readonly keptRows: Uint8Array | null;
  constructor(
    private readonly problem: Problem,
    private readonly scorer: ProfileScorer,
    keep = false,
  ) {
    const n = problem.mentees.length;
    const m = problem.mentors.length;
    this.row = new Int32Array(m);
    const small = keep && n * m <= KEPT_PAIRS;
    this.kept = small ? new Int32Array(n * m) : null;
    this.keptRows = small ? new Uint8Array(n) : null;
  }
  /**
   * Scores of mentee i against every mentor in hundredths, -1 where a hard rule forbids the pair.
   * Read-only, and valid until the next call.
   */
  score(i: number): Int32Array {
    if (this.kept === null) return this.fill(i, this.row);
    const m = this.problem.mentors.length;
    const row = this.kept.subarray(i * m, (i + 1) * m);
    if (this.keptRows![i] === 0) {
      this.keptRows![i] = 1;
      this.fill(i, row);
    }
    return row;
  }
  private fill(i: number, row: Int32Array): Int32Array {
    const { problem } = this;
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

/** Pairs by mentee, appended mentee after mentee (a growing CandidateGraph). */
class PairList {
  readonly offsets: Int32Array;
  mentor: Int32Array;
  weight: Float64Array;
  size = 0;
  constructor(n: number, expected: number) {
    this.offsets = new Int32Array(n + 1);
    this.mentor = new Int32Array(Math.max(16, expected));
    this.weight = new Float64Array(this.mentor.length);
  }
  /** Starts mentee i's pairs, with room for `more` of them. */
  start(i: number, more: number): void {
    this.offsets[i] = this.size;
    if (this.size + more <= this.mentor.length) return;
    const mentor = new Int32Array(this.mentor.length * 2 + more);
    mentor.set(this.mentor);
    this.mentor = mentor;
    const weight = new Float64Array(mentor.length);
    weight.set(this.weight);
    this.weight = weight;
  }
  push(j: number, score: number): void {
    this.mentor[this.size] = j;
    this.weight[this.size++] = score;
  }
  /** Mentee i's pairs so far in mentor order (the graph's rows are sorted by mentor). */
  sortRow(i: number): void {
    const from = this.offsets[i]!;
    const row = this.mentor.subarray(from, this.size);
    if (row.length < 2) return;
    const keys = Float64Array.from(row, (j, q) => j * 2 ** 29 + this.weight[from + q]!).sort();
    keys.forEach((key, q) => {
      const j = Math.floor(key / 2 ** 29);
      this.mentor[from + q] = j;
      this.weight[from + q] = key - j * 2 ** 29;
    });
  }
  finish(n: number): CandidateGraph {
    this.offsets[n] = this.size;
    return {
      offsets: this.offsets,
      mentor: this.mentor.slice(0, this.size),
      weight: this.weight.slice(0, this.size),
    };
  }
}

/**
 * Keeps, per mentee, the `k` allowed mentors with the highest score (ties: lower mentor index),
 * from the mentee's shortlist when it surely holds them, else from the whole row (with a histogram
 * over the integer scores instead of sorting it).
 */
export function pruneCandidates(
  problem: Problem,
  scorer: ProfileScorer,
  k: number,
  perMentor: number,
  options: {
    onStep?: (done: number, total: number) => void;
    /** null: score every row, so each mentor's best mentees are found among all of them. */
    shortlists?: Shortlists | null;
    rows?: RowScorer;
  } = {},
): Pruned {
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  const rows = options.rows ?? new RowScorer(problem, scorer);
  const shortlists = options.shortlists === undefined ? new Shortlists(problem, scorer) : options.shortlists;
  const onStep = options.onStep;
  const best = new BestFirst(scorer.maxScore, m);
  // A coarse histogram (16 score values per bucket) finds the bucket of the k-th best score; a
  // fine one over that bucket's 16 values then gives the exact threshold.
  const coarse = new Int32Array((scorer.maxScore >> 4) + 1);
  const fine = new Int32Array(16);
  const graph = new PairList(n, n * Math.min(k, m));
  const floor = new Int32Array(n);
  const complete = new Uint8Array(n);
  const reserveSize = 2 * k;
  const reserve = new PairList(n, n * Math.min(k, m));
  const reserveFloor = new Int32Array(n);
  const reserveComplete = new Uint8Array(n);
  // Each mentor's best few mentees too, so mentors nobody ranks highly (often those with free
  // places) are connected from the start and the optimality check has less to add.
  const mentorBest = new Int32Array(m * perMentor).fill(-1);
  const mentorBestScore = new Int32Array(m * perMentor).fill(-1);
  const mentorMin = new Int32Array(m).fill(-1);
  const mentorMinAt = new Int32Array(m);
  const noteMentorBest = (i: number, j: number, s: number) => {
    const base = j * perMentor;
    const at = base + mentorMinAt[j]!;
    mentorBest[at] = i;
    mentorBestScore[at] = s;
    let low = 0;
    for (let q = 1; q < perMentor; q++)
      if (mentorBestScore[base + q]! < mentorBestScore[base + low]!) low = q;
    mentorMinAt[j] = low;
    mentorMin[j] = mentorBestScore[base + low]!;
  };
  for (let i = 0; i < n; i++) {
    graph.start(i, k);
    reserve.start(i, reserveSize);
    if (problem.pinnedTo[i]! >= 0) {
      complete[i] = 1;
      reserveComplete[i] = 1;
      continue;
    }
    const listed = shortlists ? shortlists.of(i, 2) : -1;
    if (shortlists && listed >= k) {
      // Every mentor off the shortlist scores below all on it: its best are the row's best.
      const picked = best.pick(shortlists.mentors, shortlists.scores, listed, k + reserveSize);
      for (let q = 0; q < picked.mentors.length; q++) {
        const j = picked.mentors[q]!;
        const s = picked.scores[q]!;
        if (q < k) graph.push(j, s);
        else reserve.push(j, s);
      }
      graph.sortRow(i);
      floor[i] = picked.scores[k - 1]!;
      reserveFloor[i] =
        listed > picked.mentors.length ? picked.scores[picked.mentors.length - 1]! : shortlists.bound;
      if (perMentor > 0) {
        for (let q = 0; q < listed; q++) {
          const s = shortlists.scores[q]!;
          const j = shortlists.mentors[q]!;
          if (s > mentorMin[j]!) noteMentorBest(i, j, s);
        }
      }
      if (onStep && (i & 1023) === 1023) onStep(i + 1, n);
      continue;
    }
    const row = rows.score(i);
    let allowed = 0;
    for (let j = 0; j < m; j++) {
      const s = row[j]!;
      if (s >= 0) {
        coarse[s >> 4]!++;
        allowed++;
        if (perMentor > 0 && s > mentorMin[j]!) noteMentorBest(i, j, s);
      }
    }
    const [threshold, ties] = allowed > k ? kthBest(row, coarse, fine, k) : [0, m];
    const [threshold2, ties2] = allowed > reserveSize ? kthBest(row, coarse, fine, reserveSize) : [0, m];
    coarse.fill(0);
    complete[i] = allowed <= k ? 1 : 0;
    reserveComplete[i] = allowed <= reserveSize ? 1 : 0;
    let tiesLeft = ties;
    let ties2Left = ties2;
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
        graph.push(j, s);
        if (s < lowest) lowest = s;
      } else {
        reserve.push(j, s);
        if (s < lowest2) lowest2 = s;
      }
    }
    reserveFloor[i] = reserve.size > reserve.offsets[i]! ? lowest2 : lowest;
    floor[i] = lowest;
    if (onStep && (i & 1023) === 1023) onStep(i + 1, n);
  }
  const pruned = graph.finish(n);
  const extra = new Map<number, [number, number][]>();
  for (let j = 0; j < m; j++) {
    for (let q = j * perMentor; q < (j + 1) * perMentor; q++) {
      const i = mentorBest[q]!;
      if (i < 0 || hasPair(pruned, i, j)) continue;
      let list = extra.get(i);
      if (!list) {
        list = [];
        extra.set(i, list);
      }
      list.push([j, mentorBestScore[q]!]);
    }
  }
  return {
    graph: extra.size > 0 ? addPairs(pruned, extra) : pruned,
    floor,
    complete,
    reserve: reserve.finish(n),
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
