import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import type { Consortium } from '../factories.ts';
import { type Expectation, json, ownTandem, type RouteCase } from './shared.ts';

/**
 * Only the tandem's two members reach its meetings; staff of every kind get 404 as if the
 * meeting did not exist, and so would the members of any other tandem.
 */
const members = (status: number): Expectation => ({
  anonymous: 401,
  coordinator: 404,
  contactA: 404,
  contactB: 404,
  menteeA: status,
  mentorA: status,
});

const HOUR = 3_600_000;

/** A meeting in a fresh tandem of menteeA and mentorA, proposed by the mentee. */
async function meeting(
  t: TestApp,
  c: Consortium,
  n: number,
  values: { status?: 'proposed' | 'accepted'; startsInHours?: number } = {},
) {
  const tandem = await ownTandem(t, c, n);
  const row = await t.db
    .insertInto('meetings')
    .values({
      tandem_id: tandem.tandemId,
      ical_uid: `route-access-${n}@crossmentor`,
      starts_at: new Date(t.clock.now().getTime() + (values.startsInHours ?? 24 * 7) * HOUR),
      duration_minutes: 60,
      time_zone: 'Europe/Berlin',
      status: values.status ?? 'proposed',
      proposed_by: tandem.menteeId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const anotherTime = {
  startsAtLocal: '2027-05-06T09:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 60,
  place: 'Alpha Bank, 3rd floor',
  videoLink: '',
};

/** Route matrix entries for meetings, shared and private notes, calendar files. */
export const meetingRoutes = {
  listTandemMeetings: {
    request: async (t, c, n) => ({ url: `/api/v1/tandems/${(await ownTandem(t, c, n)).tandemId}/meetings` }),
    expect: members(200),
  },
  createMeeting: {
    request: async (t, c, n) => ({
      url: `/api/v1/tandems/${(await ownTandem(t, c, n)).tandemId}/meetings`,
      ...json(anotherTime),
    }),
    expect: members(201),
  },
  acceptMeeting: {
    request: async (t, c, n) => ({ url: `/api/v1/meetings/${await meeting(t, c, n)}/accept` }),
    // The mentee proposed the time: only the mentor accepts it.
    expect: { ...members(200), menteeA: 409 },
  },
  proposeAnotherMeetingTime: {
    request: async (t, c, n) => ({
      url: `/api/v1/meetings/${await meeting(t, c, n)}/counter`,
      ...json(anotherTime),
    }),
    expect: members(200),
  },
  cancelMeeting: {
    request: async (t, c, n) => ({ url: `/api/v1/meetings/${await meeting(t, c, n)}/cancel` }),
    expect: members(200),
  },
  logMeetingHeld: {
    request: async (t, c, n) => ({
      url: `/api/v1/meetings/${await meeting(t, c, n, { status: 'accepted', startsInHours: -2 })}/held`,
      ...json({ sharedNotes: 'We met.' }),
    }),
    expect: members(200),
  },
  saveMeetingSharedNotes: {
    request: async (t, c, n) => ({
      url: `/api/v1/meetings/${await meeting(t, c, n)}/shared-notes`,
      ...json({ sharedNotes: 'Agenda: budgets' }),
    }),
    expect: members(200),
  },
  saveMeetingPrivateNote: {
    request: async (t, c, n) => ({
      url: `/api/v1/meetings/${await meeting(t, c, n)}/private-note`,
      ...json({ body: 'Only mine' }),
    }),
    expect: members(200),
  },
  getMeetingCalendarFile: {
    request: async (t, c, n) => ({ url: `/api/v1/meetings/${await meeting(t, c, n)}/calendar.ics` }),
    expect: members(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
