// The rule "never pair two people who were a tandem before", as a property of the engine's input:
// over random histories of tandems among random people (earlier cycles, any status; this cycle's
// own tandems, dissolved or active), the input built for a new cycle forbids exactly the pairs of
// its participations whose people were a tandem before, in either role, while the rule is on, and
// none while it is off; and the engine matches no such pair.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { matchTandems } from '../../../core/matching/index.ts';
import { loadCycleForMatching } from './cycle-input.ts';

type Role = 'mentee' | 'mentor' | null;

interface History {
  organisations: number[];
  /** Each earlier cycle: every person's role in it (null: not taking part). */
  earlier: { roles: Role[]; tandems: { mentee: number; mentor: number; dissolved: boolean }[] }[];
  /** The new cycle: roles, and tandems of its own (a dissolved one counts as before, an active one not). */
  current: { roles: Role[]; tandems: { mentee: number; mentor: number; dissolved: boolean }[] };
  /** null: the cycle has no saved rules (the default); else the rule as saved. */
  neverPairAgain: boolean | null;
}

const role = fc.constantFrom<Role>('mentee', 'mentor', null);

/** Tandems between the cycle's mentees and mentors, picked from the index pairs given. */
function tandemsOf(
  roles: Role[],
  picks: { a: number; b: number; dissolved: boolean }[],
): { mentee: number; mentor: number; dissolved: boolean }[] {
  const mentees = roles.flatMap((r, i) => (r === 'mentee' ? [i] : []));
  const mentors = roles.flatMap((r, i) => (r === 'mentor' ? [i] : []));
  if (mentees.length === 0 || mentors.length === 0) return [];
  // A mentee has one active tandem at most: a later one of theirs was dissolved.
  const active = new Set<number>();
  return picks.map((p) => {
    const mentee = mentees[p.a % mentees.length]!;
    const dissolved = p.dissolved || active.has(mentee);
    if (!dissolved) active.add(mentee);
    return { mentee, mentor: mentors[p.b % mentors.length]!, dissolved };
  });
}

const picks = fc.array(fc.record({ a: fc.nat(20), b: fc.nat(20), dissolved: fc.boolean() }), {
  maxLength: 6,
});

const history: fc.Arbitrary<History> = fc.integer({ min: 2, max: 8 }).chain((people) => {
  const roles = fc.array(role, { minLength: people, maxLength: people });
  const cycle = fc
    .record({ roles, picks })
    .map(({ roles: r, picks: p }) => ({ roles: r, tandems: tandemsOf(r, p) }));
  return fc.record({
    organisations: fc.array(fc.nat(2), { minLength: people, maxLength: people }),
    earlier: fc.array(cycle, { minLength: 0, maxLength: 3 }),
    current: cycle,
    neverPairAgain: fc.constantFrom<boolean | null>(true, false, null),
  });
});

/** The pairs (mentee person > mentor person) of the new cycle the rule keeps apart, worked out by hand. */
function expectedFormerPairs(h: History): Set<string> {
  const before = [...h.earlier.flatMap((c) => c.tandems), ...h.current.tandems.filter((t) => t.dissolved)];
  const roles = h.current.roles;
  const pairs = new Set<string>();
  for (const t of before) {
    for (const [a, b] of [
      [t.mentee, t.mentor],
      [t.mentor, t.mentee],
    ] as const) {
      if (roles[a] === 'mentee' && roles[b] === 'mentor') pairs.add(`${a}>${b}`);
    }
  }
  return pairs;
}

let database: TestDatabase;
let organisationIds: string[];
let run = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .insertInto('organisations')
    .values(
      ['Alpha', 'Beta', 'Gamma'].map((name) => ({ name, industry: 'Banking', size: '250-999', website: '' })),
    )
    .returning('id')
    .execute();
  organisationIds = rows.map((r) => r.id);
});
afterAll(() => database.close());

/** Writes the history into a fresh set of people and cycles; answers the new cycle and person by participation. */
async function write(h: History) {
  const db = database.db;
  run++;
  const people = await db
    .insertInto('people')
    .values(
      h.organisations.map((o, i) => ({
        organisation_id: organisationIds[o]!,
        email: `p${i}.run${run}@example.org`,
        name: `Person ${i} of run ${run}`,
        languages: ['en'],
      })),
    )
    .returning('id')
    .execute();
  const newCycle = async (roles: Role[], tandems: History['current']['tandems']) => {
    const { id: cycleId } = await db
      .insertInto('cycles')
      .values({ name: `Cycle of run ${run}`, starts_on: '2027-01-15', ends_on: '2027-12-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const taking = roles.flatMap((r, i) => (r ? [{ person: i, role: r }] : []));
    const participation = new Map<number, string>();
    if (taking.length > 0) {
      const rows = await db
        .insertInto('participants')
        .values(
          taking.map((p) => ({
            cycle_id: cycleId,
            person_id: people[p.person]!.id,
            role: p.role,
            goals: 'negotiation',
            capacity: 1,
          })),
        )
        .returning(['id', 'person_id'])
        .execute();
      for (const row of rows)
        participation.set(
          people.findIndex((p) => p.id === row.person_id),
          row.id,
        );
    }
    if (tandems.length > 0) {
      await db
        .insertInto('tandems')
        .values(
          tandems.map((t) => ({
            cycle_id: cycleId,
            mentee_id: participation.get(t.mentee)!,
            mentor_id: participation.get(t.mentor)!,
            score: 1,
            reasons: [],
            dissolved_at: t.dissolved ? new Date('2027-03-01T00:00:00Z') : null,
            dissolved_reason: t.dissolved ? 'moved on' : null,
          })),
        )
        .execute();
    }
    return { cycleId, participation };
  };
  for (const c of h.earlier) await newCycle(c.roles, c.tandems);
  const current = await newCycle(h.current.roles, h.current.tandems);
  if (h.neverPairAgain !== null) {
    await db
      .insertInto('cycle_rules')
      .values({ cycle_id: current.cycleId, reciprocity_tolerance: null, never_pair_again: h.neverPairAgain })
      .execute();
  }
  const personOf = new Map([...current.participation].map(([person, id]) => [id, person]));
  return { cycleId: current.cycleId, personOf };
}

describe('never pair again, in the engine input', () => {
  it('forbids exactly the former tandems while on, none while off, and the engine matches none of them', async () => {
    await fc.assert(
      fc.asyncProperty(history, async (h) => {
        const { cycleId, personOf } = await write(h);
        const data = await loadCycleForMatching(database.db, cycleId);
        const byPeople = (p: { menteeId: string; mentorId: string }) =>
          `${personOf.get(p.menteeId)}>${personOf.get(p.mentorId)}`;
        const forbidden = (data.input.rules?.forbidden ?? []).map(byPeople);
        const former = expectedFormerPairs(h);
        const on = h.neverPairAgain !== false;
        // Each pair once, and exactly the former tandems (the cycle forbids nothing else).
        expect(new Set(forbidden).size).toBe(forbidden.length);
        expect(new Set(forbidden)).toEqual(on ? former : new Set());
        expect(data.formerTandems.length).toBe(on ? former.size : 0);

        const result = await matchTandems(data.input);
        const matched = result.pairs.map(byPeople);
        if (on) for (const pair of matched) expect(former.has(pair), pair).toBe(false);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
