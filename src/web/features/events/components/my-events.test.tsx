// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MyEvent } from '../../../../shared/contract/events.ts';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  inGerman,
  json,
  pageText,
  queryByRole,
  render,
  signedIn,
  waitFor,
} from '../../../test/dom.tsx';
import { adaAccount } from '../../../test/fixtures.ts';
import { MyEvents } from './my-events.tsx';

// The events on a participant's programme page: what each says, registering with the choice to be
// shown, the waiting list, unregistering, the calendar file, and who else comes.

const kickoff: MyEvent = {
  id: '00000000-0000-4000-8000-0000000000e1',
  cycleId: '00000000-0000-4000-8000-0000000000c1',
  cycleName: 'Leadership 2027',
  title: 'Kick-off',
  description: 'Meet your **tandem**.',
  startsAt: '2099-01-15T15:00:00.000Z',
  endsAt: '2099-01-15T18:00:00.000Z',
  startsAtLocal: '2099-01-15T16:00',
  endsAtLocal: '2099-01-15T19:00',
  timeZone: 'Europe/Berlin',
  place: 'Acme tower, hall 2',
  onlineLink: 'https://video.example/kickoff',
  audience: 'everyone',
  capacity: 40,
  registrationDeadline: '2099-01-08T15:00:00.000Z',
  registrationDeadlineLocal: '2099-01-08T16:00',
  cancelledAt: null,
  placesLeft: 12,
  myRegistration: null,
  registrationOpen: true,
  fellowAttendees: [],
  can: { register: true, unregister: false, downloadCalendar: true },
};

const registered: MyEvent = {
  ...kickoff,
  placesLeft: 11,
  myRegistration: {
    status: 'registered',
    waitingPosition: null,
    showToAttendees: true,
    registeredAt: '2098-12-01T10:00:00.000Z',
  },
  fellowAttendees: [{ name: 'Bea Mentor', organisationName: 'Globex' }],
  can: { register: false, unregister: true, downloadCalendar: true },
};

describe('MyEvents', () => {
  it('shows an event, registers with the choice to be shown, and then offers the calendar and who else comes', async () => {
    let current = kickoff;
    const calls = fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [current] }),
        registerForEvent: () => {
          current = registered;
          return json(200, registered);
        },
      }),
    );
    await render(signedIn(adaAccount('en'), <MyEvents />));
    await waitFor(() => byRole('button', 'Register for Kick-off'));
    const text = pageText();
    expect(text).toContain('Programme: Leadership 2027');
    expect(text).toContain('Place: Acme tower, hall 2');
    expect(text).toContain('12 places left');
    expect(text).toContain('For everyone in the programme');
    // The deadline in the event's zone, with its offset, as the start is given.
    expect(text).toMatch(
      /Registration open until Thursday, 8 January 2099, 16:00 \(UTC\+1(, Europe\/Berlin)?\)/,
    );
    expect(document.querySelector('.event__description strong')?.textContent).toBe('tandem');
    expect(queryByRole('link', /Calendar file/)).toBeNull();

    await click(byLabel('Show my name and organisation to the other registered attendees'));
    await click(byRole('button', 'Register for Kick-off'));
    await waitFor(() => byRole('button', 'Unregister from Kick-off'));
    expect(callsTo(calls, 'registerForEvent')[0]!.body).toEqual({ showToAttendees: true });
    expect(pageText()).toContain('You are registered. Your name is shown to the other attendees.');
    expect(pageText()).toContain('Bea Mentor (Globex)');
    expect(byRole('link', 'Calendar file for Kick-off (.ics)').getAttribute('href')).toBe(
      `/api/v1/events/${kickoff.id}/calendar.ics`,
    );
    expect(document.querySelector('[role="status"]')?.textContent).toContain(
      'You are registered for Kick-off.',
    );
  });

  it('offers the waiting list when full, shows the place held, and the server’s refusal', async () => {
    const full = { ...kickoff, placesLeft: 0 };
    const waiting: MyEvent = {
      ...full,
      myRegistration: {
        status: 'waiting',
        waitingPosition: 3,
        showToAttendees: false,
        registeredAt: '2098-12-01T10:00:00.000Z',
      },
      can: { register: false, unregister: true, downloadCalendar: true },
    };
    fakeApi(
      answers({
        listMyEvents: () =>
          json(200, {
            events: [full, { ...waiting, id: '00000000-0000-4000-8000-0000000000e2', title: 'Workshop' }],
          }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyEvents />));
    await waitFor(() => byRole('button', 'Join the waiting list for Kick-off'));
    expect(pageText()).toContain('Fully booked: new registrations join the waiting list');
    expect(pageText()).toContain('You are on the waiting list, in place 3.');
    expect(byRole('button', 'Leave the waiting list for Workshop')).toBeTruthy();
    expect(queryByRole('link', /Calendar file for Workshop/)).toBeNull();
  });

  it('says when nothing is planned, and marks a cancelled event', async () => {
    fakeApi(answers({ listMyEvents: () => json(200, { events: [] }) }));
    await render(signedIn(adaAccount('en'), <MyEvents />));
    await waitFor(() => expect(pageText()).toContain('No events are planned for your programme yet.'));
  });

  it('reads in German', async () => {
    fakeApi(
      answers({
        listMyEvents: () =>
          json(200, {
            events: [
              { ...registered, title: 'Auftaktveranstaltung', audience: 'mentors' },
              {
                ...kickoff,
                id: '00000000-0000-4000-8000-0000000000e3',
                title: 'Zwischenbilanz',
                cancelledAt: '2098-12-02T10:00:00.000Z',
                can: { register: false, unregister: false, downloadCalendar: false },
              },
            ],
          }),
      }),
    );
    await render(inGerman(signedIn(adaAccount('de'), <MyEvents />)));
    await waitFor(() => byRole('button', 'Abmelden von Auftaktveranstaltung'));
    const text = pageText();
    expect(text).toContain('Veranstaltungen');
    expect(text).toContain('Für Mentorinnen und Mentoren');
    expect(text).toContain('Noch 11 Plätze frei');
    expect(text).toContain('Donnerstag, 15. Januar 2099');
    expect(text).toContain('Sie sind angemeldet. Ihr Name wird den anderen Angemeldeten gezeigt.');
    expect(text).toContain('Ebenfalls dabei');
    expect(text).toContain('Abgesagt');
    expect(byRole('link', 'Kalenderdatei für Auftaktveranstaltung (.ics)')).toBeTruthy();
  });
});
