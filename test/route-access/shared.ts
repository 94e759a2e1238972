import type { InjectOptions } from 'fastify';
import type { TestApp } from '../build-test-app.ts';
import { type Consortium, createCycle, createParticipant } from '../factories.ts';

/**
 * The route authorization matrix. Every registered route must have an entry here (the test fails
 * for a route without one), and each entry says what every kind of caller gets when it touches
 * organisation A's objects: anonymous, the coordinator, A's contact (own organisation), B's
 * contact (another organisation), and a mentor and a mentee of A.
 */
export type Caller = 'anonymous' | 'coordinator' | 'contactA' | 'contactB' | 'mentorA' | 'menteeA';
export const callers: Caller[] = ['anonymous', 'menteeA', 'mentorA', 'contactB', 'contactA', 'coordinator'];
export type Expectation = Record<Caller, number>;

export interface RouteCase {
  /** Builds a fresh request for one caller, creating whatever target object it needs. */
  request: (t: TestApp, c: Consortium, n: number) => Promise<Omit<InjectOptions, 'method'>>;
  expect: Expectation;
}

export const everyone = (status: number): Expectation => ({
  anonymous: status,
  coordinator: status,
  contactA: status,
  contactB: status,
  mentorA: status,
  menteeA: status,
});
export const signedIn = (status: number): Expectation => ({ ...everyone(status), anonymous: 401 });
export const coordinatorOnly = (status: number): Expectation => ({
  anonymous: 401,
  coordinator: status,
  contactA: 403,
  contactB: 403,
  mentorA: 403,
  menteeA: 403,
});
export const staff = (status: number): Expectation => ({
  ...coordinatorOnly(status),
  contactA: status,
  contactB: status,
});
/** Staff, where B's contact meets A's object and must get 404 as if it did not exist. */
export const staffOwnOrganisation = (status: number): Expectation => ({ ...staff(status), contactB: 404 });

export const json = (payload: unknown) => ({ payload: payload as InjectOptions['payload'] });
export const freshEmail = (n: number) => `fresh${n}@alpha.example`;

export async function freshPerson(t: TestApp, c: Consortium, n: number) {
  return createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationA,
    role: 'mentee',
    name: `Fresh Person ${n}`,
    email: freshEmail(n),
  });
}

export async function freshMentorB(t: TestApp, c: Consortium, n: number) {
  return createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: `Fresh Mentor ${n}`,
    email: `mentor${n}@beta.example`,
  });
}

export async function tandemOf(t: TestApp, c: Consortium, menteeId: string, mentorId: string) {
  const row = await t.db
    .insertInto('tandems')
    .values({ cycle_id: c.cycleId, mentee_id: menteeId, mentor_id: mentorId, score: 50, reasons: ['test'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A tandem of A's mentee and A's mentor in a cycle of its own (so each request gets a fresh one):
 * both callers are in it, and everyone else must be refused. Same-organisation pairs never come out
 * of matching; here the pair only has to put both participant callers inside one tandem.
 */
export async function ownTandem(t: TestApp, c: Consortium, n: number) {
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `Tandem cycle ${n}`);
  const [mentee, mentor] = await t.db
    .insertInto('participants')
    .values([
      {
        cycle_id: cycleId,
        person_id: c.menteeA.personId,
        role: 'mentee',
        goals: '',
        expertise: '',
        capacity: 1,
      },
      {
        cycle_id: cycleId,
        person_id: c.mentorA.personId,
        role: 'mentor',
        goals: '',
        expertise: '',
        capacity: 1,
      },
    ])
    .returning('id')
    .execute();
  const tandemId = await tandemOf(t, { ...c, cycleId }, mentee!.id, mentor!.id);
  return { cycleId, tandemId, menteeId: mentee!.id, mentorId: mentor!.id };
}
