import type { Db } from '../src/server/db/database.ts';
import { insertAccount } from '../src/server/features/accounts/accounts.repository.ts';
import { startSession } from '../src/server/features/auth/auth.service.ts';
import { hashPassword } from '../src/server/features/auth/password.ts';
import { addCycleOrganisations, addCycleWithSurveys } from '../src/server/features/cycles/cycles.service.ts';
import { insertOrganisation } from '../src/server/features/organisations/organisations.repository.ts';
import {
  insertParticipations,
  insertPeople,
} from '../src/server/features/participants/participants.repository.ts';
import { SESSION_COOKIE } from '../src/server/http/authenticate.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;
function testPasswordHash() {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export async function createOrganisation(db: Db, name: string) {
  return insertOrganisation(db, { name, industry: 'Banking', size: '250-999', website: '' });
}

export async function createCycle(db: Db, organisationIds: string[], name = 'Cycle 2027') {
  return db.transaction().execute(async (trx) => {
    const id = await addCycleWithSurveys(trx, { name, startsOn: '2027-01-15', endsOn: '2027-12-15' });
    await addCycleOrganisations(trx, id, organisationIds);
    return id;
  });
}

export async function createParticipant(
  db: Db,
  values: { cycleId: string; organisationId: string; role: 'mentor' | 'mentee'; name: string; email: string },
) {
  const personIds = await insertPeople(db, [
    {
      organisationId: values.organisationId,
      email: values.email,
      name: values.name,
      jobTitle: values.role === 'mentor' ? 'Director' : 'Team Lead',
      seniority: values.role === 'mentor' ? 5 : 2,
      languages: ['de', 'en'],
      location: 'Berlin',
      gender: 'female',
    },
  ]);
  const personId = personIds.get(values.email)!;
  const [participantId] = await insertParticipations(db, [
    {
      cycleId: values.cycleId,
      personId,
      role: values.role,
      goals: 'negotiation',
      expertise: '',
      capacity: 1,
    },
  ]);
  return { personId, participantId: participantId! };
}

/** A published tandem of two participations, inserted as publication leaves it; dissolved when `dissolvedAt` is given. */
export async function createTandem(
  db: Db,
  values: {
    cycleId: string;
    menteeId: string;
    mentorId: string;
    publishedAt: Date;
    dissolvedAt?: Date | null;
    dissolvedReason?: string | null;
  },
) {
  const row = await db
    .insertInto('tandems')
    .values({
      cycle_id: values.cycleId,
      mentee_id: values.menteeId,
      mentor_id: values.mentorId,
      score: 50,
      reasons: [],
      published_at: values.publishedAt,
      dissolved_at: values.dissolvedAt ?? null,
      dissolved_reason: values.dissolvedReason ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function createAccount(
  db: Db,
  values: {
    email: string;
    name: string;
    role: 'coordinator' | 'organisation_contact' | 'participant';
    organisationId?: string;
    personId?: string;
  },
) {
  return insertAccount(db, { ...values, passwordHash: await testPasswordHash() });
}

export async function sessionCookie(db: Db, accountId: string, now: Date) {
  const token = await startSession(db, accountId, { ip: '127.0.0.1', userAgent: 'test' }, now);
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Two organisations in one cycle with every kind of actor: the coordinator, a contact of each
 * organisation, and a mentor and a mentee of organisation A. B's people exist to be refused.
 */
export async function createConsortium(db: Db, now: Date) {
  const organisationA = await createOrganisation(db, 'Alpha Bank');
  const organisationB = await createOrganisation(db, 'Beta Motors');
  const cycleId = await createCycle(db, [organisationA, organisationB]);
  const mentorA = await createParticipant(db, {
    cycleId,
    organisationId: organisationA,
    role: 'mentor',
    name: 'Mona Mentor',
    email: 'mona@alpha.example',
  });
  const menteeA = await createParticipant(db, {
    cycleId,
    organisationId: organisationA,
    role: 'mentee',
    name: 'Mia Mentee',
    email: 'mia@alpha.example',
  });
  const menteeB = await createParticipant(db, {
    cycleId,
    organisationId: organisationB,
    role: 'mentee',
    name: 'Ben Mentee',
    email: 'ben@beta.example',
  });
  const accounts = {
    coordinator: await createAccount(db, {
      email: 'coordinator@example.org',
      name: 'Carla Coordinator',
      role: 'coordinator',
    }),
    contactA: await createAccount(db, {
      email: 'hr@alpha.example',
      name: 'Anke Contact',
      role: 'organisation_contact',
      organisationId: organisationA,
    }),
    contactB: await createAccount(db, {
      email: 'hr@beta.example',
      name: 'Bernd Contact',
      role: 'organisation_contact',
      organisationId: organisationB,
    }),
    mentorA: await createAccount(db, {
      email: 'mona@alpha.example',
      name: 'Mona Mentor',
      role: 'participant',
      personId: mentorA.personId,
    }),
    menteeA: await createAccount(db, {
      email: 'mia@alpha.example',
      name: 'Mia Mentee',
      role: 'participant',
      personId: menteeA.personId,
    }),
  };
  const cookies = {
    coordinator: await sessionCookie(db, accounts.coordinator, now),
    contactA: await sessionCookie(db, accounts.contactA, now),
    contactB: await sessionCookie(db, accounts.contactB, now),
    mentorA: await sessionCookie(db, accounts.mentorA, now),
    menteeA: await sessionCookie(db, accounts.menteeA, now),
  };
  return { organisationA, organisationB, cycleId, mentorA, menteeA, menteeB, accounts, cookies };
}
export type Consortium = Awaited<ReturnType<typeof createConsortium>>;
