// Maximum-cardinality phase before the weighted solve: how many mentees can be matched at all, and
// which mentors are "bottlenecks" — full in every maximum matching, with more mentees competing
// for their places than they have.
//
// Why: with weights BIG + score, the first mentee who finds a crowded region full starts with a
// dual near BIG, so its search explores that whole region before choosing whom to leave out. The
// bottleneck set tells us in advance where BIG belongs in the optimal duals: on those mentors, not
// on the mentees competing for them. The weighted solver starts those mentors' duals there (see
// AssignmentSolver.solve), and its searches in crowded regions stay at the scale of one score.
//
// Hopcroft–Karp with capacities: breadth-first layers from every unmatched mentee to the nearest
// free places, then disjoint shortest augmenting paths by depth-first search, until no augmenting
// path is left. Then one more alternating search from the unmatched mentees: the mentors it
// reaches are the bottlenecks (Dulmage–Mendelsohn; the set does not depend on which maximum
// matching was found), and none of them can have a free place, or there would be an augmenting
// path.
import type { CandidateGraph } from './problem.ts';

export interface CardinalityResult {
  /** The largest number of mentees that can be matched. */
  matched: number;
  /** 1 for mentors whose places every maximum matching fills with mentees some maximum matching leaves out. */
  bottleneck: Uint8Array;
  /** How many mentors are bottlenecks. */
  bottlenecks: number;
  /** 1 for mentees some maximum matching leaves out; their pairs all lead to bottleneck mentors. */
  missable: Uint8Array;
}

export function maximumCardinality(graph: CandidateGraph, capacity: Int32Array): CardinalityResult {
  const { offsets, mentor } = graph;
  const n = offsets.length - 1;
  const m = capacity.length;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + capacity[j]!;
  // Occupied slots come first in each mentor's range; load[j] counts them.
  const slots = new Int32Array(slotStart[m]!);
  const load = new Int32Array(m);
  const mentorOf = new Int32Array(n).fill(-1);
  let matched = 0;

  // Greedy start: the first neighbour with a free place.
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = mentor[e]!;
      if (load[j]! < capacity[j]!) {
        slots[slotStart[j]! + load[j]!++] = i;
        mentorOf[i] = j;
        matched++;
        break;
      }
    }
  }

  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  // Depth-first state per mentee: next edge, and next occupied slot of that edge's mentor.
  const nextEdge = new Int32Array(n);
  const nextSlot = new Int32Array(n);
  const stack = new Int32Array(n);
  // The slot (of the mentor on the path) through which stack level l reached level l + 1.
  const via = new Int32Array(n);
  const viaMentor = new Int32Array(n);
  for (;;) {
    layer.fill(-1);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      if (mentorOf[i] === -1 && offsets[i]! < offsets[i + 1]!) {
        layer[i] = 0;
        queue[tail++] = i;
      }
    }
    // The layer at which the first free place is adjacent: only paths of that length this phase.
    let last = -1;
    while (head < tail) {
      const i = queue[head++]!;
      const d = layer[i]!;
      if (last >= 0 && d >= last) break;
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        const j = mentor[e]!;
        if (load[j]! < capacity[j]!) {
          last = d;
          continue;
        }
        for (let s = slotStart[j]!, stop = s + load[j]!; s < stop; s++) {
          const k = slots[s]!;
          if (layer[k] === -1) {
            layer[k] = d + 1;
            queue[tail++] = k;
          }
        }
      }
    }
    if (last < 0) break;

    for (let i = 0; i < n; i++) {
      nextEdge[i] = offsets[i]!;
      nextSlot[i] = 0;
    }
    let augmented = 0;
    for (let root = 0; root < n; root++) {
      if (mentorOf[root] !== -1 || layer[root] !== 0) continue;
      let top = 0;
      stack[0] = root;
      while (top >= 0) {
        const i = stack[top]!;
        const d = layer[i]!;
        let pushed = false;
        let free = -1;
        for (let end = offsets[i + 1]!; nextEdge[i]! < end; nextEdge[i]!++, nextSlot[i] = 0) {
          const j = mentor[nextEdge[i]!]!;
          if (load[j]! < capacity[j]!) {
            free = j;
            break;
          }
          if (d >= last) continue;
          const base = slotStart[j]!;
          for (; nextSlot[i]! < load[j]!; nextSlot[i]!++) {
            const k = slots[base + nextSlot[i]!]!;
            if (layer[k] === d + 1) {
              via[top] = base + nextSlot[i]!;
              viaMentor[top] = j;
              nextSlot[i]!++;
              stack[++top] = k;
              pushed = true;
              break;
            }
          }
          if (pushed) break;
        }
        if (free >= 0) {
          // Augment: the deepest mentee takes the free place, every mentee above takes the slot of
          // the one below it on the stack.
          const deepest = stack[top]!;
          slots[slotStart[free]! + load[free]!++] = deepest;
          mentorOf[deepest] = free;
          layer[deepest] = -1;
          for (let l = top - 1; l >= 0; l--) {
            const k = stack[l]!;
            const slot = via[l]!;
            slots[slot] = k;
            mentorOf[k] = viaMentor[l]!;
            layer[k] = -1;
          }
          matched++;
          augmented++;
          break;
        }
        if (!pushed) {
          // Dead end: out of this phase's layered graph.
          layer[i] = -1;
          top--;
        }
      }
    }
    if (augmented === 0) break;
  }

  // Alternating search from every unmatched mentee: the mentors it reaches are the bottlenecks.
  const bottleneck = new Uint8Array(m);
  let bottlenecks = 0;
  const reached = new Uint8Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (mentorOf[i] === -1 && offsets[i]! < offsets[i + 1]!) {
      reached[i] = 1;
      queue[tail++] = i;
    }
  }
  while (head < tail) {
    const i = queue[head++]!;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = mentor[e]!;
      if (bottleneck[j] === 1) continue;
      bottleneck[j] = 1;
      bottlenecks++;
      for (let s = slotStart[j]!, stop = s + load[j]!; s < stop; s++) {
        const k = slots[s]!;
        if (reached[k] === 0) {
          reached[k] = 1;
          queue[tail++] = k;
        }
      }
    }
  }
  return { matched, bottleneck, bottlenecks, missable: reached };
}
