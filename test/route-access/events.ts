import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import { type Consortium, createCycle } from '../factories.ts';
import { atTheDoor, coordinatorOnly, json, type RouteCase, staffOwnOrganisation } from './shared.ts';

const registrants = ['participant', 'organisation_contact'] as const;

/**
 * An event open to everyone in a cycle of A's alone, with A's mentee and mentor taking part: B's
 * contact, whose organisation is not in it, meets 404. `past` puts it a week before the test's now
 * (attendance is marked after the start); `registered` registers A's mentee, mentor and contact.
 */
async function eventOfA(
  t: TestApp,
  c: Consortium,
  n: number,
  options: { past?: boolean; registered?: boolean } = {},
) {
  const cycleId = await createCycle(t.db, [c.organisationA], `Event cycle ${n}`);
  const [mentee, mentor] = await t.db
    .insertInto('participants')
    .values(
      (['mentee', 'mentor'] as const).map((role) => ({
        cycle_id: cycleId,
        person_id: role === 'mentee' ? c.menteeA.personId : c.mentorA.personId,
        role,
        goals: '',
        expertise: '',
        capacity: 1,
      })),
    )
    .returning('id')
    .execute();
  const now = t.clock.now().getTime();
  const day = 86_400_000;
  const startsAt = new Date(options.past ? now - 7 * day : now + 30 * day);
  const { id } = await t.db
    .insertInto('events')
    .values({
      cycle_id: cycleId,
      title: `Workshop ${n}`,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
      time_zone: 'Europe/Berlin',
      audience: 'everyone',
      capacity: 20,
      registration_deadline: new Date(startsAt.getTime() - day),
      ical_uid: `route-${n}-${Math.random()}@test`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.registered) {
    await t.db
      .insertInto('event_registrations')
      .values(
        [
          { account: c.accounts.menteeA, participant: mentee!.id },
          { account: c.accounts.mentorA, participant: mentor!.id },
          { account: c.accounts.contactA, participant: null },
        ].map((r) => ({
          event_id: id,
          account_id: r.account,
          organisation_id: c.organisationA,
          participant_id: r.participant,
          status: 'registered' as const,
          registered_at: new Date(startsAt.getTime() - 10 * day),
        })),
      )
      .execute();
  }
  return { cycleId, eventId: id };
}

const eventInput = {
  title: 'Negotiation workshop',
  description: 'Bring a case.',
  startsAtLocal: '2027-03-04T17:00',
  endsAtLocal: '2027-03-04T19:00',
  timeZone: 'Europe/Berlin',
  audience: 'mentees',
  capacity: 12,
  registrationDeadlineLocal: '2027-02-25T17:00',
};

async function eventVersion(t: TestApp, eventId: string) {
  const row = await t.db
    .selectFrom('events')
    .select('version')
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  return row.version;
}

/** Route matrix entries for the programme's events. */
export const eventRoutes = {
  listCycleEvents: {
    request: async (t, c, n) => ({ url: `/api/v1/cycles/${(await eventOfA(t, c, n)).cycleId}/events` }),
    expect: staffOwnOrganisation(200),
  },
  createEvent: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await eventOfA(t, c, n)).cycleId}/events`,
      ...json(eventInput),
    }),
    expect: coordinatorOnly(201),
  },
  addDefaultEventPlan: {
    request: async (t, c, n) => {
      const { cycleId } = await eventOfA(t, c, n);
      await t.db.deleteFrom('events').where('cycle_id', '=', cycleId).execute();
      return { url: `/api/v1/cycles/${cycleId}/events/default-plan` };
    },
    expect: coordinatorOnly(201),
  },
  updateEvent: {
    request: async (t, c, n) => {
      const { eventId } = await eventOfA(t, c, n);
      return {
        url: `/api/v1/events/${eventId}`,
        ...json({ ...eventInput, version: await eventVersion(t, eventId) }),
      };
    },
    expect: coordinatorOnly(200),
  },
  cancelEvent: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n, { registered: true })).eventId}/cancel`,
      ...json({ note: 'The room is no longer available.' }),
    }),
    expect: coordinatorOnly(200),
  },
  listEventRegistrations: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n, { registered: true })).eventId}/registrations`,
    }),
    expect: staffOwnOrganisation(200),
  },
  exportEventRegistrationsCsv: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n, { registered: true })).eventId}/registrations.csv`,
    }),
    expect: staffOwnOrganisation(200),
  },
  markEventAttendance: {
    request: async (t, c, n) => {
      const { eventId } = await eventOfA(t, c, n, { past: true, registered: true });
      const first = await t.db
        .selectFrom('event_registrations')
        .select('id')
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      return {
        url: `/api/v1/events/${eventId}/attendance`,
        ...json({ marks: [{ registrationId: first.id, attended: true }] }),
      };
    },
    expect: coordinatorOnly(200),
  },
  messageEventRegistrants: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n, { registered: true })).eventId}/message`,
      ...json({ subject: 'Room change', body: 'We meet in room 4.' }),
    }),
    expect: coordinatorOnly(200),
  },
  listMyEvents: {
    request: async () => ({ url: '/api/v1/me/events' }),
    expect: atTheDoor(registrants, 200),
  },
  registerForEvent: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n)).eventId}/registration`,
      ...json({ showToAttendees: true }),
    }),
    expect: { ...atTheDoor(registrants, 200), contactB: 404 },
  },
  unregisterFromEvent: {
    request: async (t, c, n) => ({
      url: `/api/v1/events/${(await eventOfA(t, c, n, { registered: true })).eventId}/registration`,
    }),
    expect: { ...atTheDoor(registrants, 200), contactB: 404 },
  },
  getEventCalendarFile: {
    request: async (t, c, n) => ({ url: `/api/v1/events/${(await eventOfA(t, c, n)).eventId}/calendar.ics` }),
    expect: { anonymous: 401, menteeA: 200, mentorA: 200, contactA: 200, contactB: 404, coordinator: 200 },
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
