// Stable mode: mentee-proposing deferred acceptance with capacities (hospitals/residents).
// Both sides rank by the pair score, ties by id order. Mentees propose down lists that are
// produced lazily in small sorted chunks, from the mentee's shortlist while it surely holds the
// next best, so most mentees never have every mentor scored.
import { RowScorer } from './candidates.ts';
import type { Problem } from './problem.ts';
import { BestFirst, Shortlists } from './shortlist.ts';

// A mentee who got past their shortlists tends to propose many more times: the first chunk of the
// whole row is long, later ones grow fourfold.
const FIRST_CHUNK = 256;
// Most mentees propose a handful of times.
const FIRST_SHORTLIST_CHUNK = 16;

/** Yields each mentee's acceptable mentors best first, chunk by chunk. */
interface PreferenceSource {
  /** Next chunk of mentee i after its last one; empty when exhausted. */
  next(i: number): { mentors: Int32Array; scores: Float64Array | Int32Array };
}

function explicitPreferences(problem: Problem): PreferenceSource {
  const graph = problem.explicit!;
  const served = new Uint8Array(problem.mentees.length);
  return {
    next(i) {
      if (served[i]) return { mentors: new Int32Array(0), scores: new Float64Array(0) };
      served[i] = 1;
      const order: number[] = [];
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) order.push(e);
      order.sort((a, b) => graph.weight[b]! - graph.weight[a]! || graph.mentor[a]! - graph.mentor[b]!);
      return {
        mentors: Int32Array.from(order, (e) => graph.mentor[e]!),
        scores: Float64Array.from(order, (e) => graph.weight[e]!),
      };
    },
  };
}

function profilePreferences(problem: Problem): PreferenceSource {
  const scorer = problem.scorer!;
  const rows = new RowScorer(problem, scorer);
  const shortlists = new Shortlists(problem, scorer);
  const best = new BestFirst(scorer.maxScore, problem.mentors.length);
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  // Cursor: the last (score, mentor) handed out; the next chunk continues strictly after it.
  const lastScore = new Int32Array(n).fill(scorer.maxScore + 1);
  const lastMentor = new Int32Array(n).fill(-1);
  // Chunks of the whole row grow geometrically per mentee, so it is scored O(log proposals) times.
  const chunk = new Int32Array(n).fill(FIRST_CHUNK);
  // The deepest shortlist that may still hold a mentee's next best: 3, 2, then 0 for the whole row.
  const depth = Int8Array.from({ length: n }, (_, i) => Math.min(3, shortlists.goals(i)));
  // The rest of each mentee's 2-goal shortlist not handed out yet: scored once, given in chunks.
  const pending: ({ mentors: Int32Array; scores: Int32Array; count: number } | null)[] = new Array(n).fill(
    null,
  );
  const shortlistChunk = new Int32Array(n).fill(FIRST_SHORTLIST_CHUNK);
  const mentors = new Int32Array(m);
  const scores = new Int32Array(m);
  /** Whether (s, j) comes after the last pair handed out to mentee i: lower score, or same and later mentor. */
  const comesAfter = (i: number, s: number, j: number) =>
    s < lastScore[i]! || (s === lastScore[i]! && j > lastMentor[i]!);
  /** Copies the shortlist's pairs that come after mentee i's cursor; returns how many. */
  const afterCursor = (i: number, listed: number, intoMentors: Int32Array, intoScores: Int32Array) => {
    let count = 0;
    for (let q = 0; q < listed; q++) {
      const s = shortlists.scores[q]!;
      const j = shortlists.mentors[q]!;
      if (!comesAfter(i, s, j)) continue;
      intoMentors[count] = j;
      intoScores[count++] = s;
    }
    return count;
  };
  const handOut = (i: number, from: Int32Array, fromScores: Int32Array, count: number, want: number) => {
    const picked = best.pick(from, fromScores, count, want);
    const take = picked.mentors.length;
    if (take > 0) {
      lastScore[i] = picked.scores[take - 1]!;
      lastMentor[i] = picked.mentors[take - 1]!;
    }
    return picked;
  };
  return {
    next(i) {
      if (depth[i] === 3) {
        // The mentors sharing 3 goals are few: they go out whole.
        depth[i] = 2;
        const count = afterCursor(i, shortlists.of(i, 3), mentors, scores);
        if (count > 0) return handOut(i, mentors, scores, count, count);
      }
      if (depth[i] === 2) {
        let rest = pending[i];
        if (!rest) {
          const listed = Math.max(0, shortlists.of(i, 2));
          rest = { mentors: new Int32Array(listed), scores: new Int32Array(listed), count: 0 };
          rest.count = afterCursor(i, listed, rest.mentors, rest.scores);
          pending[i] = rest;
        }
        if (rest.count > 0) {
          const want = shortlistChunk[i]!;
          shortlistChunk[i] = want * 4;
          const picked = handOut(i, rest.mentors, rest.scores, rest.count, want);
          // Keep only what comes after the new cursor.
          let kept = 0;
          for (let q = 0; q < rest.count; q++) {
            const s = rest.scores[q]!;
            const j = rest.mentors[q]!;
            if (!comesAfter(i, s, j)) continue;
            rest.mentors[kept] = j;
            rest.scores[kept++] = s;
          }
          rest.count = kept;
          return picked;
        }
        pending[i] = null;
        depth[i] = 0;
      }
      const want = chunk[i]!;
      chunk[i] = Math.min(want * 4, m);
      const row = rows.score(i);
      let count = 0;
      for (let j = 0; j < m; j++) {
        const s = row[j]!;
        if (s < 0 || !comesAfter(i, s, j)) continue;
        mentors[count] = j;
        scores[count++] = s;
      }
      return handOut(i, mentors, scores, count, want);
    },
  };
}

/** Mentor of each mentee under mentee-proposing deferred acceptance; pinned mentees keep their pin. */
export function deferredAcceptance(problem: Problem, capacity: Int32Array): Int32Array {
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  const source = problem.explicit ? explicitPreferences(problem) : profilePreferences(problem);
  const mentorOf = new Int32Array(n).fill(-1);
  const heldScore = new Float64Array(n);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  const slots = new Int32Array(slotStart[m]!);
  const load = new Int32Array(m);
  const lists: { mentors: Int32Array; scores: Float64Array | Int32Array }[] = new Array(n);
  const position = new Int32Array(n);
  const free: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (problem.pinnedTo[i] === -1) free.push(i);
  while (free.length > 0) {
    const i = free.pop()!;
    let list = lists[i];
    if (!list || position[i] === list.mentors.length) {
      list = source.next(i);
      lists[i] = list;
      position[i] = 0;
      if (list.mentors.length === 0) continue;
    }
    const p = position[i]!++;
    const j = list.mentors[p]!;
    const s = list.scores[p]!;
    if (load[j]! < capacity[j]!) {
      slots[slotStart[j]! + load[j]!++] = i;
      mentorOf[i] = j;
      heldScore[i] = s;
      continue;
    }
    // The mentor keeps its best: find its least preferred holder (lowest score, then highest id).
    let worstSlot = -1;
    for (let q = slotStart[j]!; q < slotStart[j + 1]!; q++) {
      const k = slots[q]!;
      if (worstSlot < 0) worstSlot = q;
      else {
        const w = slots[worstSlot]!;
        if (heldScore[k]! < heldScore[w]! || (heldScore[k] === heldScore[w] && k > w)) worstSlot = q;
      }
    }
    if (worstSlot < 0) {
      free.push(i);
      continue;
    }
    const worst = slots[worstSlot]!;
    if (s > heldScore[worst]! || (s === heldScore[worst] && i < worst)) {
      slots[worstSlot] = i;
      mentorOf[i] = j;
      heldScore[i] = s;
      mentorOf[worst] = -1;
      free.push(worst);
    } else free.push(i);
  }
  for (let i = 0; i < n; i++) if (problem.pinnedTo[i]! >= 0) mentorOf[i] = problem.pinnedTo[i]!;
  return mentorOf;
}

/**
 * Pairs (mentee, mentor), not together, where the mentee's score with that mentor beats their own
 * and the mentor has a free place or a held mentee with a lower score. Pinned mentees and their
 * places are fixed by the coordinator and take no part.
 */
export function countBlockingPairs(problem: Problem, capacity: Int32Array, mentorOf: Int32Array): number {
  const n = problem.mentees.length;
  const m = problem.mentors.length;
  const own = new Float64Array(n).fill(-1);
  const worst = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const load = new Int32Array(m);
  const scoreOf = pairScorer(problem);
  for (let i = 0; i < n; i++) {
    const j = mentorOf[i]!;
    if (j < 0 || problem.pinnedTo[i]! >= 0) continue;
    const s = scoreOf(i, j);
    own[i] = s;
    load[j]!++;
    if (s < worst[j]!) worst[j] = s;
  }
  // A mentor with a free place accepts anyone acceptable.
  for (let j = 0; j < m; j++) if (load[j]! < capacity[j]!) worst[j] = -1;
  let blocking = 0;
  const visit = (i: number, j: number, s: number) => {
    if (s > own[i]! && s > worst[j]! && mentorOf[i] !== j) blocking++;
  };
  if (problem.explicit) {
    const g = problem.explicit;
    for (let i = 0; i < n; i++) {
      for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) visit(i, g.mentor[e]!, g.weight[e]!);
    }
  } else {
    const rows = new RowScorer(problem, problem.scorer!);
    for (let i = 0; i < n; i++) {
      if (problem.pinnedTo[i]! >= 0) continue;
      const row = rows.score(i);
      const mine = own[i]!;
      for (let j = 0; j < m; j++) {
        const s = row[j]!;
        if (s > mine && s > worst[j]! && mentorOf[i] !== j) blocking++;
      }
    }
  }
  return blocking;
}

/** Scaled score of an allowed pair, from explicit scores or the profile model. */
export function pairScorer(problem: Problem): (i: number, j: number) => number {
  if (problem.listed) {
    const listed = problem.listed;
    return (i, j) => listed.get(i)?.get(j) ?? 0;
  }
  const scorer = problem.scorer!;
  return (i, j) => {
    const c = scorer.contributions(i, j);
    return c.topics + c.seniority + c.language + c.location + c.gender + c.industry;
  };
}
