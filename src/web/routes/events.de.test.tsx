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
  callsTo,
  click,
  fakeApi,
  fieldError,
  inGerman,
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

// The staff's events pages as a German reader sees them.

const cycleId = ids.cycle2025;
const german = (account: Account): Account => ({ ...account, language: 'de' });
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zone = (name: string) => (name === browserZone ? '' : `, ${name.replaceAll('_', ' ')}`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

type EventList = { events: CycleEvent[]; can: { create: boolean; addDefaultPlan: boolean } };

async function openEvents(account: Account, list: EventList, more: Parameters<typeof answers>[0] = {}) {
  const calls = fakeApi(
    answers({
      getCycle: () => json(200, { ...cycle(cycleId, 'Leadership 2025', '2025-01-01'), status: 'running' }),
      listCycleEvents: () => json(200, list),
      ...more,
    }),
  );
  await render(inGerman(signedIn(german(account), <CycleEventsPage id={cycleId} />)));
  await waitFor(() =>
    expect(document.querySelector('h1')?.textContent).toBe('Veranstaltungen: Leadership 2025'),
  );
  await waitFor(() => expect(document.querySelector('[role="status"].loading')).toBeNull());
  return calls;
}

function facts(): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('article dl > div')].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]),
  );
}

describe('the cycle’s events in German', () => {
  it('names the tab, the facts, the audience and the counts in German, with “Uhr”', async () => {
    await openEvents(coordinator, {
      events: [cycleEvent({ capacity: null, placesLeft: null, audience: 'mentors' })],
      can: { create: true, addDefaultPlan: false },
    });
    expect(byRole('link', 'Veranstaltungen').getAttribute('href')).toBe(`/cycles/${cycleId}/events`);
    expect(facts()).toEqual({
      Wann: `Dienstag, 4. März 2025, 16:00–19:00 Uhr (UTC+1${zone('Europe/Berlin')})`,
      Wo: 'Town hall, room 2',
      Für: 'Mentorinnen und Mentoren',
      Plätze: 'Unbegrenzt',
      'Anmeldung bis': `Dienstag, 25. Februar 2025, 16:00 Uhr (UTC+1${zone('Europe/Berlin')})`,
      Anmeldungen: '12 angemeldet · 0 auf der Warteliste · 0 teilgenommen',
    });
    expect(byRole('link', 'Anmeldungen zu Kick-off')).toBeTruthy();
    expect(byRole('button', 'Bearbeiten: Kick-off')).toBeTruthy();
    expect(byRole('button', 'Veranstaltung absagen')).toBeTruthy();
    expect(byRole('button', 'Neue Veranstaltung')).toBeTruthy();
  });

  it('offers the default plan in German when there are no events', async () => {
    await openEvents(coordinator, { events: [], can: { create: true, addDefaultPlan: true } });
    expect(pageText()).toContain('Noch keine Veranstaltungen.');
    expect(
      byRole('button', 'Standardplan hinzufügen (Auftakt, Treffen zur Halbzeit, Abschlussfeier)'),
    ).toBeTruthy();
  });

  it('labels the form in German and shows the server’s German field error', async () => {
    const calls = await openEvents(
      coordinator,
      { events: [], can: { create: true, addDefaultPlan: false } },
      {
        createEvent: () =>
          apiError(400, 'validation_failed', 'endsAtLocal muss nach dem Beginn liegen', [
            { path: 'endsAtLocal', message: 'muss nach dem Beginn liegen' },
          ]),
      },
    );
    await click(byRole('button', 'Neue Veranstaltung'));
    await type(byLabel('Titel'), 'Auftakt');
    await type(byLabel('Beginn'), '2025-03-04T16:00');
    expect(byLabel('Anmeldung bis').value).toBe('2025-02-25T16:00');
    await type(byLabel('Ende'), '2025-03-04T15:00');
    expect(byLabel('Für').value).toBe('everyone');
    expect(byLabel('Zeitzone')).toBeTruthy();
    expect(byLabel('Plätze')).toBeTruthy();
    await click(byRole('button', 'Veranstaltung hinzufügen'));
    await waitFor(() => expect(fieldError(byLabel('Ende'))).toBe('Ende muss nach dem Beginn liegen'));
    expect(callsTo(calls, 'createEvent')[0]!.headers.get('accept-language')).toBe('de');
  });

  it('explains cancelling in German', async () => {
    await openEvents(coordinator, { events: [cycleEvent()], can: { create: true, addDefaultPlan: false } });
    await click(byRole('button', 'Veranstaltung absagen'));
    expect(text(document.querySelector('legend'))).toBe('„Kick-off“ absagen?');
    expect(pageText()).toContain('Bei den Angemeldeten wird der Termin aus dem Kalender entfernt.');
    expect(byLabel('Notiz für die Mail (freiwillig)')).toBeTruthy();
    expect(byRole('button', 'Veranstaltung jetzt absagen')).toBeTruthy();
    expect(byRole('button', 'Veranstaltung behalten')).toBeTruthy();
  });

  it('tells a contact that the counts are their own organisation’s people’s', async () => {
    await openEvents(contact, {
      events: [cycleEvent({ can: { edit: false, cancel: false, markAttendance: false, message: false } })],
      can: { create: false, addDefaultPlan: false },
    });
    expect(pageText()).toContain(
      'Die Zahlen und Anmeldelisten zeigen nur die Personen Ihrer eigenen Organisation.',
    );
    expect(facts()['Anmeldungen der Personen Ihrer Organisation']).toBe(
      '12 angemeldet · 0 auf der Warteliste · 0 teilgenommen',
    );
    expect(queryByRole('button', 'Neue Veranstaltung')).toBeNull();
  });
});

async function openAttendees(
  account: Account,
  more: Parameters<typeof answers>[0] = {},
  list = attendeeList(),
) {
  const calls = fakeApi(answers({ listEventRegistrations: () => json(200, list), ...more }));
  await render(inGerman(signedIn(german(account), <EventAttendeesPage id={eventIds.kickoff} />)));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Anmeldungen: Kick-off'));
  return calls;
}

describe('an event’s attendees in German', () => {
  it('lists the registered and the waiting list, marks attendance and says it was saved', async () => {
    await openAttendees(coordinator, { markEventAttendance: () => json(200, attendeeList()) });
    expect(text(document.querySelector('#registered-heading'))).toBe('Angemeldet: 2 Personen');
    expect(text(document.querySelector('#waiting-heading'))).toBe('Warteliste: 1 Person');
    expect(pageText()).toContain('Mentorin oder Mentor');
    expect(pageText()).toContain('Ansprechperson der Organisation');
    await click(byRole('button', 'Alle als teilgenommen markieren'));
    expect(byLabel('Teilgenommen: Ada Lovelace').checked).toBe(true);
    expect(text(document.querySelector('p[role="status"]'))).toBe(
      'Sie haben Änderungen, die noch nicht gespeichert sind.',
    );
    await click(byRole('button', 'Teilnahme speichern'));
    await waitFor(() =>
      expect(text(document.querySelector('p[role="status"]'))).toBe('Die Teilnahme wurde gespeichert.'),
    );
    expect(byRole('link', 'Anmeldeliste als CSV herunterladen')).toBeTruthy();
  });

  it('sends the message and counts its recipients in German', async () => {
    await openAttendees(coordinator, { messageEventRegistrants: () => json(200, { recipients: 1 }) });
    expect(text(document.querySelector('#message-heading'))).toBe('Nachricht an alle Angemeldeten');
    await type(byLabel('Betreff'), 'Bitte Vereinbarung mitbringen');
    await type(byLabel('Nachricht'), 'Bitte bringen Sie Ihre Tandem-Vereinbarung mit.');
    await click(byLabel('Auch an die Warteliste senden'));
    await click(byRole('button', 'Nachricht senden'));
    await waitFor(() => expect(pageText()).toContain('An 1 Person gesendet.'));
    expect(alerts()).toEqual([]);
  });

  it('shows a contact their own people without the coordinator’s controls', async () => {
    await openAttendees(
      contact,
      {},
      attendeeList({ can: { edit: false, cancel: false, markAttendance: false, message: false } }),
    );
    expect(pageText()).toContain('Andere Personen sehen Sie nicht.');
    expect(queryByLabel('Teilgenommen: Ada Lovelace')).toBeNull();
    expect(queryByRole('button', 'Teilnahme speichern')).toBeNull();
    expect(queryByRole('button', 'Nachricht senden')).toBeNull();
    expect(pageText()).toContain('Noch nicht erfasst');
  });
});
