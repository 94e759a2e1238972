import { type MatchedPair, matchTandems } from '../../../core/matching/index.ts';
import { REMATCH_ALTERNATIVES } from '../../../shared/contract/tandems.ts';
import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { JoinedWording, messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { loadCycleForMatching } from './cycle-input.ts';
import { findProposal } from './draft.repository.ts';
import { completeRun, insertRun } from './match-runs.repository.ts';
import { ENGINE_VERSION } from './match-runs.service.ts';
import { isHardRuleBreak, mayPairDespiteRules, mayRematchInCycle } from './matching.policy.ts';
import { ruleBreakWording } from './rule-breaks.ts';
import { ruleChecker } from './rules.service.ts';

const say = messagesOf(errorsMatchingMessages);

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
  const cycle = await getVisibleCycle(db, actor, cycleId);
  // Refused before the cycle is loaded for the engine: phase and draft say so on their own.
  const proposal = await findProposal(db, cycleId, menteeId);
  enforce(
    mayRematchInCycle(cycle, { name: proposal?.mentee_name ?? '', proposalOnDraft: proposal !== undefined }),
  );
  const data = await loadCycleForMatching(db, cycleId, {
    mentorPlacesTaken: placesTaken,
    onlyMentees: new Set([menteeId]),
  });
  if (data.input.mentees.length === 0) throw notFound('mentee');
  return data;
}

/**
 * A small run over the mentors' remaining places for one mentee, saved like every run, and the
 * coordinator's choice: the engine's best mentor, then the best once that one is set aside, and so
 * on, up to `REMATCH_ALTERNATIVES`, best first. Forbidden pairs (a dissolved tandem's among them) and
 * every other hard rule hold for each.
 */
export async function proposeRematchMentor(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  placesTaken: MentorPlacesTaken,
  now: Date,
) {
  const data = await rematchData(trx, actor, cycleId, menteeId, placesTaken);
  // The draft's pins guided the draft; a re-match chooses afresh among what the rules allow.
  const rules = { ...data.input.rules, pins: [] };
  const first = await matchTandems({ ...data.input, rules }, { explain: true });
  const pairs: MatchedPair[] = [...first.pairs];
  const setAside = [...(rules.forbidden ?? [])];
  while (pairs.length > 0 && pairs.length < REMATCH_ALTERNATIVES) {
    setAside.push({ menteeId, mentorId: pairs.at(-1)!.mentorId });
    const next = await matchTandems(
      { ...data.input, rules: { ...rules, forbidden: setAside } },
      { explain: true },
    );
    if (next.pairs.length === 0) break;
    pairs.push(next.pairs[0]!);
  }
  pairs.sort((a, b) => b.score - a.score);

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
  const pair = first.pairs[0];
  await completeRun(
    trx,
    runId,
    {
      matched: first.matched,
      unmatched: first.unmatched.length,
      totalScore: first.totalScore,
      meanScore: pair ? pair.score : null,
      criterionAverages: Object.fromEntries((pair?.contributions ?? []).map((c) => [c.criterion, c.points])),
      blockingPairs: null,
    },
    first.pairs.map((p) => ({ ...p })),
    first.unmatched,
    now,
  );
  return {
    menteeId,
    alternatives: pairs.map((p) => {
      const mentor = data.participants.get(p.mentorId)!;
      return {
        mentorId: p.mentorId,
        mentorName: mentor.name,
        mentorOrganisationName: mentor.organisation_name,
        score: p.score,
        reasons: p.reasons,
      };
    }),
    reasons: first.unmatched[0]?.reasons ?? [],
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
  if (!mentor) throw notFound('mentor');
  const breaks = ruleChecker(data)(mentee, mentor);
  // Organisations and former tandems are hard rules on every path, this one too (422, as on the
  // review board).
  const names = (id: string) => data.participants.get(id)?.name ?? id;
  enforce(
    mayPairDespiteRules([
      {
        what: say('pairName', { mentee: names(mentee.id), mentor: names(mentor.id) }),
        hardRuleBreaks: breaks.filter(isHardRuleBreak),
      },
    ]),
  );
  if (mentor.capacity < 1) breaks.push('the mentor has no free place');
  if (breaks.length > 0) {
    const wordings = breaks.map(ruleBreakWording);
    throw conflict(say('breaksRule', { what: 'pair', breaks: new JoinedWording(wordings, '; ') }), wordings);
  }
  const scored = await matchTandems({ ...data.input, mentors: [mentor], rules: {} }, { explain: true });
  const pair = scored.pairs[0];
  return { score: pair?.score ?? 0, reasons: pair?.reasons ?? [] };
}
