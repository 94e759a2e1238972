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
  /** During a search: the cost of the cheapest terminal found so far (a free place or a drop). */
  private freeBound = Number.POSITIVE_INFINITY;
  private readonly heap = new Heap();

  // Reverse adjacency (pairs by mentor), built when a warm start first needs it.
  private reverseOffsets: Int32Array | null = null;
  private reverseMentee: Int32Array = new Int32Array(0);
  private reverseWeight: Float64Array = new Float64Array(0);
  private readonly doneMentee: Int32Array;
  private readonly predMentee: Int32Array;
  private readonly viaMentee: Int32Array;
  private readonly absent: Uint8Array;

  constructor(
    public graph: CandidateGraph,
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
    this.doneMentee = new Int32Array(this.n);
    this.predMentee = new Int32Array(this.n);
    this.viaMentee = new Int32Array(this.m);
    this.absent = new Uint8Array(this.n);
  }

  /**
   * Warm start after pairs were added to the graph (the same mentees, each row a superset of the
   * old one): each mentee with new pairs leaves the matching — the place it frees is refilled by a
   * shortest path search from the mentor's side if that mentor's dual is positive — and is inserted
   * again with all its pairs. Every step keeps the duals feasible on the graph, tight on matched
   * pairs, zero on unmatched mentees and on mentors with a free place, so the result is optimal
   * on the extended graph exactly as after a fresh solve.
   */
  extend(graph: CandidateGraph, mentees: Iterable<number>): void {
    this.graph = graph;
    this.reverseOffsets = null;
    // First every such mentee leaves (their new pairs may violate the duals, so none of them may
    // be part of a search), then freed places are refilled, then they are inserted in order.
    const order = [...mentees];
    const freed: number[] = [];
    for (const i of order) {
      this.absent[i] = 1;
      this.u[i] = 0;
      const j = this.mentorOf[i]!;
      if (j !== NONE) {
        this.vacate(i);
        freed.push(j);
      }
    }
    for (const i of order) {
      this.absent[i] = 0;
      this.insert(i);
    }
    for (const j of freed) {
      while (this.load[j]! < this.capacity[j]! && this.v[j]! > 0) this.refill(j);
    }
  }

  /** Takes mentee k out of its mentor's slots, keeping occupied slots first. */
  private vacate(k: number): void {
    const j = this.mentorOf[k]!;
    const slot = this.slotOf[k]!;
    const last = this.slotStart[j]! + this.load[j]! - 1;
    const moved = this.slots[last]!;
    this.slots[slot] = moved;
    this.slotOf[moved] = slot;
    this.slots[last] = NONE;
    this.load[j]!--;
    this.mentorOf[k] = NONE;
    this.slotOf[k] = NONE;
  }

  /**
   * A mentor settled by the mentor-side search lowers its dual; its mentees are settled at the same
   * distance so their duals rise as much and their pairs stay tight.
   */
  private settleHolders(j: number, d: number): void {
    const stamp = this.stamp;
    for (let s = this.slotStart[j]!, end = s + this.load[j]!; s < end; s++) {
      const k = this.slots[s]!;
      if (this.doneMentee[k] === stamp) continue;
      this.doneMentee[k] = stamp;
      this.distMentee[k] = d;
      this.settledMentees[this.settledMenteeCount++] = k;
    }
  }

  private buildReverse(): void {
    const { offsets, mentor, weight } = this.graph;
    const start = new Int32Array(this.m + 1);
    for (let e = 0; e < mentor.length; e++) start[mentor[e]! + 1]!++;
    for (let j = 0; j < this.m; j++) start[j + 1]! += start[j]!;
    const fill = start.slice(0, this.m);
    const mentee = new Int32Array(mentor.length);
    const w = new Float64Array(mentor.length);
    for (let i = 0; i < this.n; i++) {
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        const at = fill[mentor[e]!]!++;
        mentee[at] = i;
        w[at] = weight[e]!;
      }
    }
    this.reverseOffsets = start;
    this.reverseMentee = mentee;
    this.reverseWeight = w;
  }

  private relaxBack(j: number, d: number): void {
    const start = this.reverseOffsets!;
    const mentee = this.reverseMentee;
    const weight = this.reverseWeight;
    const vj = this.v[j]! - this.big;
    const u = this.u;
    const dist = this.distMentee;
    const seen = this.seenMentee;
    const done = this.doneMentee;
    const stamp = this.stamp;
    for (let e = start[j]!, end = start[j + 1]!; e < end; e++) {
      const k = mentee[e]!;
      if (done[k] === stamp || this.absent[k] === 1 || this.mentorOf[k] === j) continue;
      const nd = d + (u[k]! + vj - weight[e]!);
      if (seen[k] !== stamp || nd < dist[k]!) {
        seen[k] = stamp;
        dist[k] = nd;
        this.predMentee[k] = j;
        this.heap.push(nd, k);
      }
    }
  }

  /**
   * Mentor `root` has a free place but a positive dual: the cheapest of leaving some mentor on the
   * path with a free place (cost d + v) or pulling an unmatched mentee in (cost d), by a shortest
   * path search over mentees moving into mentors; then duals are adjusted and the path applied.
   */
  private refill(root: number): void {
    if (this.reverseOffsets === null) this.buildReverse();
    this.stamp++;
    const stamp = this.stamp;
    const heap = this.heap;
    heap.clear();
    this.settledMenteeCount = 0;
    this.settledMentorCount = 0;
    this.doneMentor[root] = stamp;
    this.distMentor[root] = 0;
    this.settledMentors[this.settledMentorCount++] = root;
    this.settleHolders(root, 0);
    let bestCost = this.v[root]!;
    let terminal = root;
    this.relaxBack(root, 0);
    while (heap.size > 0) {
      const d = heap.keys[0]!;
      const k = heap.nodes[0]!;
      heap.pop();
      if (this.doneMentee[k] === stamp || d > this.distMentee[k]!) continue;
      if (d >= bestCost) break;
      this.doneMentee[k] = stamp;
      this.settledMentees[this.settledMenteeCount++] = k;
      const j = this.mentorOf[k]!;
      if (j === NONE) {
        // Unmatched mentees have u = 0: pulling k in costs d.
        bestCost = d + this.u[k]!;
        terminal = -(k + 2);
        break;
      }
      if (this.doneMentor[j] === stamp) continue;
      this.doneMentor[j] = stamp;
      this.distMentor[j] = d;
      this.viaMentee[j] = k;
      this.settledMentors[this.settledMentorCount++] = j;
      this.settleHolders(j, d);
      const leave = d + this.v[j]!;
      if (leave < bestCost) {
        bestCost = leave;
        terminal = j;
      }
      this.relaxBack(j, d);
    }
    for (let s = 0; s < this.settledMentorCount; s++) {
      const j = this.settledMentors[s]!;
      this.v[j]! -= bestCost - this.distMentor[j]!;
    }
    for (let s = 0; s < this.settledMenteeCount; s++) {
      const k = this.settledMentees[s]!;
      this.u[k]! += bestCost - this.distMentee[k]!;
    }
    if (terminal === root) return;
    let k: number;
    if (terminal >= 0) {
      k = this.viaMentee[terminal]!;
      this.vacate(k);
    } else k = -terminal - 2;
    // k moves into the mentor it was reached from, whose mentee on the path moves on, up to root.
    for (;;) {
      const j = this.predMentee[k]!;
      if (j === root) {
        const slot = this.slotStart[j]! + this.load[j]!;
        this.load[j]!++;
        this.slots[slot] = k;
        this.mentorOf[k] = j;
        this.slotOf[k] = slot;
        return;
      }
      const next = this.viaMentee[j]!;
      const slot = this.slotOf[next]!;
      this.slots[slot] = k;
      this.mentorOf[k] = j;
      this.slotOf[k] = slot;
      k = next;
    }
  }

  /**
   * Matches every mentee in index order, each by one shortest augmenting path.
   *
   * `bottleneck` (from cardinality.ts) marks mentors that every maximum matching fills with
   * mentees competing for them. Their duals start at BIG − 1: that is where BIG ends up in the
   * optimal duals, so a mentee competing for them starts with a dual at the scale of one score and
   * its search stops within that distance, instead of exploring the whole crowded region first.
   * Any start v ≥ 0 keeps the searches exact (duals feasible, matched pairs tight); the only
   * condition it can leave open, a free place with v > 0, is closed at the end by refilling it.
   */
  solve(onStep?: (done: number, total: number) => void, bottleneck?: Uint8Array): Assignment {
    if (bottleneck) this.startBottlenecks(bottleneck);
    for (let root = 0; root < this.n; root++) {
      this.insert(root);
      if (onStep && (root & 1023) === 1023) onStep(root + 1, this.n);
    }
    if (bottleneck) this.releaseFreePlaces();
    onStep?.(this.n, this.n);
    return { mentorOf: this.mentorOf, u: this.u, v: this.v, big: this.big };
  }

  /** Before any insertion: bottleneck mentors' duals start at BIG − 1 (see solve). */
  startBottlenecks(bottleneck: Uint8Array): void {
    for (let j = 0; j < this.m; j++) {
      if (this.load[j]! > 0) throw new Error('bottleneck duals can only be set before any insertion');
      if (bottleneck[j] === 1) this.v[j] = this.big - 1;
    }
  }

  /**
   * Takes over a matching and its duals found elsewhere (see decomposed.ts). The caller proves
   * them with the certificate before trusting them.
   */
  adopt(mentorOf: Int32Array, u: Float64Array, v: Float64Array): void {
    this.slots.fill(NONE);
    this.load.fill(0);
    this.slotOf.fill(NONE);
    for (let i = 0; i < this.n; i++) {
      const j = mentorOf[i]!;
      this.mentorOf[i] = j;
      if (j === NONE) continue;
      if (this.load[j]! >= this.capacity[j]!)
        throw new Error(`mentor ${j} is given more mentees than places`);
      const slot = this.slotStart[j]! + this.load[j]!++;
      this.slots[slot] = i;
      this.slotOf[i] = slot;
    }
    this.u.set(u);
    this.v.set(v);
  }

  /** Nodes settled by the last insertion's search (0 when it needed none); for profiling. */
  get lastSearchSize(): number {
    return this.settledMenteeCount + this.settledMentorCount;
  }

  /**
   * Brings every free place's mentor dual to 0: first lowered without a search as far as its pairs
   * allow (often to 0 at once), then refilled until v_j = 0 or the mentor is full.
   */
  releaseFreePlaces(): void {
    for (let j = 0; j < this.m; j++) {
      if (this.load[j]! < this.capacity[j]! && this.v[j]! > 0) this.lowerToFloor(j);
      while (this.load[j]! < this.capacity[j]! && this.v[j]! > 0) this.refill(j);
    }
  }

  /** Lowers v_j to the least value keeping every pair of j feasible (max of W − u_k, or 0). */
  private lowerToFloor(j: number): void {
    if (this.reverseOffsets === null) this.buildReverse();
    const start = this.reverseOffsets!;
    let floor = 0;
    for (let e = start[j]!, end = start[j + 1]!; e < end; e++) {
      const k = this.reverseMentee[e]!;
      if (this.absent[k] === 1) continue;
      const need = this.big + this.reverseWeight[e]! - this.u[k]!;
      if (need > floor) floor = need;
    }
    if (floor < this.v[j]!) this.v[j] = floor;
  }

  private relax(k: number, d: number): void {
    const { offsets, mentor, weight } = this.graph;
    const uk = this.u[k]! - this.big;
    const v = this.v;
    const dist = this.distMentor;
    const seen = this.seenMentor;
    const done = this.doneMentor;
    const stamp = this.stamp;
    const load = this.load;
    const capacity = this.capacity;
    let bound = this.freeBound;
    for (let e = offsets[k]!, end = offsets[k + 1]!; e < end; e++) {
      const j = mentor[e]!;
      if (done[j] === stamp) continue;
      const nd = d + (uk + v[j]! - weight[e]!);
      // Nothing beyond the nearest mentor known to have a free place is ever settled.
      if (nd > bound) continue;
      if (seen[j] !== stamp || nd < dist[j]!) {
        seen[j] = stamp;
        dist[j] = nd;
        this.predMentor[j] = k;
        this.heap.push(nd, j);
        if (load[j]! < capacity[j]!) bound = nd;
      }
    }
    this.freeBound = bound;
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
    // Nothing at or beyond the cheapest terminal known so far is ever settled, so pushes beyond it
    // are wasted; in crowded regions the drop of a mentee is often that bound, not a free place.
    this.freeBound = bestCost;
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
          if (drop < this.freeBound) this.freeBound = drop;
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
    if (best === 0) {
      this.settledMenteeCount = 0;
      this.settledMentorCount = 0;
      return;
    }
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
