// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { CycleEvent } from '../../shared/contract/events.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  type Call,
  callsTo,
  choose,
  click,
  endpointOfLink,
  fakeApi,
  fieldError,
  json,
  pageText,
  queryByLabel,
  queryByRole,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { attendeeList, cycleEvent, eventIds } from '../test/event-admin-fixtures.ts';
import { contact, coordinator, cycle, ids } from '../test/fixtures.ts';
import { CycleEventsPage, EventAttendeesPage } from './events.tsx';

const cycleId = ids.cycle2025;
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The zone's name as the page adds it when it is not the reader's own. */
const zone = (name: string) => (name === browserZone ? '' : `, ${name.replaceAll('_', ' ')}`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const midterm = cycleEvent({
  id: eventIds.midterm,
  title: 'Mid-term meeting',
  description: '',
  startsAt: '2025-07-02T15:00:00.000Z',
  endsAt: '2025-07-02T17:00:00.000Z',
  startsAtLocal: '2025-07-02T17:00',
  endsAtLocal: '2025-07-02T19:00',
  place: '',
  onlineLink: 'https://meet.example/midterm',
  audience: 'mentees',
  capacity: null,
  placesLeft: null,
  registrationDeadline: '2025-06-25T15:00:00.000Z',
  registrationDeadlineLocal: '2025-06-25T17:00',
  counts: { registered: 3, waiting: 0, attended: 0, unmarked: 3 },
});
const closing = cycleEvent({
  id: eventIds.closing,
  title: 'Closing ceremony',
  startsAt: '2025-12-31T16:00:00.000Z',
  endsAt: '2025-12-31T19:00:00.000Z',
  cancelledAt: '2025-03-01T10:00:00.000Z',
  can: { edit: false, cancel: false, markAttendance: false, message: false },
});

type EventList = { events: CycleEvent[]; can: { create: boolean; addDefaultPlan: boolean } };

async function openEvents(account: Account, list: EventList, more: Parameters<typeof answers>[0] = {}) {
  const calls = fakeApi(
    answers({
      getCycle: () => json(200, { ...cycle(cycleId, 'Leadership 2025', '2025-01-01'), status: 'running' }),
      listCycleEvents: () => json(200, list),
      ...more,
    }),
  );
  window.history.replaceState(null, '', `/cycles/${cycleId}/events`);
  await render(signedIn(account, <CycleEventsPage id={cycleId} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Events: Leadership 2025'));
  await waitFor(() => expect(document.querySelector('[role="status"].loading')).toBeNull());
  return calls;
}

const headings = () => [...document.querySelectorAll('article h2')].map((h) => text(h));

/** The facts of the event card headed `title`, term by term. */
function facts(title: string): Record<string, string> {
  const card = [...document.querySelectorAll('article')].find((a) =>
    text(a.querySelector('h2')).startsWith(title),
  );
  if (!card) throw new Error(`No event "${title}"`);
  return Object.fromEntries(
    [...card.querySelectorAll('dl > div')].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]),
  );
}

const full = { create: true, addDefaultPlan: false };

describe('the cycle’s events, for the coordinator', () => {
  it('lists the events soonest first with time in their zone, place, audience, places, deadline and counts', async () => {
    const calls = await openEvents(coordinator, { events: [closing, midterm, cycleEvent()], can: full });
    expect(callsTo(calls, 'listCycleEvents')[0]?.url.pathname).toBe(`/api/v1/cycles/${cycleId}/events`);
    expect(headings()).toEqual(['Kick-off', 'Mid-term meeting', 'Closing ceremony Cancelled']);
    expect(byRole('link', 'Events').getAttribute('aria-current')).toBe('page');

    expect(facts('Kick-off')).toEqual({
      When: `Tuesday, 4 March 2025, 16:00–19:00 (UTC+1${zone('Europe/Berlin')})`,
      Where: 'Town hall, room 2',
      For: 'Everyone: mentees, mentors and organisation contacts',
      Places: '40 places, 28 free',
      'Registration until': `Tuesday, 25 February 2025, 16:00 (UTC+1${zone('Europe/Berlin')})`,
      Registrations: '12 registered · 0 on the waiting list · 0 attended',
    });
    expect(pageText()).toContain('Meet everyone in the programme.');
    expect(document.querySelector('article strong')?.textContent).toBe('everyone');

    const mid = facts('Mid-term meeting');
    expect(mid.When).toBe(`Wednesday, 2 July 2025, 17:00–19:00 (UTC+2${zone('Europe/Berlin')})`);
    expect(mid.Where).toBe('Online link');
    expect(byRole('link', 'Online link').getAttribute('href')).toBe('https://meet.example/midterm');
    expect(mid.For).toBe('Mentees');
    expect(mid.Places).toBe('No limit');

    expect(byRole('link', 'Attendees of Kick-off').getAttribute('href')).toBe(
      `/events/${eventIds.kickoff}/attendees`,
    );
    expect(byRole('link', 'Attendees of Closing ceremony')).toBeTruthy();
    // A cancelled event is neither edited nor cancelled again.
    expect(byRole('button', 'Edit Kick-off')).toBeTruthy();
    expect(queryByRole('button', 'Edit Closing ceremony')).toBeNull();
    expect(document.querySelectorAll('button.button--danger')).toHaveLength(2);
  });

  it('offers the default plan to a cycle without events, and shows the events it added', async () => {
    const calls = await openEvents(
      coordinator,
      { events: [], can: { create: true, addDefaultPlan: true } },
      {
        addDefaultEventPlan: () =>
          json(201, { events: [cycleEvent(), midterm, { ...closing, cancelledAt: null }], can: full }),
      },
    );
    expect(pageText()).toContain('No events yet.');
    await click(byRole('button', 'Add the default plan (kick-off, mid-term meeting, closing ceremony)'));
    await waitFor(() => expect(headings()).toEqual(['Kick-off', 'Mid-term meeting', 'Closing ceremony']));
    expect(callsTo(calls, 'addDefaultEventPlan')[0]?.url.pathname).toBe(
      `/api/v1/cycles/${cycleId}/events/default-plan`,
    );
    expect(text(document.querySelector('p[role="status"]'))).toBe(
      'The default plan was added. Check each event’s date, time and place.',
    );
  });

  it('says there are no events without offering the plan where the server does not', async () => {
    await openEvents(coordinator, { events: [], can: { create: false, addDefaultPlan: false } });
    expect(pageText()).toContain('No events yet.');
    expect(queryByRole('button', /default plan/)).toBeNull();
    expect(queryByRole('button', 'New event')).toBeNull();
  });

  it('creates an event, its deadline a week before the start, with the server’s field error beside its field', async () => {
    let refuse = true;
    const calls = await openEvents(
      coordinator,
      { events: [], can: full },
      {
        createEvent: ({ body }) =>
          refuse
            ? apiError(400, 'validation_failed', 'endsAtLocal must be after the start', [
                { path: 'endsAtLocal', message: 'must be after the start' },
              ])
            : json(201, cycleEvent({ title: (body as { title: string }).title })),
      },
    );
    await click(byRole('button', 'New event'));
    expect(document.activeElement).toBe(byLabel('Title'));
    expect(byLabel('Time zone').value).toBe(browserZone);
    expect(byLabel('For').value).toBe('everyone');
    await type(byLabel('Title'), 'Kick-off');
    await type(byLabel('Description'), 'Bring **questions**.');
    expect(document.querySelector('section[aria-label="Preview"] strong')?.textContent).toBe('questions');
    await type(byLabel('Starts'), '2025-03-04T16:00');
    expect(byLabel('Registration until').value).toBe('2025-02-25T16:00');
    await type(byLabel('Ends'), '2025-03-04T15:00');
    await choose(byLabel('Time zone'), 'Europe/Berlin');
    await type(byLabel('Place'), 'Town hall');
    await click(byRole('button', 'Add event'));

    await waitFor(() => expect(fieldError(byLabel('Ends'))).toBe('Ends must be after the start'));
    expect(alerts()).toContain('endsAtLocal must be after the start');
    expect(callsTo(calls, 'createEvent')[0]!.body).toEqual({
      title: 'Kick-off',
      description: 'Bring **questions**.',
      startsAtLocal: '2025-03-04T16:00',
      endsAtLocal: '2025-03-04T15:00',
      timeZone: 'Europe/Berlin',
      place: 'Town hall',
      onlineLink: '',
      audience: 'everyone',
      capacity: null,
      registrationDeadlineLocal: '2025-02-25T16:00',
    });

    refuse = false;
    await type(byLabel('Ends'), '2025-03-04T19:00');
    await type(byLabel('Places'), '40');
    await click(byRole('button', 'Add event'));
    await waitFor(() => expect(headings()).toEqual(['Kick-off']));
    expect(callsTo(calls, 'createEvent')[1]!.body).toMatchObject({
      endsAtLocal: '2025-03-04T19:00',
      capacity: 40,
    });
    expect(queryByLabel('Title')).toBeNull();
    expect(text(document.querySelector('p[role="status"]'))).toBe('“Kick-off” was added.');
  });

  it('checks the form before sending: a title and the times are needed', async () => {
    const calls = await openEvents(coordinator, { events: [], can: full });
    await click(byRole('button', 'New event'));
    await click(byRole('button', 'Add event'));
    await waitFor(() => expect(fieldError(byLabel('Title'))).toMatch(/^Title /));
    expect(fieldError(byLabel('Starts'))).toMatch(/^Starts /);
    expect(callsTo(calls, 'createEvent')).toHaveLength(0);
  });

  it('edits an event with the version it read, shows the 409 about places at the field, and offers the saved version when it changed meanwhile', async () => {
    let answer: 'capacity' | 'stale' | 'ok' = 'capacity';
    const calls = await openEvents(
      coordinator,
      { events: [cycleEvent({ version: 3 })], can: full },
      {
        updateEvent: () =>
          answer === 'capacity'
            ? apiError(
                409,
                'conflict',
                '12 people are already registered, so the event needs at least that many places.',
                [
                  {
                    path: 'capacity',
                    message:
                      '12 people are already registered, so the event needs at least that many places.',
                  },
                ],
              )
            : answer === 'stale'
              ? apiError(409, 'stale_version', 'Someone changed this event since you opened it.', {
                  currentVersion: 4,
                })
              : json(200, cycleEvent({ version: 4, capacity: 12, placesLeft: 0 })),
      },
    );
    await click(byRole('button', 'Edit Kick-off'));
    expect(document.activeElement).toBe(byLabel('Title'));
    expect(byLabel('Registration until').value).toBe('2025-02-25T16:00');
    await type(byLabel('Places'), '5');
    await click(byRole('button', 'Save event'));
    await waitFor(() =>
      expect(fieldError(byLabel('Places'))).toBe(
        '12 people are already registered, so the event needs at least that many places.',
      ),
    );
    expect(callsTo(calls, 'updateEvent')[0]!.body).toMatchObject({
      capacity: 5,
      version: 3,
      timeZone: 'Europe/Berlin',
    });
    expect(callsTo(calls, 'updateEvent')[0]!.url.pathname).toBe(`/api/v1/events/${eventIds.kickoff}`);

    answer = 'stale';
    await type(byLabel('Places'), '12');
    await click(byRole('button', 'Save event'));
    await waitFor(() => expect(alerts()).toContain('Someone changed this event since you opened it.'));
    expect(byLabel('Places').value).toBe('12');
    expect(byRole('button', 'Load the saved version')).toBeTruthy();

    answer = 'ok';
    await click(byRole('button', 'Save event'));
    await waitFor(() => expect(facts('Kick-off').Places).toBe('12 places, 0 free'));
    expect(text(document.querySelector('p[role="status"]'))).toBe('“Kick-off” was saved.');
    expect(document.activeElement).toBe(byRole('button', 'Edit Kick-off'));
  });

  it('cancels an event after asking, with what it does and an optional note', async () => {
    const calls = await openEvents(
      coordinator,
      { events: [cycleEvent()], can: full },
      {
        cancelEvent: () =>
          json(
            200,
            cycleEvent({
              cancelledAt: '2025-02-10T10:00:00.000Z',
              can: { edit: false, cancel: false, markAttendance: false, message: false },
            }),
          ),
      },
    );
    await click(byRole('button', 'Cancel event'));
    expect(text(document.querySelector('legend'))).toBe('Cancel “Kick-off”?');
    expect(pageText()).toContain('Everyone registered or on the waiting list is told by mail');
    expect(pageText()).toContain('removed from the calendars of those registered');
    expect(document.activeElement).toBe(byLabel('Note for the mail (optional)'));
    await click(byRole('button', 'Keep the event'));
    expect(document.activeElement).toBe(byRole('button', 'Cancel event'));

    await click(byRole('button', 'Cancel event'));
    await type(byLabel('Note for the mail (optional)'), 'The venue closed; we meet online in April.');
    await click(byRole('button', 'Cancel the event'));
    await waitFor(() => expect(headings()).toEqual(['Kick-off Cancelled']));
    expect(callsTo(calls, 'cancelEvent')[0]).toMatchObject({
      url: expect.objectContaining({ pathname: `/api/v1/events/${eventIds.kickoff}/cancel` }),
      body: { note: 'The venue closed; we meet online in April.' },
    });
    expect(queryByRole('button', 'Cancel event')).toBeNull();
  });
});

describe('the cycle’s events, for a contact', () => {
  it('lists the events with their own organisation’s counts and none of the coordinator’s controls', async () => {
    const readOnly = { edit: false, cancel: false, markAttendance: false, message: false };
    await openEvents(contact, {
      events: [
        cycleEvent({ can: readOnly, counts: { registered: 2, waiting: 1, attended: 0, unmarked: 2 } }),
      ],
      can: { create: false, addDefaultPlan: false },
    });
    expect(pageText()).toContain('The counts and attendee lists show your own organisation’s people only.');
    expect(facts('Kick-off')['Registrations of your organisation’s people']).toBe(
      '2 registered · 1 on the waiting list · 0 attended',
    );
    expect(queryByRole('button', 'New event')).toBeNull();
    expect(queryByRole('button', 'Edit Kick-off')).toBeNull();
    expect(queryByRole('button', 'Cancel event')).toBeNull();
    expect(byRole('link', 'Attendees of Kick-off')).toBeTruthy();
  });
});

async function openAttendees(
  account: Account,
  list = attendeeList(),
  more: Parameters<typeof answers>[0] = {},
) {
  const calls = fakeApi(answers({ listEventRegistrations: () => json(200, list), ...more }));
  await render(signedIn(account, <EventAttendeesPage id={eventIds.kickoff} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Attendees: Kick-off'));
  return calls;
}

const rows = (headingId: string) =>
  [...document.querySelectorAll(`section[aria-labelledby="${headingId}"] tbody tr`)].map((r) =>
    [...(r as HTMLTableRowElement).cells].map((c) => text(c)),
  );

describe('an event’s attendees, for the coordinator', () => {
  it('lists the registered, then the waiting list with positions', async () => {
    const calls = await openAttendees(
      coordinator,
      attendeeList({ can: { edit: false, cancel: false, markAttendance: false, message: false } }),
    );
    expect(callsTo(calls, 'listEventRegistrations')[0]?.url.pathname).toBe(
      `/api/v1/events/${eventIds.kickoff}/registrations`,
    );
    expect(text(document.querySelector('#registered-heading'))).toBe('Registered: 2 people');
    expect(rows('registered-heading').map((r) => r.slice(0, 4).concat(r[5]!))).toEqual([
      ['Ada Lovelace', 'Acme', 'Mentee', 'ada@acme.example', 'Not marked yet'],
      ['Bea Mentor', 'Globex', 'Mentor', 'bea@globex.example', 'Yes'],
    ]);
    expect(text(document.querySelector('#waiting-heading'))).toBe('Waiting list: 1 person');
    expect(rows('waiting-heading').map((r) => r.slice(0, 5))).toEqual([
      ['1', 'Carl Contact', 'Acme', 'Organisation contact', 'carl@acme.example'],
    ]);
    expect(pageText()).toContain('Attendance can be marked once the event has started.');
    expect(byRole('link', '← All events of the cycle').getAttribute('href')).toBe(
      `/cycles/${cycleId}/events`,
    );
  });

  it('marks attendance with a checkbox each and one save, and says so', async () => {
    const saved = attendeeList();
    saved.registrations = saved.registrations.map((r) =>
      r.status === 'registered' ? { ...r, attended: true } : r,
    );
    const calls = await openAttendees(coordinator, attendeeList(), {
      markEventAttendance: () => json(200, saved),
    });
    expect(pageText()).toContain('Everyone not ticked is recorded as not attended.');
    const ada = byLabel('Attended: Ada Lovelace');
    expect(ada.checked).toBe(false);
    expect(byLabel('Attended: Bea Mentor').checked).toBe(true);
    expect(queryByLabel('Attended: Carl Contact')).toBeNull();

    await click(ada);
    expect(ada.checked).toBe(true);
    expect(text(document.querySelector('p[role="status"]'))).toBe('You have changes that are not saved yet.');
    await click(byRole('button', 'Save attendance'));
    await waitFor(() => expect(text(document.querySelector('p[role="status"]'))).toBe('Attendance saved.'));
    expect(callsTo(calls, 'markEventAttendance')[0]!.body).toEqual({
      marks: [
        { registrationId: saved.registrations[0]!.id, attended: true },
        { registrationId: saved.registrations[1]!.id, attended: true },
      ],
    });
  });

  it('keeps the ticks when saving fails, and marks all at once', async () => {
    let fail = true;
    const calls = await openAttendees(
      coordinator,
      attendeeList({ counts: { registered: 2, waiting: 1, attended: 1, unmarked: 1 } }),
      {
        markEventAttendance: () =>
          fail ? apiError(409, 'conflict', 'This event was cancelled.') : json(200, attendeeList()),
      },
    );
    await click(byLabel('Attended: Bea Mentor'));
    await click(byRole('button', 'Save attendance'));
    await waitFor(() => expect(alerts()).toContain('This event was cancelled.'));
    expect(byLabel('Attended: Bea Mentor').checked).toBe(false);
    expect(text(document.querySelector('p[role="status"]'))).toBe('You have changes that are not saved yet.');

    await click(byRole('button', 'Mark all as attended'));
    expect(byLabel('Attended: Ada Lovelace').checked).toBe(true);
    expect(byLabel('Attended: Bea Mentor').checked).toBe(true);
    fail = false;
    await click(byRole('button', 'Save attendance'));
    await waitFor(() => expect(callsTo(calls, 'markEventAttendance')).toHaveLength(2));
    expect(
      (callsTo(calls, 'markEventAttendance')[1]!.body as { marks: { attended: boolean }[] }).marks.map(
        (m) => m.attended,
      ),
    ).toEqual([true, true]);
  });

  it('offers the attendee list as CSV with the separator chosen', async () => {
    await openAttendees(coordinator);
    const href = () => byRole('link', 'Download the attendee list as CSV').getAttribute('href')!;
    expect(endpointOfLink(href())).toEqual({
      operationId: 'exportEventRegistrationsCsv',
      params: { id: eventIds.kickoff },
    });
    await choose(byLabel('CSV separator'), 'semicolon');
    expect(new URL(href(), 'http://localhost').search).toBe('?separator=semicolon');
  });

  it('sends a message to everyone registered, and the waiting list when asked', async () => {
    const calls = await openAttendees(coordinator, attendeeList(), {
      messageEventRegistrants: () => json(200, { recipients: 3 }),
    });
    const message = (c: Call) => c.body;
    await click(byRole('button', 'Send message'));
    await waitFor(() => expect(fieldError(byLabel('Subject'))).toMatch(/^Subject /));
    expect(fieldError(byLabel('Message'))).toMatch(/^Message /);
    expect(byLabel('Message').required).toBe(true);
    expect(callsTo(calls, 'messageEventRegistrants')).toHaveLength(0);

    await type(byLabel('Subject'), 'Bring your agreement');
    await type(byLabel('Message'), 'Please bring your signed agreement to the kick-off.');
    await click(byLabel('Also send to the waiting list'));
    await click(byRole('button', 'Send message'));
    await waitFor(() => expect(pageText()).toContain('Sent to 3 people.'));
    expect(message(callsTo(calls, 'messageEventRegistrants')[0]!)).toEqual({
      subject: 'Bring your agreement',
      body: 'Please bring your signed agreement to the kick-off.',
      includeWaiting: true,
    });
    expect(byLabel('Subject').value).toBe('');
  });

  it('shows the server’s refusal of a message', async () => {
    await openAttendees(coordinator, attendeeList(), {
      messageEventRegistrants: () => apiError(409, 'conflict', 'Nobody is registered for this event yet.'),
    });
    await type(byLabel('Subject'), 'Hello');
    await type(byLabel('Message'), 'See you soon.');
    await click(byRole('button', 'Send message'));
    await waitFor(() => expect(alerts()).toContain('Nobody is registered for this event yet.'));
    expect(byLabel('Subject').value).toBe('Hello');
  });
});

describe('an event’s attendees, for a contact', () => {
  it('shows their own people without the coordinator’s controls, and says so', async () => {
    const own = attendeeList({ can: { edit: false, cancel: false, markAttendance: false, message: false } });
    own.registrations = own.registrations.filter((r) => r.organisationName === 'Acme');
    await openAttendees(contact, own);
    expect(pageText()).toContain(
      'The people of your own organisation who registered or are on the waiting list.',
    );
    expect(queryByLabel('Attended: Ada Lovelace')).toBeNull();
    expect(queryByRole('button', 'Mark all as attended')).toBeNull();
    expect(queryByRole('button', 'Save attendance')).toBeNull();
    expect(queryByRole('button', 'Send message')).toBeNull();
    expect(pageText()).not.toContain('Attendance can be marked once the event has started.');
    expect(rows('registered-heading').map((r) => r[0])).toEqual(['Ada Lovelace']);
    expect(byRole('link', 'Download the attendee list as CSV')).toBeTruthy();
  });

  it('answers not found for an event the server does not show them', async () => {
    fakeApi(answers({ listEventRegistrations: () => apiError(404, 'not_found', 'Event not found.') }));
    await render(signedIn(contact, <EventAttendeesPage id={eventIds.kickoff} />));
    await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
    expect(document.querySelector('h1')?.textContent).not.toBe('Attendees: Kick-off');
  });
});
