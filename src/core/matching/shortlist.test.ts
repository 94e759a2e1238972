// Shortlists stand in for a whole scored row only where their bound proves that nobody off the list
// can come first. These tests hold them to that against whole rows, and check that the engine gives
// the same answers from profiles (with shortlists) as from every pair's score listed explicitly
// (where no shortlist is ever used).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowScorer } from './candidates.ts';
import { type ExplicitScore, forEachScoredPair, type MatchInput, matchTandems } from './index.ts';
import { buildProblem } from './problem.ts';
import { BestFirst, Shortlists } from './shortlist.ts';

const TOPICS = ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'];
const ORGS = ['o1', 'o2', 'o3', 'o4'];

const profile = (minTopics: number, maxTopics: number, topics = TOPICS, maxCapacity = 3) =>
  fc.record({
    organisation: fc.constantFrom(...ORGS),
    topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: minTopics, maxLength: maxTopics }),
    seniority: fc.integer({ min: 1, max: 6 }),
    languages: fc.subarray(['German', 'English', 'French'], { minLength: 1 }),
    location: fc.constantFrom('Berlin', 'Paris', 'Vienna'),
    remote: fc.constantFrom('in-person' as const, 'remote' as const, 'either' as const),
    gender: fc.constantFrom('female', 'male'),
    industry: fc.constantFrom('banking', 'retail', 'energy', 'health'),
    requiredLanguage: fc.option(fc.constantFrom('German', 'English'), { nil: undefined, freq: 8 }),
    preferred: fc.option(fc.constantFrom('female', 'male'), { nil: undefined, freq: 3 }),
    hard: fc.boolean(),
    capacity: fc.integer({ min: 1, max: maxCapacity }),
  });

function toPerson(p: {
  organisation: string;
  topics: string[];
  seniority: number;
  languages: string[];
  location: string;
  remote: 'in-person' | 'remote' | 'either';
  gender: string;
  industry: string;
  requiredLanguage: string | undefined;
  preferred: string | undefined;
  hard: boolean;
  capacity: number;
}) {
  return {
    organisation: p.organisation,
    profile: {
      topics: p.topics,
      seniority: p.seniority,
      languages: p.languages,
      requiredLanguage: p.requiredLanguage,
      location: p.location,
      remote: p.remote,
      gender: p.gender,
      preferredMentorGender: p.preferred,
      preferredMentorGenderStrength: p.hard ? ('hard' as const) : ('soft' as const),
      industry: p.industry,
    },
  };
}

/**
 * Programmes big enough for shortlists to pay off: many mentors, a few goals each. Crowded ones have
 * mentees who all want the same few topics from mentors with one place each, so many mentees end
 * far down their lists and the optimality check has work to do.
 */
const programmeOf = (crowded: boolean) =>
  fc
    .record({
      mentees: crowded
        ? fc.array(profile(2, 3, TOPICS.slice(0, 4), 1), { minLength: 30, maxLength: 60 })
        : fc.array(profile(2, 4), { minLength: 8, maxLength: 30 }),
      mentors: fc.array(profile(2, 4, TOPICS, crowded ? 1 : 3), { minLength: 60, maxLength: 120 }),
      exclude: fc.boolean(),
      forbidCells: fc.array(fc.nat(10_000), { maxLength: 20 }),
    })
    .map(({ mentees, mentors, exclude, forbidCells }): MatchInput => {
      const people = mentees.map((m, i) => ({ id: `me${String(i).padStart(3, '0')}`, ...toPerson(m) }));
      const givers = mentors.map((m, j) => ({
        id: `mo${String(j).padStart(3, '0')}`,
        capacity: m.capacity,
        ...toPerson(m),
      }));
      const forbidden = forbidCells.map((cell) => ({
        menteeId: people[cell % people.length]!.id,
        mentorId: givers[Math.floor(cell / people.length) % givers.length]!.id,
      }));
      return {
        mentees: people,
        mentors: givers,
        rules: { exclusions: exclude ? [['o1', 'o2']] : [], forbidden },
      };
    });
const programme = programmeOf(false);
const crowded = programmeOf(true);

function listedScores(input: MatchInput): ExplicitScore[] {
  const listed: ExplicitScore[] = [];
  forEachScoredPair(input, (p) =>
    listed.push({ menteeId: p.menteeId, mentorId: p.mentorId, score: Number(p.scoreText) }),
  );
  return listed;
}

describe('shortlists', () => {
  it('hold every allowed mentor scoring above their bound, scored as in the whole row, and no one else', () => {
    let used = 0;
    fc.assert(
      fc.property(programme, (input) => {
        const problem = buildProblem(input);
        const scorer = problem.scorer!;
        const shortlists = new Shortlists(problem, scorer);
        const rows = new RowScorer(problem, scorer);
        for (let i = 0; i < problem.mentees.length; i++) {
          for (const depth of [2, 3] as const) {
            const listed = shortlists.of(i, depth);
            if (listed < 0) continue;
            used++;
            const bound = shortlists.bound;
            const onList = new Map<number, number>();
            for (let q = 0; q < listed; q++) onList.set(shortlists.mentors[q]!, shortlists.scores[q]!);
            const row = rows.score(i);
            for (let j = 0; j < row.length; j++) {
              if (onList.has(j)) {
                expect(onList.get(j)).toBe(row[j]);
                expect(row[j]!).toBeGreaterThan(bound);
              } else expect(row[j]!).toBeLessThanOrEqual(bound);
            }
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
    // Most mentees must have had a shortlist, or this test proves nothing about them.
    expect(used).toBeGreaterThan(500);
  });

  it('leave stable mode exactly as from every pair listed with its score', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(programme, crowded), async (input) => {
        const fromProfiles = await matchTandems(input, { mode: 'stable' });
        const fromScores = await matchTandems({ ...input, scores: listedScores(input) }, { mode: 'stable' });
        const pairs = (r: typeof fromProfiles) => r.pairs.map((p) => `${p.menteeId}/${p.mentorId}`);
        expect(pairs(fromProfiles)).toEqual(pairs(fromScores));
        expect(fromProfiles.blockingPairs).toBe(0);
      }),
      { numRuns: 40, seed: 12 },
    );
  });

  it('leave the optimum exactly as from every pair listed with its score', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(programme, crowded), fc.integer({ min: 1, max: 6 }), async (input, k) => {
        const fromProfiles = await matchTandems(input, { candidatesPerMentee: k });
        const fromScores = await matchTandems({ ...input, scores: listedScores(input) });
        expect(fromProfiles.matched).toBe(fromScores.matched);
        expect(fromProfiles.totalScoreText).toBe(fromScores.totalScoreText);
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe('best first', () => {
  it('picks the best of a list as a full sort does: score first, then the lower mentor', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(5_000), { minLength: 0, maxLength: 400 }),
        fc.array(fc.nat(300), { minLength: 400, maxLength: 400 }),
        fc.integer({ min: 1, max: 200 }),
        (mentorList, scoreList, want) => {
          const mentors = Int32Array.from(mentorList);
          const scores = Int32Array.from(mentorList, (_, q) => scoreList[q]!);
          const expected = mentorList
            .map((j, q) => ({ j, s: scoreList[q]! }))
            .sort((a, b) => b.s - a.s || a.j - b.j)
            .slice(0, want);
          const picked = new BestFirst(300, 5_001).pick(mentors, scores, mentors.length, want);
          expect(Array.from(picked.mentors)).toEqual(expected.map((e) => e.j));
          expect(Array.from(picked.scores)).toEqual(expected.map((e) => e.s));
        },
      ),
      { numRuns: 300 },
    );
  });
});
