// The dual certificate of an optimal assignment, checked independently of how it was found.
//
// For weights BIG + score on the candidate pairs, a matching is optimal when duals u (mentees) and
// v (mentors) exist with u, v ≥ 0, u_i + v_j ≥ BIG + w_ij on every pair, equality on matched
// pairs, u_i = 0 for unmatched mentees and v_j = 0 for mentors with a free place (LP duality on the
// integral b-matching polytope). One pass over the pairs, so every solve can afford it.
import type { CandidateGraph } from './problem.ts';

export interface CertifiedState {
  mentorOf: Int32Array;
  u: Float64Array;
  v: Float64Array;
  big: number;
}

/** The first broken condition in words, or null when the duals prove the matching optimal. */
export function certificateViolation(
  graph: CandidateGraph,
  capacity: Int32Array,
  state: CertifiedState,
): string | null {
  const { offsets, mentor, weight } = graph;
  const { mentorOf, u, v, big } = state;
  const n = offsets.length - 1;
  const load = new Int32Array(capacity.length);
  for (let i = 0; i < n; i++) {
    const ui = u[i]!;
    if (!(ui >= 0)) return `mentee ${i} has a negative dual ${ui}`;
    const own = mentorOf[i]!;
    if (own < 0 && ui !== 0) return `unmatched mentee ${i} has dual ${ui}, not 0`;
    let tight = own < 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = mentor[e]!;
      const reduced = ui + v[j]! - big - weight[e]!;
      if (reduced < 0) return `pair ${i}–${j} violates its dual constraint by ${-reduced}`;
      if (j === own) {
        if (reduced !== 0) return `matched pair ${i}–${j} is not tight (slack ${reduced})`;
        tight = true;
      }
    }
    if (!tight) return `mentee ${i} is matched to mentor ${own}, which is not among its pairs`;
    if (own >= 0) load[own]!++;
  }
  for (let j = 0; j < capacity.length; j++) {
    if (!(v[j]! >= 0)) return `mentor ${j} has a negative dual ${v[j]}`;
    if (load[j]! > capacity[j]!) return `mentor ${j} holds ${load[j]} mentees for ${capacity[j]} places`;
    if (load[j]! < capacity[j]! && v[j] !== 0) return `mentor ${j} has a free place but dual ${v[j]}, not 0`;
  }
  return null;
}
