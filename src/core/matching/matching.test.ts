// Unit tests: every hard rule, every error, the score model and the explanations.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  type MatchInput,
  MatchingError,
  type Mentee,
  type Mentor,
  matchTandems,
} from './index.ts';

const mentee = (id: string, organisation: string, profile?: Mentee['profile']): Mentee => ({
  id,
  organisation,
  profile,
});
const mentor = (id: string, organisation: string, capacity = 1, profile?: Mentor['profile']): Mentor => ({
  id,
  organisation,
  capacity,
  profile,
});
const score = (menteeId: string, mentorId: string, s: number) => ({ menteeId, mentorId, score: s });
const pairsOf = async (input: MatchInput) =>
  (await matchTandems(input)).pairs.map((p) => `${p.menteeId}-${p.mentorId}`).sort();

async function errorOf(input: MatchInput): Promise<MatchingError> {
  try {
    await matchTandems(input);
  } catch (error) {
    if (error instanceof MatchingError) return error;
    throw error;
  }
  throw new Error('expected a MatchingError');
}

describe('hard rules', () => {
  it('never pairs a mentee with a mentor of the same organisation, whatever the score', async () => {
    const input = {
      mentees: [mentee('a', 'X')],
      mentors: [mentor('m1', 'X'), mentor('m2', 'Y')],
      scores: [score('a', 'm1', 100), score('a', 'm2', 1)],
    };
    expect(await pairsOf(input)).toEqual(['a-m2']);
  });

  it('keeps excluded organisation pairs apart in both directions', async () => {
    const base = {
      mentees: [mentee('a', 'X'), mentee('b', 'Y')],
      mentors: [mentor('x1', 'X'), mentor('y1', 'Y'), mentor('z1', 'Z', 2)],
      scores: [score('a', 'y1', 90), score('b', 'x1', 90), score('a', 'z1', 1), score('b', 'z1', 1)],
    };
    expect(await pairsOf(base)).toEqual(['a-y1', 'b-x1']);
    expect(await pairsOf({ ...base, rules: { exclusions: [['Y', 'X']] } })).toEqual(['a-z1', 'b-z1']);
  });

  it('never uses a forbidden pair', async () => {
    const input = {
      mentees: [mentee('a', 'X')],
      mentors: [mentor('m1', 'Y'), mentor('m2', 'Z')],
      scores: [score('a', 'm1', 100), score('a', 'm2', 1)],
      rules: { forbidden: [{ menteeId: 'a', mentorId: 'm1' }] },
    };
    expect(await pairsOf(input)).toEqual(['a-m2']);
  });

  it('keeps every pin even when it lowers the total', async () => {
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('m1', 'Y'), mentor('m2', 'Z')],
      scores: [score('a', 'm1', 10), score('a', 'm2', 1), score('b', 'm1', 1), score('b', 'm2', 1)],
      rules: { pins: [{ menteeId: 'b', mentorId: 'm1' }] },
    };
    const result = await matchTandems(input);
    expect(result.pairs.map((p) => `${p.menteeId}-${p.mentorId}-${p.pinned}`)).toEqual([
      'a-m2-false',
      'b-m1-true',
    ]);
  });

  it('respects capacity, including capacity 0', async () => {
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X'), mentee('c', 'X')],
      mentors: [mentor('m1', 'Y', 2), mentor('m2', 'Y', 0)],
      scores: ['a', 'b', 'c'].flatMap((id) => [score(id, 'm1', 5), score(id, 'm2', 9)]),
    };
    const result = await matchTandems(input);
    expect(result.matched).toBe(2);
    expect(result.pairs.every((p) => p.mentorId === 'm1')).toBe(true);
  });

  it('matches as many mentees as possible before maximising the score', async () => {
    // Greedy takes a-m1 (100) and leaves b out; the optimum matches both for 2.
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('m1', 'Y'), mentor('m2', 'Y')],
      scores: [score('a', 'm1', 100), score('a', 'm2', 1), score('b', 'm1', 1)],
    };
    const result = await matchTandems(input);
    expect(result.matched).toBe(2);
    expect(result.totalScore).toBe(2);
  });

  it('treats a required language and a hard gender preference as rules, a soft one as a score', async () => {
    const mentors = [
      mentor('de', 'Y', 1, { languages: ['German'], gender: 'male' }),
      mentor('en', 'Z', 1, { languages: ['English'], gender: 'female' }),
    ];
    const needsGerman = mentee('a', 'X', { requiredLanguage: 'german', languages: ['English'] });
    expect(await pairsOf({ mentees: [needsGerman], mentors })).toEqual(['a-de']);
    const hard = mentee('b', 'X', { preferredMentorGender: 'Male', preferredMentorGenderStrength: 'hard' });
    expect(await pairsOf({ mentees: [hard], mentors: [mentors[1]!] })).toEqual([]);
    const soft = mentee('c', 'X', { preferredMentorGender: 'male' });
    expect(await pairsOf({ mentees: [soft], mentors: [mentors[1]!] })).toEqual(['c-en']);
  });
});

describe('exact decimal scores', () => {
  it('sums decimals exactly: 0.1 + 0.2 beats 0.3 only by the matched count, then ties exactly', async () => {
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('m1', 'Y'), mentor('m2', 'Y')],
      scores: [score('a', 'm1', 0.1), score('b', 'm2', 0.2), score('a', 'm2', 0.300001)],
    };
    const result = await matchTandems(input);
    expect(result.totalScoreText).toBe('0.3');
    expect(result.matched).toBe(2);
    const single = await matchTandems({
      ...input,
      mentees: [input.mentees[0]!],
      scores: input.scores.filter((s) => s.menteeId === 'a'),
    });
    expect(single.totalScoreText).toBe('0.300001');
  });
});

describe('errors', () => {
  it('rejects duplicate ids', async () => {
    const e = await errorOf({ mentees: [mentee('a', 'X'), mentee('a', 'Y')], mentors: [mentor('m', 'Z')] });
    expect(e.code).toBe('duplicate-id');
    expect(e.message).toContain('"a"');
  });

  it('rejects a negative or fractional capacity', async () => {
    expect((await errorOf({ mentees: [], mentors: [mentor('m', 'Z', -1)] })).code).toBe('invalid-capacity');
    expect((await errorOf({ mentees: [], mentors: [mentor('m', 'Z', 1.5)] })).code).toBe('invalid-capacity');
  });

  it('rejects unknown ids in scores, pins and forbidden pairs', async () => {
    const base = { mentees: [mentee('a', 'X')], mentors: [mentor('m', 'Y')] };
    expect((await errorOf({ ...base, scores: [score('zz', 'm', 1)] })).code).toBe('unknown-id');
    expect((await errorOf({ ...base, rules: { pins: [{ menteeId: 'a', mentorId: 'zz' }] } })).code).toBe(
      'unknown-id',
    );
    expect((await errorOf({ ...base, rules: { forbidden: [{ menteeId: 'q', mentorId: 'm' }] } })).code).toBe(
      'unknown-id',
    );
  });

  it('rejects negative, non-finite and over-precise scores', async () => {
    const base = { mentees: [mentee('a', 'X')], mentors: [mentor('m', 'Y')] };
    for (const bad of [-1, Number.NaN, 0.1234567]) {
      expect((await errorOf({ ...base, scores: [score('a', 'm', bad)] })).code).toBe('invalid-score');
    }
  });

  it('names an impossible pin: a broken rule, two mentors, or more pins than places', async () => {
    const base = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('same', 'X'), mentor('m', 'Y')],
    };
    const sameOrg = await errorOf({ ...base, rules: { pins: [{ menteeId: 'a', mentorId: 'same' }] } });
    expect(sameOrg.code).toBe('impossible-pin');
    expect(sameOrg.message).toContain('a → same');
    expect(sameOrg.message).toContain('same organisation');
    const twice = await errorOf({
      ...base,
      rules: {
        pins: [
          { menteeId: 'a', mentorId: 'm' },
          { menteeId: 'b', mentorId: 'm' },
        ],
      },
    });
    expect(twice.message).toContain('capacity 1');
    const forbidden = await errorOf({
      ...base,
      rules: { pins: [{ menteeId: 'a', mentorId: 'm' }], forbidden: [{ menteeId: 'a', mentorId: 'm' }] },
    });
    expect(forbidden.message).toContain('forbidden');
  });

  it('reports reciprocity infeasible, naming the organisations out of balance', async () => {
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('y', 'Y', 2), mentor('x', 'X')],
      rules: {
        reciprocityTolerance: 1,
        pins: [
          { menteeId: 'a', mentorId: 'y' },
          { menteeId: 'b', mentorId: 'y' },
        ],
      },
    };
    const e = await errorOf(input);
    expect(e.code).toBe('reciprocity-infeasible');
    expect([...e.subjects].sort()).toEqual(['X', 'Y']);
  });

  it('rejects stable mode with reciprocity and an unknown mode', async () => {
    const input = { mentees: [], mentors: [], rules: { reciprocityTolerance: 0 } };
    await expect(matchTandems(input, { mode: 'stable' })).rejects.toMatchObject({ code: 'invalid-option' });
    await expect(
      matchTandems({ mentees: [], mentors: [] }, { mode: 'greedy' as 'stable' }),
    ).rejects.toMatchObject({
      code: 'invalid-option',
    });
  });

  it('rejects negative weights', async () => {
    await expect(matchTandems({ mentees: [], mentors: [], weights: { topics: -1 } })).rejects.toMatchObject({
      code: 'invalid-option',
    });
  });
});

describe('score model', () => {
  const anna = mentee('anna', 'Bank', {
    topics: ['Negotiation', 'leading teams', 'finance'],
    seniority: 2,
    languages: ['German', 'English'],
    location: 'Berlin',
    remote: 'either',
    preferredMentorGender: 'female',
    industry: 'banking',
  });
  const greta = mentor('greta', 'Retail', 1, {
    topics: ['negotiation', 'Leading Teams'],
    seniority: 4,
    languages: ['German'],
    location: 'berlin',
    remote: 'in-person',
    gender: 'female',
    industry: 'retail',
  });

  it('gives each criterion weight × fraction and explains the top contributions in words', async () => {
    const result = await matchTandems({ mentees: [anna], mentors: [greta] }, { explain: true });
    const pair = result.pairs[0]!;
    const points = Object.fromEntries(pair.contributions.map((c) => [c.criterion, c.points]));
    expect(points).toEqual({
      topics: 26.67, // 2 of 3 goals × 40
      seniority: 20, // gap 2 is the ideal gap
      language: 10,
      location: 10,
      gender: 10,
      industry: 10,
    });
    expect(pair.scoreText).toBe('86.67');
    expect(pair.reasons).toEqual([
      'shares goals: Negotiation, leading teams',
      '2 levels more senior',
      'both speak German',
    ]);
  });

  it('follows configured weights, ideal gap and industry preference', async () => {
    const result = await matchTandems({
      mentees: [anna],
      mentors: [greta],
      weights: { topics: 0, idealSeniorityGap: 1, preferDifferentIndustry: false },
    });
    const points = Object.fromEntries(result.pairs[0]!.contributions.map((c) => [c.criterion, c.points]));
    expect(points.topics).toBe(0);
    expect(points.seniority).toBe(10); // gap 2, ideal 1: 1 − 1/2
    expect(points.industry).toBe(0);
    expect(DEFAULT_WEIGHTS.topics).toBe(40);
  });

  it('gives no seniority points when the mentor is not more senior', async () => {
    const junior = mentor('j', 'Retail', 1, { seniority: 2 });
    const result = await matchTandems({ mentees: [anna], mentors: [junior] });
    expect(result.pairs[0]!.contributions.find((c) => c.criterion === 'seniority')!.points).toBe(0);
  });
});

describe('explanations of unmatched mentees', () => {
  it('names languages given as codes and lists a shared goal once', async () => {
    const result = await matchTandems(
      {
        mentees: [mentee('a', 'X', { topics: ['negotiation', 'Negotiation'], languages: ['de', 'en'] })],
        mentors: [mentor('m', 'Y', 1, { topics: ['negotiation'], languages: ['de'] })],
      },
      { explain: true },
    );
    expect(result.pairs[0]!.reasons).toEqual(
      expect.arrayContaining(['shares goals: negotiation', 'both speak German']),
    );
  });

  it('says when reciprocity, not a better total, keeps a mentee unmatched', async () => {
    // Matching a alone would leave X one mentee over and Y one place over: tolerance 0 forbids it.
    const result = await matchTandems(
      { mentees: [mentee('a', 'X')], mentors: [mentor('m', 'Y')], rules: { reciprocityTolerance: 0 } },
      { explain: true },
    );
    expect(result.matched).toBe(0);
    expect(result.unmatched[0]!.reasons[0]).toBe(
      'matching them would break the reciprocity balance (tolerance 0), although mentor m has a free place',
    );
  });

  it('in stable mode says the places went to mentees the mentors score higher', async () => {
    const result = await matchTandems(
      {
        mentees: [mentee('a', 'X', { topics: ['negotiation'] }), mentee('b', 'X', { topics: ['sales'] })],
        mentors: [mentor('m', 'Y', 1, { topics: ['negotiation'] })],
      },
      { explain: true, mode: 'stable' },
    );
    expect(result.unmatched.map((u) => [u.menteeId, u.reasons[0]])).toEqual([
      ['b', "every eligible mentor's places went to mentees they score higher (stable mode)"],
    ]);
  });

  it('lists the rules that excluded every mentor', async () => {
    const result = await matchTandems(
      {
        mentees: [mentee('a', 'X', { requiredLanguage: 'German' })],
        mentors: [mentor('m1', 'X'), mentor('m2', 'Y'), mentor('m3', 'Z', 1, { languages: ['German'] })],
        rules: { exclusions: [['X', 'Z']] },
      },
      { explain: true },
    );
    expect(result.unmatched[0]!.reasons[0]).toBe(
      'no eligible mentor at all: same organisation (1 mentor); does not speak the required language (1 mentor); excluded organisation pair (1 mentor)',
    );
  });

  it('names the best alternative and what it would cost', async () => {
    const result = await matchTandems(
      {
        mentees: [mentee('a', 'X'), mentee('b', 'X')],
        mentors: [mentor('m', 'Y')],
        scores: [score('a', 'm', 7.5), score('b', 'm', 5)],
      },
      { explain: true },
    );
    expect(result.unmatched).toEqual([
      {
        menteeId: 'b',
        reasons: [
          "every eligible mentor's places are taken by a better total",
          'best alternative: mentor m, which would lower the total score by 2.5; mentee a would be unmatched instead',
        ],
      },
    ]);
  });
});

describe('stable mode', () => {
  it('reports the optimal assignment and its blocking pairs next to the stable one', async () => {
    // a and b both like m1 best; the optimum gives m1 to b for the larger total, which a and m1 would block.
    const input = {
      mentees: [mentee('a', 'X'), mentee('b', 'X')],
      mentors: [mentor('m1', 'Y'), mentor('m2', 'Y')],
      scores: [score('a', 'm1', 10), score('a', 'm2', 9), score('b', 'm1', 9), score('b', 'm2', 1)],
    };
    const result = await matchTandems(input, { mode: 'stable' });
    expect(result.pairs.map((p) => `${p.menteeId}-${p.mentorId}`)).toEqual(['a-m1', 'b-m2']);
    expect(result.blockingPairs).toBe(0);
    expect(result.totalScore).toBe(11);
    expect(result.optimalComparison).toEqual({ matched: 2, totalScore: 18, blockingPairs: 1 });
  });
});
