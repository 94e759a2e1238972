// A mentee's shortlist: the mentors who share at least two (or three) of the mentee's goals, found
// through an index over pairs (or triples) of topics and scored, with a bound on the score of every
// mentor left off. With the default weights the best mentors are nearly always on it, so most
// mentees need a few hundred pairs scored instead of every mentor; callers fall back to the whole
// row when the bound says the shortlist cannot settle their question (decision record 0007).
import type { Problem } from './problem.ts';
import type { ProfileScorer } from './score-model.ts';

/** Above this many index entries per mentor (mentors with very many topics) an index is not built. */
const MAX_ENTRIES_PER_MENTOR = 64;
/** A shortlist whose lists would cover more than this share of the mentors is not worth it. */
const MAX_SHARE = 0.25;

function topicIds(bits: Int32Array, person: number, words: number): number[] {
  const ids: number[] = [];
  for (let w = 0; w < words; w++) {
    let word = bits[person * words + w]!;
    while (word !== 0) {
      const low = word & -word;
      ids.push(w * 32 + 31 - Math.clz32(low));
      word ^= low;
    }
  }
  return ids;
}

/** Every combination of `size` ids (ascending) as one number, in base `radix`. */
function combinations(ids: readonly number[], size: number, radix: number): number[] {
  const keys: number[] = [];
  const walk = (from: number, left: number, key: number) => {
    if (left === 0) {
      keys.push(key);
      return;
    }
    for (let a = from; a <= ids.length - left; a++) walk(a + 1, left - 1, key * radix + ids[a]!);
  };
  walk(0, size, 0);
  return keys;
}

/** Mentors listed under every combination of `size` topics they offer. */
class TopicIndex {
  private constructor(
    readonly size: number,
    private readonly radix: number,
    private readonly listOf: Map<number, number>,
    private readonly listStart: Int32Array,
    readonly listMentors: Int32Array,
  ) {}

  static build(scorer: ProfileScorer, mentorCount: number, size: number): TopicIndex | null {
    const words = scorer.topicWords;
    const radix = words * 32;
    if (radix ** size > Number.MAX_SAFE_INTEGER) return null;
    const listOf = new Map<number, number>();
    const sizes: number[] = [];
    const mentorLists: number[][] = [];
    let entries = 0;
    for (let j = 0; j < mentorCount; j++) {
      const keys = combinations(topicIds(scorer.mentorTopics, j, words), size, radix);
      entries += keys.length;
      if (entries > MAX_ENTRIES_PER_MENTOR * mentorCount) return null;
      const lists: number[] = [];
      for (const key of keys) {
        let list = listOf.get(key);
        if (list === undefined) {
          list = sizes.length;
          listOf.set(key, list);
          sizes.push(0);
        }
        sizes[list]!++;
        lists.push(list);
      }
      mentorLists.push(lists);
    }
    const listStart = new Int32Array(sizes.length + 1);
    for (let l = 0; l < sizes.length; l++) listStart[l + 1] = listStart[l]! + sizes[l]!;
    const fill = listStart.slice(0, sizes.length);
    const listMentors = new Int32Array(entries);
    mentorLists.forEach((lists, j) => {
      for (const list of lists) listMentors[fill[list]!++] = j;
    });
    return new TopicIndex(size, radix, listOf, listStart, listMentors);
  }

  /** [start, end) ranges into listMentors of the lists for a mentee's topics, and their total length. */
  ranges(ids: readonly number[], out: number[]): number {
    out.length = 0;
    let total = 0;
    for (const key of combinations(ids, this.size, this.radix)) {
      const list = this.listOf.get(key);
      if (list === undefined) continue;
      const start = this.listStart[list]!;
      const end = this.listStart[list + 1]!;
      out.push(start, end);
      total += end - start;
    }
    return total;
  }
}

/**
 * Shortlists at two depths: mentors sharing at least 3 of a mentee's goals (a few dozen, enough for
 * most mentees' first proposals) and at least 2 (a few hundred).
 */
export class Shortlists {
  /**
   * The last shortlist: its mentors and their scores, every one allowed and scoring above `bound`,
   * which no allowed mentor left off reaches. So the shortlist, sorted, is the start of the
   * mentee's preference list.
   */
  readonly mentors: Int32Array;
  readonly scores: Int32Array;
  bound = 0;
  private readonly indexes = new Map<number, TopicIndex | null>();
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly gathered: Int32Array;
  private readonly gatheredScores: Int32Array;
  private readonly ranges: number[] = [];

  constructor(
    private readonly problem: Problem,
    private readonly scorer: ProfileScorer,
  ) {
    const m = problem.mentors.length;
    this.mentors = new Int32Array(m);
    this.scores = new Int32Array(m);
    this.seen = new Int32Array(m);
    this.gathered = new Int32Array(m);
    this.gatheredScores = new Int32Array(m);
  }

  private index(size: number): TopicIndex | null {
    let index = this.indexes.get(size);
    if (index === undefined) {
      index = TopicIndex.build(this.scorer, this.problem.mentors.length, size);
      this.indexes.set(size, index);
    }
    return index;
  }

  /** How many goals mentee i has: shortlists exist for depths 2 up to min(goals, 3). */
  goals(i: number): number {
    return this.scorer.goalCount[i]!;
  }

  /**
   * Mentee i's shortlist of mentors sharing at least `depth` (2 or 3) of their goals, into
   * `mentors`/`scores`; returns its length, or -1 when the mentee has fewer goals than that or the
   * shortlist would not save enough work.
   */
  of(i: number, depth: 2 | 3): number {
    const { scorer, problem } = this;
    const ids = topicIds(scorer.menteeTopics, i, scorer.topicWords);
    if (ids.length < depth) return -1;
    const index = this.index(depth);
    if (index === null) return -1;
    const m = problem.mentors.length;
    const ranges = this.ranges;
    if (index.ranges(ids, ranges) > MAX_SHARE * m) return -1;
    const stamp = ++this.stamp;
    const seen = this.seen;
    const gathered = this.gathered;
    const listMentors = index.listMentors;
    let count = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      for (let e = ranges[r]!, end = ranges[r + 1]!; e < end; e++) {
        const j = listMentors[e]!;
        if (seen[j] === stamp) continue;
        seen[j] = stamp;
        gathered[count++] = j;
      }
    }
    const organisation = problem.menteeOrg[i]!;
    const scores = this.gatheredScores;
    scorer.scoreMentors(i, gathered, count, scores, problem.mentorOrg, organisation);
    // Mentors off the list share at most depth − 1 goals.
    const bound = scorer.topicPoints[ids.length]![depth - 1]! + scorer.otherCriteriaBound(i);
    this.bound = bound;
    const excluded = problem.excludedOrgs.get(organisation);
    const forbidden = problem.forbidden.get(i);
    let kept = 0;
    for (let q = 0; q < count; q++) {
      const s = scores[q]!;
      if (s <= bound) continue;
      const j = gathered[q]!;
      if (excluded !== undefined && excluded[problem.mentorOrg[j]!] === 1) continue;
      if (forbidden?.has(j)) continue;
      this.mentors[kept] = j;
      this.scores[kept] = s;
      kept++;
    }
    return kept;
  }
}

/** Picks the best few of a list of (mentor, score) items: score first, then lower mentor index. */
export class BestFirst {
  private readonly shift: number;
  private readonly histogram: Int32Array;
  private keys = new Float64Array(1024);
  private readonly base: number;

  constructor(maxScore: number, mentorCount: number) {
    this.shift = Math.max(0, Math.ceil(Math.log2((maxScore + 1) / 1024)));
    this.histogram = new Int32Array((maxScore >> this.shift) + 2);
    // Packed keys score · base + (base − 1 − mentor) order by score, then by mentor index.
    this.base = Math.max(2 ** 24, mentorCount);
  }

  /** The best `want` of the first `count` items, best first. */
  pick(
    mentors: Int32Array,
    scores: Int32Array,
    count: number,
    want: number,
  ): { mentors: Int32Array; scores: Int32Array } {
    if (want <= 64 && count > 2 * want) return this.fewOf(mentors, scores, count, want);
    let floor = 0;
    if (count > 2 * want) {
      // A histogram finds a score floor that keeps at least `want` items, so only those are sorted.
      const histogram = this.histogram;
      const shift = this.shift;
      histogram.fill(0);
      for (let q = 0; q < count; q++) histogram[scores[q]! >> shift]!++;
      let above = 0;
      let bucket = histogram.length - 1;
      for (; bucket > 0; bucket--) {
        above += histogram[bucket]!;
        if (above >= want) break;
      }
      floor = bucket << shift;
    }
    if (this.keys.length < count) this.keys = new Float64Array(Math.max(count, 2 * this.keys.length));
    const keys = this.keys;
    const base = this.base;
    let size = 0;
    for (let q = 0; q < count; q++) {
      const s = scores[q]!;
      if (s >= floor) keys[size++] = s * base + (base - 1 - mentors[q]!);
    }
    const sorted = keys.subarray(0, size).sort();
    return this.unpack(sorted, size, want);
  }

  /** A few of many: keeps the best `want` keys in a small sorted buffer while going through them once. */
  private fewOf(mentors: Int32Array, scores: Int32Array, count: number, want: number) {
    if (this.keys.length < want) this.keys = new Float64Array(Math.max(want, 2 * this.keys.length));
    const buffer = this.keys;
    const base = this.base;
    let size = 0;
    // buffer[0, size) stays ascending; once full, a better key pushes out the smallest.
    for (let q = 0; q < count; q++) {
      const key = scores[q]! * base + (base - 1 - mentors[q]!);
      if (size < want) {
        let p = size++;
        while (p > 0 && buffer[p - 1]! > key) {
          buffer[p] = buffer[p - 1]!;
          p--;
        }
        buffer[p] = key;
      } else if (key > buffer[0]!) {
        let p = 0;
        while (p + 1 < size && buffer[p + 1]! < key) {
          buffer[p] = buffer[p + 1]!;
          p++;
        }
        buffer[p] = key;
      }
    }
    return this.unpack(buffer, size, want);
  }

  /** Mentors and scores from the last `want` of `size` ascending keys, best first. */
  private unpack(sorted: Float64Array, size: number, want: number) {
    const base = this.base;
    const take = Math.min(size, want);
    const best = new Int32Array(take);
    const bestScores = new Int32Array(take);
    for (let q = 0; q < take; q++) {
      const key = sorted[size - 1 - q]!;
      const s = Math.floor(key / base);
      best[q] = base - 1 - (key - s * base);
      bestScores[q] = s;
    }
    return { mentors: best, scores: bestScores };
  }
}
