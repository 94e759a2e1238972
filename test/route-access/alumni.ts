import { participantsOnly } from '../../src/shared/contract/access.ts';
import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import { type Consortium, createAccount, createCycle, createParticipant } from '../factories.ts';
import { atTheDoor, coordinatorOnly, json, type RouteCase, tandemOf } from './shared.ts';

// Route matrix entries for alumni. A's mentee becomes an alumna (a closed cycle of her own with a
// tandem); A's mentor stays none, so the directory answers her 200 and him 404. These entries run
// before the certificates' ones, which close cycles with A's mentor in a tandem: the check below
// fails loudly if that order changes.

/** A closed cycle of its own in which `personId` had a published tandem in `role`, with a fresh partner of B. */
async function closedTandemOf(
  t: TestApp,
  c: Consortium,
  n: number,
  personId: string,
  role: 'mentor' | 'mentee',
) {
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `Alumni cycle ${n}`);
  const partner = await createParticipant(t.db, {
    cycleId,
    organisationId: c.organisationB,
    role: role === 'mentor' ? 'mentee' : 'mentor',
    name: `Partner ${n}`,
    email: `partner${n}@beta.example`,
  });
  const own = await t.db
    .insertInto('participants')
    .values({
      cycle_id: cycleId,
      person_id: personId,
      role,
      goals: '',
      expertise: 'Negotiation',
      capacity: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [menteeId, mentorId] =
    role === 'mentee' ? [own.id, partner.participantId] : [partner.participantId, own.id];
  await tandemOf(t, { ...c, cycleId }, menteeId, mentorId);
  await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', cycleId).execute();
  await mentorAIsNoAlumnus(t, c);
  return cycleId;
}

async function mentorAIsNoAlumnus(t: TestApp, c: Consortium) {
  const closed = await t.db
    .selectFrom('participants as p')
    .innerJoin('cycles as cy', 'cy.id', 'p.cycle_id')
    .innerJoin('tandems as tn', (j) => j.onRef('tn.mentor_id', '=', 'p.id'))
    .select('p.id')
    .where('p.person_id', '=', c.mentorA.personId)
    .where('cy.status', '=', 'closed')
    .executeTakeFirst();
  if (closed) throw new Error('A’s mentor must be no alumnus when the alumni entries run');
}

/** A's mentee invited to a fresh cycle in draft, as an alumni mentor of a closed cycle. */
async function invitationOfMenteeA(t: TestApp, c: Consortium, n: number) {
  await closedTandemOf(t, c, n, c.menteeA.personId, 'mentor');
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `Next cycle ${n}`);
  const row = await t.db
    .insertInto('alumni_invitations')
    .values({
      cycle_id: cycleId,
      person_id: c.menteeA.personId,
      invited_by: c.accounts.coordinator,
      created_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An alumni mentor of B with an account, and a fresh cycle in draft both organisations take part in. */
async function invitableMentor(t: TestApp, c: Consortium, n: number) {
  const closedCycle = await createCycle(t.db, [c.organisationA, c.organisationB], `Alumni cycle ${n}`);
  const mentor = await createParticipant(t.db, {
    cycleId: closedCycle,
    organisationId: c.organisationB,
    role: 'mentor',
    name: `Alumna ${n}`,
    email: `alumna${n}@beta.example`,
  });
  const mentee = await createParticipant(t.db, {
    cycleId: closedCycle,
    organisationId: c.organisationA,
    role: 'mentee',
    name: `Former Mentee ${n}`,
    email: `former${n}@alpha.example`,
  });
  await tandemOf(t, { ...c, cycleId: closedCycle }, mentee.participantId, mentor.participantId);
  await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', closedCycle).execute();
  await createAccount(t.db, {
    email: `alumna${n}@beta.example`,
    name: `Alumna ${n}`,
    role: 'participant',
    personId: mentor.personId,
  });
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `Next cycle ${n}`);
  return { cycleId, personId: mentor.personId };
}

/** Alumni only: A's mentee (an alumna) in, A's mentor (none) 404, contacts kept out at the door. */
const alumniOnly = { ...atTheDoor(participantsOnly, 200), mentorA: 404 };

export const alumniRoutes = {
  listAlumni: {
    request: async (t, c, n) => {
      await closedTandemOf(t, c, n, c.menteeA.personId, 'mentee');
      return { url: '/api/v1/alumni?q=a' };
    },
    expect: { ...alumniOnly, coordinator: 200 },
  },
  getMyAlumni: {
    request: async () => ({ url: '/api/v1/me/alumni' }),
    expect: atTheDoor(participantsOnly, 200),
  },
  saveMyDirectoryEntry: {
    request: async (t, c, n) => {
      await closedTandemOf(t, c, n, c.menteeA.personId, 'mentee');
      return {
        url: '/api/v1/me/alumni/directory-entry',
        ...json({ showOrganisation: true, showTopics: false }),
      };
    },
    expect: alumniOnly,
  },
  removeMyDirectoryEntry: {
    request: async () => ({ url: '/api/v1/me/alumni/directory-entry' }),
    expect: atTheDoor(participantsOnly, 200),
  },
  listAlumniMentors: {
    request: async (t, c, n) => {
      const { cycleId } = await invitableMentor(t, c, n);
      return { url: `/api/v1/cycles/${cycleId}/alumni-mentors` };
    },
    expect: coordinatorOnly(200),
  },
  inviteAlumniMentors: {
    request: async (t, c, n) => {
      const { cycleId, personId } = await invitableMentor(t, c, n);
      return { url: `/api/v1/cycles/${cycleId}/alumni-invitations`, ...json({ personIds: [personId] }) };
    },
    expect: coordinatorOnly(200),
  },
  acceptAlumniInvitation: {
    request: async (t, c, n) => ({
      url: `/api/v1/alumni-invitations/${await invitationOfMenteeA(t, c, n)}/accept`,
    }),
    expect: alumniOnly,
  },
  declineAlumniInvitation: {
    request: async (t, c, n) => ({
      url: `/api/v1/alumni-invitations/${await invitationOfMenteeA(t, c, n)}/decline`,
    }),
    expect: alumniOnly,
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
