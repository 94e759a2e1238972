// The weighted solve split along the maximum-cardinality structure (cardinality.ts), for problems
// where some mentees must stay out.
//
// Every lexicographic optimum is a maximum matching, and every maximum matching fills the
// bottleneck mentors' places with "missable" mentees and matches every other mentee to a
// non-bottleneck mentor (Dulmage–Mendelsohn). So the problem falls into two independent parts:
// - the crowded part, missable mentees × bottleneck mentors, where every place is filled and some
//   mentees stay out. Solved from the mentors' side: each place is inserted by one shortest
//   augmenting path, and there are always mentees left to end a path at, so searches stay short.
//   From the mentees' side each newcomer's search had to find whom to leave out, about a thousand
//   nodes per insertion on 20,000 × 11,500;
// - the rest, every other mentee × non-bottleneck mentors, where every mentee is matched and
//   places stay free. Solved from the mentees' side as usual.
// Pairs between the two parts (a mentee of the rest with a bottleneck mentor) are in no maximum
// matching. The two parts' duals together make one candidate certificate for the whole graph;
// where BIG sits (on the bottleneck mentors, on the other mentees) makes those pairs hold with a
// margin of about BIG. The caller checks the certificate on every pair and falls back to the
// plain solve if it ever fails, so the result is exact either way.
import { AssignmentSolver } from './assignment.ts';
import { auction } from './auction.ts';
import type { CardinalityResult } from './cardinality.ts';
import { certificateViolation } from './certificate.ts';
import type { CandidateGraph } from './problem.ts';

/** A solver over `graph` holding an optimal matching with proven duals, or null to fall back. */
export function solveDecomposed(
  graph: CandidateGraph,
  capacity: Int32Array,
  big: number,
  structure: CardinalityResult,
): AssignmentSolver | null {
  const { offsets, mentor, weight } = graph;
  const { bottleneck, missable } = structure;
  const n = offsets.length - 1;
  const m = capacity.length;

  // The rest, from the mentees' side: their pairs with non-bottleneck mentors only.
  const restOffsets = new Int32Array(n + 1);
  let restSize = 0;
  for (let i = 0; i < n; i++) {
    if (missable[i] === 0) {
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (bottleneck[mentor[e]!] === 0) restSize++;
    }
    restOffsets[i + 1] = restSize;
  }
  const restMentor = new Int32Array(restSize);
  const restWeight = new Float64Array(restSize);
  for (let i = 0, at = 0; i < n; i++) {
    if (missable[i] === 1) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      if (bottleneck[mentor[e]!] === 1) continue;
      restMentor[at] = mentor[e]!;
      restWeight[at++] = weight[e]!;
    }
  }
  const rest = new AssignmentSolver(
    { offsets: restOffsets, mentor: restMentor, weight: restWeight },
    capacity,
    big,
  );
  rest.solve();

  // The crowded part, transposed: one row per place of a bottleneck mentor, listing the missable
  // mentees of its pairs in mentee order; each mentee takes one place.
  const degree = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    if (missable[i] === 1) for (let e = offsets[i]!; e < offsets[i + 1]!; e++) degree[mentor[e]!]!++;
  }
  const byMentor = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) byMentor[j + 1] = byMentor[j]! + degree[j]!;
  const fill = byMentor.slice(0, m);
  const pairMentee = new Int32Array(byMentor[m]!);
  const pairWeight = new Float64Array(byMentor[m]!);
  for (let i = 0; i < n; i++) {
    if (missable[i] === 0) continue;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const at = fill[mentor[e]!]!++;
      pairMentee[at] = i;
      pairWeight[at] = weight[e]!;
    }
  }
  let places = 0;
  let size = 0;
  for (let j = 0; j < m; j++) {
    if (bottleneck[j] === 1) {
      places += capacity[j]!;
      size += capacity[j]! * degree[j]!;
    }
  }
  const placeMentor = new Int32Array(places);
  const crowdedOffsets = new Int32Array(places + 1);
  const crowdedMentee = new Int32Array(size);
  const crowdedWeight = new Float64Array(size);
  for (let j = 0, p = 0, at = 0; j < m; j++) {
    if (bottleneck[j] === 0) continue;
    for (let c = 0; c < capacity[j]!; c++, p++) {
      placeMentor[p] = j;
      crowdedMentee.set(pairMentee.subarray(byMentor[j]!, byMentor[j + 1]!), at);
      crowdedWeight.set(pairWeight.subarray(byMentor[j]!, byMentor[j + 1]!), at);
      at += degree[j]!;
      crowdedOffsets[p + 1] = at;
    }
  }
  const crowded = new AssignmentSolver(
    { offsets: crowdedOffsets, mentor: crowdedMentee, weight: crowdedWeight },
    Int32Array.from(missable),
    big,
  );
  // Prices and a first assignment from an auction over the same pairs. Each place the auction
  // gave a best mentee at those prices (no other pair of the place is worth more) is kept, with
  // its dual set so the pair is tight; the other places are inserted by the exact searches, which
  // then mostly end at once.
  let top = 0;
  for (let e = 0; e < size; e++) if (crowdedWeight[e]! > top) top = crowdedWeight[e]!;
  const { price, owner } = auction(
    crowdedOffsets,
    crowdedMentee,
    crowdedWeight,
    n,
    Math.max(1, Math.floor(top / 100)),
    40 * size,
  );
  const heldBy = new Int32Array(places).fill(-1);
  const placeDual = new Float64Array(places);
  for (let i = 0; i < n; i++) {
    const p = owner[i]!;
    if (p < 0) continue;
    let best = Number.NEGATIVE_INFINITY;
    let own = Number.NEGATIVE_INFINITY;
    for (let e = crowdedOffsets[p]!; e < crowdedOffsets[p + 1]!; e++) {
      const value = crowdedWeight[e]! - price[crowdedMentee[e]!]!;
      if (value > best) best = value;
      if (crowdedMentee[e] === i) own = value;
    }
    if (own === best) {
      heldBy[p] = i;
      placeDual[p] = big + own;
    }
  }
  // A mentee left free keeps only as much of its price as the kept places need to stay feasible:
  // a free place (here: a free mentee) must end with dual 0, and each one ending above 0 costs a
  // refill search at the end.
  const needed = new Float64Array(n);
  const held = new Uint8Array(n);
  for (let p = 0; p < places; p++) if (heldBy[p]! >= 0) held[heldBy[p]!] = 1;
  for (let p = 0; p < places; p++) {
    if (heldBy[p] === -1) continue;
    for (let e = crowdedOffsets[p]!; e < crowdedOffsets[p + 1]!; e++) {
      const i = crowdedMentee[e]!;
      if (held[i] === 1) continue;
      const floor = big + crowdedWeight[e]! - placeDual[p]!;
      if (floor > needed[i]!) needed[i] = floor;
    }
  }
  for (let i = 0; i < n; i++) if (held[i] === 0) price[i] = needed[i]!;
  crowded.adopt(heldBy, placeDual, price);
  for (let p = 0; p < places; p++) if (heldBy[p] === -1) crowded.insert(p);
  crowded.releaseFreePlaces();

  // Both parts' matchings and duals together.
  const mentorOf = Int32Array.from(rest.mentorOf);
  const u = Float64Array.from(rest.u);
  const v = Float64Array.from(rest.v);
  for (let i = 0; i < n; i++) if (missable[i] === 1) u[i] = crowded.v[i]!;
  // A bottleneck mentor without places holds no one: any dual this high keeps its pairs feasible.
  top = 0;
  for (let e = 0; e < weight.length; e++) if (weight[e]! > top) top = weight[e]!;
  for (let j = 0; j < m; j++) if (bottleneck[j] === 1 && capacity[j] === 0) v[j] = big + top;
  const seen = new Uint8Array(m);
  for (let p = 0; p < places; p++) {
    const j = placeMentor[p]!;
    const i = crowded.mentorOf[p]!;
    // Every bottleneck place is filled in a maximum matching; places of one mentor, all filled and
    // with the same pairs, have equal duals. Anything else: let the plain solve decide.
    if (i < 0) return null;
    mentorOf[i] = j;
    if (seen[j] === 0) {
      seen[j] = 1;
      v[j] = crowded.u[p]!;
    } else if (v[j] !== crowded.u[p]) return null;
  }
  const solver = new AssignmentSolver(graph, capacity, big);
  solver.adopt(mentorOf, u, v);
  return certificateViolation(graph, capacity, solver) === null ? solver : null;
}
