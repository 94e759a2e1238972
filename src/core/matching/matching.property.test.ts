// Property tests: on random small instances the engine equals a brute-force optimum in both
// objective terms and keeps every hard rule; stable mode leaves no blocking pair.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ExplicitScore,
  forEachScoredPair,
  type MatchInput,
  type MatchResult,
  type Mentee,
  type Mentor,
  matchTandems,
} from './index.ts';

const ORGS = ['o1', 'o2', 'o3'];

interface Instance {
  mentees: Mentee[];
  mentors: Mentor[];
  scores: ExplicitScore[];
  exclusions: [string, string][];
  forbidden: { menteeId: string; mentorId: string }[];
  pins: { menteeId: string; mentorId: string }[];
}

/** Scores in hundredths so the brute force sums exact integers. */
const hundredths = (score: number) => Math.round(score * 100);

const instance = fc
  .record({
    menteeOrgs: fc.array(fc.constantFrom(...ORGS), { minLength: 1, maxLength: 6 }),
    mentorSpecs: fc.array(
      fc.record({ org: fc.constantFrom(...ORGS), capacity: fc.integer({ min: 0, max: 2 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    scoreCells: fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), {
      minLength: 24,
      maxLength: 24,
    }),
    decimals: fc.integer({ min: 0, max: 2 }),
    exclude: fc.boolean(),
    forbidCells: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    pinCell: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
  })
  .map(({ menteeOrgs, mentorSpecs, scoreCells, decimals, exclude, forbidCells, pinCell }): Instance => {
    // Ids in reverse order of creation, so the engine's own sorting is exercised.
    const mentees = menteeOrgs.map((organisation, i) => ({ id: `me${9 - i}`, organisation }));
    const mentors = mentorSpecs.map((s, j) => ({
      id: `mo${9 - j}`,
      organisation: s.org,
      capacity: s.capacity,
    }));
    const scores: ExplicitScore[] = [];
    const forbidden: Instance['forbidden'] = [];
    mentees.forEach((mentee, i) => {
      mentors.forEach((mentor, j) => {
        const cell = i * 4 + j;
        const raw = scoreCells[cell];
        if (raw !== undefined)
          scores.push({ menteeId: mentee.id, mentorId: mentor.id, score: raw / 10 ** decimals });
        if (forbidCells[cell] && cell % 5 === 0) forbidden.push({ menteeId: mentee.id, mentorId: mentor.id });
      });
    });
    const pins: Instance['pins'] = [];
    if (pinCell !== undefined) {
      const s = scores[pinCell % Math.max(1, scores.length)];
      const mentor = mentors.find((m) => m.id === s?.mentorId);
      const mentee = mentees.find((m) => m.id === s?.menteeId);
      const forbiddenPair = forbidden.some((f) => f.menteeId === s?.menteeId && f.mentorId === s?.mentorId);
      const orgs = `${mentee?.organisation}/${mentor?.organisation}`;
      const excludedPair = exclude && (orgs === 'o1/o2' || orgs === 'o2/o1');
      if (s && mentor && mentee && mentor.capacity > 0 && mentee.organisation !== mentor.organisation) {
        if (!forbiddenPair && !excludedPair) pins.push({ menteeId: s.menteeId, mentorId: s.mentorId });
      }
    }
    return { mentees, mentors, scores, exclusions: exclude ? [['o2', 'o1']] : [], forbidden, pins };
  });

/** Allowed pairs of an instance with scores in hundredths, by independent code. */
function allowedPairs(x: Instance, scoreOf: Map<string, number>): Map<string, number> {
  const allowed = new Map<string, number>();
  const excluded = new Set(x.exclusions.flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]));
  for (const mentee of x.mentees) {
    for (const mentor of x.mentors) {
      const key = `${mentee.id}/${mentor.id}`;
      const score = scoreOf.get(key);
      if (score === undefined || mentee.organisation === mentor.organisation) continue;
      if (excluded.has(`${mentee.organisation}/${mentor.organisation}`)) continue;
      if (x.forbidden.some((f) => f.menteeId === mentee.id && f.mentorId === mentor.id)) continue;
      allowed.set(key, score);
    }
  }
  return allowed;
}

/** Best (matched, total) over every assignment, with or without a reciprocity tolerance. */
function bruteForce(
  x: Instance,
  allowed: Map<string, number>,
  tolerance: number | null,
): { matched: number; total: number } | null {
  let best: { matched: number; total: number } | null = null;
  const load = new Map<string, number>();
  const choice: (Mentor | null)[] = [];
  const visit = (i: number, matched: number, total: number) => {
    if (i === x.mentees.length) {
      if (tolerance !== null) {
        for (const org of ORGS) {
          let balance = 0;
          x.mentees.forEach((m, k) => {
            const mentor = choice[k];
            if (!mentor) return;
            if (m.organisation === org) balance++;
            if (mentor.organisation === org) balance--;
          });
          if (Math.abs(balance) > tolerance) return;
        }
      }
      if (!best || matched > best.matched || (matched === best.matched && total > best.total))
        best = { matched, total };
      return;
    }
    const mentee = x.mentees[i]!;
    const pin = x.pins.find((p) => p.menteeId === mentee.id);
    if (!pin) {
      choice[i] = null;
      visit(i + 1, matched, total);
    }
    for (const mentor of x.mentors) {
      if (pin && pin.mentorId !== mentor.id) continue;
      const score = allowed.get(`${mentee.id}/${mentor.id}`);
      if (score === undefined || (load.get(mentor.id) ?? 0) >= mentor.capacity) continue;
      load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
      choice[i] = mentor;
      visit(i + 1, matched + 1, total + score);
      load.set(mentor.id, load.get(mentor.id)! - 1);
    }
  };
  visit(0, 0, 0);
  return best;
}

function expectHardRules(x: Instance, allowed: Map<string, number>, result: MatchResult): void {
  const load = new Map<string, number>();
  const seen = new Set<string>();
  for (const pair of result.pairs) {
    expect(allowed.has(`${pair.menteeId}/${pair.mentorId}`)).toBe(true);
    expect(seen.has(pair.menteeId)).toBe(false);
    seen.add(pair.menteeId);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  }
  for (const mentor of x.mentors) expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
  for (const pin of x.pins) {
    expect(result.pairs.some((p) => p.menteeId === pin.menteeId && p.mentorId === pin.mentorId)).toBe(true);
  }
  expect(result.pairs.length + result.unmatched.length).toBe(x.mentees.length);
}

const inputOf = (x: Instance, tolerance?: number): MatchInput => ({
  mentees: x.mentees,
  mentors: x.mentors,
  scores: x.scores,
  rules: { exclusions: x.exclusions, forbidden: x.forbidden, pins: x.pins, reciprocityTolerance: tolerance },
});

const scoreMap = (x: Instance) =>
  new Map(x.scores.map((s) => [`${s.menteeId}/${s.mentorId}`, hundredths(s.score)]));

describe('optimal mode against brute force', () => {
  it('matches the brute-force optimum in matched count and exact total, keeping every rule', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const allowed = allowedPairs(x, scoreMap(x));
        const best = bruteForce(x, allowed, null)!;
        const result = await matchTandems(inputOf(x), { explain: true });
        expect(result.matched).toBe(best.matched);
        expect(hundredths(result.totalScore)).toBe(best.total);
        expectHardRules(x, allowed, result);
        for (const u of result.unmatched) expect(u.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic for the same input in any order', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const a = await matchTandems(inputOf(x));
        const shuffled = { ...x, mentees: [...x.mentees].reverse(), mentors: [...x.mentors].reverse() };
        const b = await matchTandems(inputOf(shuffled));
        expect(b.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual(
          a.pairs.map((p) => [p.menteeId, p.mentorId]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('reciprocity against brute force', () => {
  it('matches the brute-force optimum under the tolerance', async () => {
    await fc.assert(
      fc.asyncProperty(instance, fc.integer({ min: 0, max: 1 }), async (x, tolerance) => {
        const allowed = allowedPairs(x, scoreMap(x));
        const best = bruteForce(x, allowed, tolerance);
        if (!best) {
          await expect(matchTandems(inputOf(x, tolerance))).rejects.toMatchObject({
            code: 'reciprocity-infeasible',
          });
          return;
        }
        const result = await matchTandems(inputOf(x, tolerance));
        expect(result.matched).toBe(best.matched);
        expect(hundredths(result.totalScore)).toBe(best.total);
        expectHardRules(x, allowed, result);
        const balance = new Map<string, number>();
        const menteeOrg = new Map(x.mentees.map((m) => [m.id, m.organisation]));
        const mentorOrg = new Map(x.mentors.map((m) => [m.id, m.organisation]));
        for (const p of result.pairs) {
          balance.set(menteeOrg.get(p.menteeId)!, (balance.get(menteeOrg.get(p.menteeId)!) ?? 0) + 1);
          balance.set(mentorOrg.get(p.mentorId)!, (balance.get(mentorOrg.get(p.mentorId)!) ?? 0) - 1);
        }
        for (const b of balance.values()) expect(Math.abs(b)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 120 },
    );
  });
});

describe('stable mode', () => {
  it('leaves no blocking pair and keeps every rule', async () => {
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const allowed = allowedPairs(x, scoreMap(x));
        const result = await matchTandems(inputOf(x), { mode: 'stable' });
        expectHardRules(x, allowed, result);
        expect(result.blockingPairs).toBe(0);
        // Independent count: a pair blocks when both sides strictly gain by score.
        const pinned = new Set(x.pins.map((p) => p.menteeId));
        const own = new Map(result.pairs.map((p) => [p.menteeId, p]));
        for (const [key, score] of allowed) {
          const [menteeId, mentorId] = key.split('/') as [string, string];
          if (pinned.has(menteeId) || own.get(menteeId)?.mentorId === mentorId) continue;
          const mine = own.has(menteeId) ? hundredths(own.get(menteeId)!.score) : -1;
          if (score <= mine) continue;
          const mentor = x.mentors.find((m) => m.id === mentorId)!;
          const held = result.pairs.filter((p) => p.mentorId === mentorId);
          const heldFree = held.filter((p) => !pinned.has(p.menteeId));
          const full = held.length >= mentor.capacity;
          const mentorGains = !full || heldFree.some((p) => hundredths(p.score) < score);
          expect(mentorGains).toBe(false);
        }
        const optimal = await matchTandems(inputOf(x));
        expect(result.optimalComparison).toEqual({
          matched: optimal.matched,
          totalScore: optimal.totalScore,
          blockingPairs: expect.any(Number),
        });
      }),
      { numRuns: 300 },
    );
  });
});

const profile = fc.record({
  topics: fc.subarray(['negotiation', 'finance', 'strategy', 'leading teams', 'sales']),
  seniority: fc.integer({ min: 1, max: 6 }),
  languages: fc.subarray(['German', 'English', 'French'], { minLength: 1 }),
  location: fc.constantFrom('Berlin', 'Paris'),
  remote: fc.constantFrom('in-person' as const, 'remote' as const, 'either' as const),
  gender: fc.constantFrom('female', 'male'),
  industry: fc.constantFrom('banking', 'retail', 'energy'),
});

const profileInstance = fc.record({
  mentees: fc.array(
    fc.record({
      organisation: fc.constantFrom(...ORGS),
      profile,
      requiredLanguage: fc.option(fc.constantFrom('German', 'English'), { nil: undefined }),
      preferred: fc.option(fc.constantFrom('female', 'male'), { nil: undefined }),
      hard: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  mentors: fc.array(
    fc.record({ organisation: fc.constantFrom(...ORGS), profile, capacity: fc.integer({ min: 1, max: 2 }) }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('profile scores with pruning and the optimality check over all pairs', () => {
  it('equals the brute-force optimum over the scores the scores command lists, even with one candidate per mentee', async () => {
    let repriced = 0;
    let repricedReciprocity = 0;
    await fc.assert(
      fc.asyncProperty(profileInstance, fc.integer({ min: 1, max: 3 }), async (raw, k) => {
        const mentees: Mentee[] = raw.mentees.map((m, i) => ({
          id: `me${i}`,
          organisation: m.organisation,
          profile: {
            ...m.profile,
            requiredLanguage: m.requiredLanguage,
            preferredMentorGender: m.preferred,
            preferredMentorGenderStrength: m.hard ? 'hard' : 'soft',
          },
        }));
        const mentors: Mentor[] = raw.mentors.map((m, j) => ({ id: `mo${j}`, ...m }));
        const listed: ExplicitScore[] = [];
        forEachScoredPair({ mentees, mentors }, (p) => {
          const parts = Object.values(p.contributionTexts).reduce((sum, t) => sum + hundredths(Number(t)), 0);
          expect(parts).toBe(hundredths(Number(p.scoreText)));
          listed.push({ menteeId: p.menteeId, mentorId: p.mentorId, score: Number(p.scoreText) });
        });
        const x: Instance = { mentees, mentors, scores: listed, exclusions: [], forbidden: [], pins: [] };
        // The rule check must agree with the scores command: profile hard rules drop pairs from the list.
        for (const s of listed) {
          const mentee = mentees.find((m) => m.id === s.menteeId)!.profile!;
          const mentor = mentors.find((m) => m.id === s.mentorId)!.profile!;
          if (mentee.requiredLanguage) expect(mentor.languages).toContain(mentee.requiredLanguage);
          if (mentee.preferredMentorGenderStrength === 'hard' && mentee.preferredMentorGender)
            expect(mentor.gender).toBe(mentee.preferredMentorGender);
        }
        const allowed = allowedPairs(x, scoreMap(x));
        const best = bruteForce(x, allowed, null)!;
        const result = await matchTandems(
          { mentees, mentors },
          { candidatesPerMentee: k, candidatesPerMentor: 0, explain: true },
        );
        const withMentorSide = await matchTandems(
          { mentees, mentors },
          { candidatesPerMentee: k, candidatesPerMentor: 1 },
        );
        expect(withMentorSide.totalScoreText).toBe(result.totalScoreText);
        expect(withMentorSide.matched).toBe(result.matched);
        expect(result.matched).toBe(best.matched);
        expect(hundredths(result.totalScore)).toBe(best.total);
        expectHardRules(x, allowed, result);
        for (const p of result.pairs) {
          const sum = p.contributions.reduce((s, c) => s + hundredths(c.points), 0);
          expect(sum).toBe(hundredths(p.score));
        }
        if (result.pricingRounds > 1) repriced++;
        const viaScores = await matchTandems({ mentees, mentors, scores: listed });
        expect(viaScores.totalScoreText).toBe(result.totalScoreText);
        // Reciprocity prices every pair against the LP duals, from the same pruned start.
        const tolerance = k - 1;
        const fair = bruteForce(x, allowed, tolerance)!;
        const reciprocal = await matchTandems(
          { mentees, mentors, rules: { reciprocityTolerance: tolerance } },
          { candidatesPerMentee: 1, candidatesPerMentor: 0 },
        );
        expect(reciprocal.matched).toBe(fair.matched);
        expect(hundredths(reciprocal.totalScore)).toBe(fair.total);
        if (reciprocal.pricingRounds > 1) repricedReciprocity++;
      }),
      // A fixed seed: the counts below vary with the drawn instances (7–21 of 200 seen; 15 with this seed), so a
      // random seed made this guard flaky.
      { numRuns: 200, seed: 3 },
    );
    // The check over all pairs must have had work to do, or this test proves nothing about it.
    expect(repriced).toBeGreaterThan(10);
    expect(repricedReciprocity).toBeGreaterThan(10);
  });
});
