import { matchTandems } from '../../../core/matching/index.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { loadCycleForMatching } from './cycle-input.ts';
import { completeRun, insertRun } from './match-runs.repository.ts';
import { ENGINE_VERSION } from './match-runs.service.ts';
import { ruleChecker } from './rules.service.ts';

// Re-matching after publication: one mentee at a time, over the places the cycle's active tandems
// leave the mentors. The tandems feature says which tandems are active and makes the new tandem;
// everything about finding, checking and scoring the mentor happens here.

/** How many places each mentor's active tandems take. */
export type MentorPlacesTaken = Map<string, number>;

async function rematchData(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  placesTaken: MentorPlacesTaken,
) {
  await getVisibleCycle(db, actor, cycleId);
  const data = await loadCycleForMatching(db, cycleId, {
    mentorPlacesTaken: placesTaken,
    onlyMentees: new Set([menteeId]),
  });
  if (data.input.mentees.length === 0) throw notFound('The mentee');
  return data;
}

/** A small run over the mentors' remaining places for one mentee; saved like every run. */
export async function proposeRematchMentor(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  placesTaken: MentorPlacesTaken,
  now: Date,
) {
  const data = await rematchData(trx, actor, cycleId, menteeId, placesTaken);
  const result = await matchTandems(data.input, { explain: true });
  const runId = await insertRun(trx, {
    cycleId,
    mode: 'optimal',
    engineVersion: ENGINE_VERSION,
    input: data.input,
    mentees: 1,
    mentors: data.input.mentors.length,
    startedBy: actor.accountId,
    now,
  });
  const pair = result.pairs[0];
  await completeRun(
    trx,
    runId,
    {
      matched: result.matched,
      unmatched: result.unmatched.length,
      totalScore: result.totalScore,
      meanScore: pair ? pair.score : null,
      criterionAverages: Object.fromEntries((pair?.contributions ?? []).map((c) => [c.criterion, c.points])),
      blockingPairs: null,
    },
    result.pairs.map((p) => ({ ...p })),
    result.unmatched,
    now,
  );
  const mentor = pair ? data.participants.get(pair.mentorId)! : null;
  return {
    menteeId,
    proposal:
      pair && mentor
        ? {
            mentorId: pair.mentorId,
            mentorName: mentor.name,
            mentorOrganisationName: mentor.organisation_name,
            score: pair.score,
            reasons: pair.reasons,
          }
        : null,
    reasons: result.unmatched[0]?.reasons ?? [],
  };
}

/**
 * The mentor the coordinator chose for a mentee, checked against the hard rules and the mentor's
 * remaining places (409 naming what the pair breaks), and scored as the engine would.
 */
export async function checkRematchMentor(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  mentorId: string,
  placesTaken: MentorPlacesTaken,
): Promise<{ score: number; reasons: string[] }> {
  const data = await rematchData(db, actor, cycleId, menteeId, placesTaken);
  const mentee = data.input.mentees[0]!;
  const mentor = data.input.mentors.find((m) => m.id === mentorId);
  if (!mentor) throw notFound('The mentor');
  const breaks = ruleChecker(data)(mentee, mentor);
  if (mentor.capacity < 1) breaks.push('the mentor has no free place');
  if (breaks.length > 0) throw conflict(`This pair breaks a rule: ${breaks.join('; ')}.`, breaks);
  const scored = await matchTandems({ ...data.input, mentors: [mentor], rules: {} }, { explain: true });
  const pair = scored.pairs[0];
  return { score: pair?.score ?? 0, reasons: pair?.reasons ?? [] };
}
