import type { InjectOptions } from 'fastify';
import * as door from '../../src/shared/contract/access.ts';
import type { AccountRole } from '../../src/shared/contract/auth.ts';
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

/** Each kind of caller's role; the anonymous caller has none. */
export const roleOf: Record<Caller, AccountRole | null> = {
  anonymous: null,
  coordinator: 'coordinator',
  contactA: 'organisation_contact',
  contactB: 'organisation_contact',
  mentorA: 'participant',
  menteeA: 'participant',
};

/**
 * What each caller gets from a route open to `access`: `status` for those let in at the door,
 * 401 for the anonymous caller and 403 for a role kept out. The role lists are the contract's.
 */
export function atTheDoor(access: door.Access, status: number): Expectation {
  const expectation = {} as Expectation;
  for (const caller of callers) {
    expectation[caller] = door.allows(access, roleOf[caller]) ? status : caller === 'anonymous' ? 401 : 403;
  }
  return expectation;
}

export const everyone = (status: number) => atTheDoor(door.everyone, status);
export const signedIn = (status: number) => atTheDoor(door.signedIn, status);
export const coordinatorOnly = (status: number) => atTheDoor(door.coordinatorOnly, status);
export const staff = (status: number) => atTheDoor(door.staff, status);
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

/** The version a participant presents now (person and participation), as a form would have read it. */
export async function participantVersion(t: TestApp, participantId: string): Promise<number> {
  const row = await t.db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['p.version as participation', 'pe.version as person'])
    .where('p.id', '=', participantId)
    .executeTakeFirstOrThrow();
  return row.participation + row.person;
}

type VersionedTable = 'organisations' | 'cycles' | 'surveys';

/** The saved version of an organisation, cycle or survey, as a form would have read it. */
export async function versionOf(t: TestApp, table: VersionedTable, id: string): Promise<number> {
  const row = await t.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return row.version;
}

/** The saved questionnaire's version, 0 while the defaults stand. */
export async function questionnaireVersion(t: TestApp, cycleId: string): Promise<number> {
  const row = await t.db
    .selectFrom('cycle_questionnaires')
    .select('version')
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  return row?.version ?? 0;
}
