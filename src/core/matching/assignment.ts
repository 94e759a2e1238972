// Exact maximum-weight b-matching by the primal–dual (Hungarian) method with Dijkstra searches:
// one shortest augmenting path per mentee, mentors as single nodes with a capacity.
//
// Each pair's weight is BIG + score, where BIG exceeds any possible total score, so a matching
// with more mentees always wins and among those the largest total score wins — the lexicographic
// objective as one linear one. Duals u (mentees) and v (mentors) stay feasible, u_i + v_j ≥ W_ij
// on every candidate pair, tight on matched pairs, u_i = 0 for unmatched mentees and v_j = 0 for
// mentors with a free place. Those conditions prove optimality (LP duality; the b-matching
// polytope is integral), and they can be checked against pairs the search never saw.
import type { CandidateGraph } from './problem.ts';

export interface Assignment {
  /** Mentor of each mentee, -1 when unmatched. */
  mentorOf: Int32Array;
  u: Float64Array;
  v: Float64Array;
  big: number;
}

/** A binary min-heap of (key, node) with lazy deletion; keys tie-break by node for determinism. */
class Heap {
  keys = new Float64Array(1024);
  nodes = new Int32Array(1024);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    const keys = this.keys;
    const nodes = this.nodes;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && nodes[parent]! <= node)) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Removes the minimum; read it from topKey/topNode first. */
  pop(): void {
    const keys = this.keys;
    const nodes = this.nodes;
    const size = --this.size;
    if (size === 0) return;
    const key = keys[size]!;
    const node = nodes[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (
        right < size &&
        (keys[right]! < keys[child]! || (keys[right] === keys[child] && nodes[right]! < nodes[child]!))
      ) {
        child = right;
      }
      const ck = keys[child]!;
      if (ck > key || (ck === key && nodes[child]! >= node)) break;
      keys[i] = ck;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

const NONE = -1;

/** Mutable solver state; exposed so explanations can search it without changing it. */
export class AssignmentSolver {
  readonly n: number;
  readonly m: number;
  readonly mentorOf: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  private readonly slotStart: Int32Array;
  private readonly slots: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly load: Int32Array;
  private readonly distMentee: Float64Array;
  private readonly distMentor: Float64Array;
  private readonly seenMentee: Int32Array;
  private readonly seenMentor: Int32Array;
  private readonly doneMentor: Int32Array;
  private readonly predMentor: Int32Array;
  private readonly settledMentees: Int32Array;
  private readonly settledMentors: Int32Array;
  private settledMenteeCount = 0;
  private settledMentorCount = 0;
  private stamp = 0;
  private readonly heap = new Heap();

  constructor(
    readonly graph: CandidateGraph,
    readonly capacity: Int32Array,
    readonly big: number,
  ) {
    this.n = graph.offsets.length - 1;
    this.m = capacity.length;
    this.mentorOf = new Int32Array(this.n).fill(NONE);
    this.u = new Float64Array(this.n);
    this.v = new Float64Array(this.m);
    this.slotStart = new Int32Array(this.m + 1);
    for (let j = 0; j < this.m; j++) this.slotStart[j + 1] = this.slotStart[j]! + capacity[j]!;
    this.slots = new Int32Array(this.slotStart[this.m]!).fill(NONE);
    this.slotOf = new Int32Array(this.n).fill(NONE);
    this.load = new Int32Array(this.m);
    this.distMentee = new Float64Array(this.n);
    this.distMentor = new Float64Array(this.m);
    this.seenMentee = new Int32Array(this.n);
    this.seenMentor = new Int32Array(this.m);
    this.doneMentor = new Int32Array(this.m);
    this.predMentor = new Int32Array(this.m);
    this.settledMentees = new Int32Array(this.n);
    this.settledMentors = new Int32Array(this.m);
  }

  /** Matches every mentee in index order, each by one shortest augmenting path. */
  solve(onStep?: (done: number, total: number) => void): Assignment {
    for (let root = 0; root < this.n; root++) {
      this.insert(root);
      if (onStep && (root & 1023) === 1023) onStep(root + 1, this.n);
    }
    onStep?.(this.n, this.n);
    return { mentorOf: this.mentorOf, u: this.u, v: this.v, big: this.big };
  }

  private relax(k: number, d: number): void {
    const { offsets, mentor, weight } = this.graph;
    const uk = this.u[k]! - this.big;
    const v = this.v;
    const dist = this.distMentor;
    const seen = this.seenMentor;
    const done = this.doneMentor;
    const stamp = this.stamp;
    for (let e = offsets[k]!, end = offsets[k + 1]!; e < end; e++) {
      const j = mentor[e]!;
      if (done[j] === stamp) continue;
      const nd = d + (uk + v[j]! - weight[e]!);
      if (seen[j] !== stamp || nd < dist[j]!) {
        seen[j] = stamp;
        dist[j] = nd;
        this.predMentor[j] = k;
        this.heap.push(nd, j);
      }
    }
  }

  /**
   * Shortest alternating-path search from `root`. Returns the terminal: a mentor with a free
   * place (≥ 0), or -(mentee + 2) for a mentee (-1 is NONE) that leaves the matching; and its cost.
   */
  private search(root: number, allowDropRoot: boolean): { terminal: number; cost: number } {
    this.stamp++;
    const stamp = this.stamp;
    this.heap.clear();
    this.settledMenteeCount = 0;
    this.settledMentorCount = 0;
    this.seenMentee[root] = stamp;
    this.distMentee[root] = 0;
    this.settledMentees[this.settledMenteeCount++] = root;
    let bestCost = allowDropRoot ? this.u[root]! : Number.POSITIVE_INFINITY;
    let terminal = allowDropRoot ? -(root + 2) : NONE;
    this.relax(root, 0);
    const heap = this.heap;
    while (heap.size > 0) {
      const d = heap.keys[0]!;
      const j = heap.nodes[0]!;
      heap.pop();
      if (this.doneMentor[j] === stamp || d > this.distMentor[j]!) continue;
      if (d >= bestCost) break;
      this.doneMentor[j] = stamp;
      this.settledMentors[this.settledMentorCount++] = j;
      if (this.load[j]! < this.capacity[j]!) {
        bestCost = d;
        terminal = j;
        break;
      }
      for (let s = this.slotStart[j]!, end = this.slotStart[j + 1]!; s < end; s++) {
        const k = this.slots[s]!;
        this.seenMentee[k] = stamp;
        this.distMentee[k] = d;
        this.settledMentees[this.settledMenteeCount++] = k;
        const drop = d + this.u[k]!;
        if (drop < bestCost) {
          bestCost = drop;
          terminal = -(k + 2);
        }
        this.relax(k, d);
      }
    }
    return { terminal, cost: bestCost };
  }

  /** Adds mentee `root` (currently unmatched, not yet priced) by one augmentation. */
  insert(root: number): void {
    const { offsets, mentor, weight } = this.graph;
    let best = 0;
    for (let e = offsets[root]!, end = offsets[root + 1]!; e < end; e++) {
      const slack = this.big + weight[e]! - this.v[mentor[e]!]!;
      if (slack > best) best = slack;
    }
    this.u[root] = best;
    if (best === 0) return;
    const { terminal, cost } = this.search(root, true);
    for (let s = 0; s < this.settledMenteeCount; s++) {
      const k = this.settledMentees[s]!;
      this.u[k]! -= cost - this.distMentee[k]!;
    }
    for (let s = 0; s < this.settledMentorCount; s++) {
      const j = this.settledMentors[s]!;
      this.v[j]! += cost - this.distMentor[j]!;
    }
    this.augment(root, terminal);
  }

  private augment(root: number, terminal: number): void {
    let j: number;
    let slot: number;
    if (terminal >= 0) {
      j = terminal;
      slot = this.slotStart[j]! + this.load[j]!;
      // Keep occupied slots first so a mentor's free places are found by its load.
      this.load[j]!++;
    } else {
      const q = -terminal - 2;
      if (q === root) return;
      j = this.mentorOf[q]!;
      slot = this.slotOf[q]!;
      this.mentorOf[q] = NONE;
      this.slotOf[q] = NONE;
    }
    for (;;) {
      const k = this.predMentor[j]!;
      const oldMentor = this.mentorOf[k]!;
      const oldSlot = this.slotOf[k]!;
      this.slots[slot] = k;
      this.mentorOf[k] = j;
      this.slotOf[k] = slot;
      if (k === root) return;
      j = oldMentor;
      slot = oldSlot;
    }
  }

  /**
   * For an unmatched mentee: the cheapest way to bring them in without changing anything else's
   * count — the first mentor on that path, the mentee who would drop out, and the score lost.
   * Read-only: duals and matching are untouched.
   */
  cheapestInclusion(root: number): { mentor: number; displaced: number; loss: number } | null {
    if (this.mentorOf[root] !== NONE || this.graph.offsets[root] === this.graph.offsets[root + 1])
      return null;
    const { terminal, cost } = this.search(root, false);
    if (terminal === NONE) return null;
    let first = terminal >= 0 ? terminal : this.mentorOf[-terminal - 2]!;
    while (this.predMentor[first] !== root) first = this.mentorOf[this.predMentor[first]!]!;
    // With u_root = 0 the change in total weight along the path is exactly −cost (see docs).
    return { mentor: first, displaced: terminal >= 0 ? NONE : -terminal - 2, loss: cost - this.u[root]! };
  }
}

export function solveAssignment(
  graph: CandidateGraph,
  capacity: Int32Array,
  big: number,
  onStep?: (done: number, total: number) => void,
): Assignment {
  return new AssignmentSolver(graph, capacity, big).solve(onStep);
}
