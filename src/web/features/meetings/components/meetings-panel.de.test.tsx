// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { browserTimeZone } from '../../../lib/describe-time-span.ts';
import {
  answers,
  byLabel,
  byRole,
  click,
  fakeApi,
  fieldError,
  inGerman,
  json,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { MeetingItem } from './meeting-item.tsx';
import { MeetingsPanel } from './meetings-panel.tsx';

// Meetings as a German reader sees them: times in German with the zone's UTC offset, the states,
// the actions and the form.

const tandemId = '11111111-1111-4111-8111-111111111111';

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');

function meeting(values: Partial<Meeting> = {}): Meeting {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    tandemId,
    status: 'proposed',
    startsAt: '2099-03-04T09:00:00.000Z',
    endsAt: '2099-03-04T10:00:00.000Z',
    startsAtLocal: '2099-03-04T10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    place: 'Café Einstein',
    videoLink: '',
    proposedBy: '33333333-3333-4333-8333-333333333333',
    proposedByMe: false,
    sharedNotes: '',
    sharedNotesByName: null,
    heldAt: null,
    myPrivateNote: null,
    can: { accept: true, proposeAnotherTime: true, cancel: true, logHeld: false, saveSharedNotes: true },
    ...values,
  };
}

/** The zone is named when it is not the reader's own (the machine running the test). */
const zone = (name: string) => (browserTimeZone() === name ? '' : `, ${name.replaceAll('_', ' ')}`);

describe('a meeting in German', () => {
  it('shows its time in German with the zone’s offset, its state and its actions', async () => {
    await render(
      inGerman(
        <ul>
          <MeetingItem meeting={meeting()} onChanged={() => undefined} />
        </ul>,
      ),
    );
    expect(document.querySelector('time')?.textContent).toBe(
      `Mittwoch, 4. März 2099, 10:00–11:00 Uhr (UTC+1${zone('Europe/Berlin')})`,
    );
    const item = text(document.querySelector('li'));
    expect(item).toContain('Ihnen vorgeschlagen');
    expect(item).toContain('Café Einstein · 60 Minuten');
    expect(byRole('button', 'Annehmen')).toBeTruthy();
    expect(byRole('button', 'Andere Zeit vorschlagen')).toBeTruthy();
    expect(byRole('link', 'Kalenderdatei herunterladen')).toBeTruthy();
    await click(byRole('button', 'Treffen absagen'));
    expect(document.querySelector('legend')?.textContent).toBe(
      `Das Treffen am Mittwoch, 4. März 2099, 10:00–11:00 Uhr (UTC+1${zone('Europe/Berlin')}) absagen? Die andere Person in Ihrem Tandem wird benachrichtigt.`,
    );
    expect(byRole('button', 'Ja, Treffen absagen')).toBeTruthy();
  });

  it('gives the end its own offset across the night the clocks go back', async () => {
    await render(
      inGerman(
        <ul>
          <MeetingItem
            meeting={meeting({
              status: 'accepted',
              startsAt: '2027-11-07T05:30:00.000Z',
              endsAt: '2027-11-07T06:00:00.000Z',
              startsAtLocal: '2027-11-07T01:30',
              timeZone: 'America/New_York',
              durationMinutes: 30,
              place: '',
              videoLink: 'https://meet.example.org/x',
            })}
            onChanged={() => undefined}
          />
        </ul>,
      ),
    );
    expect(document.querySelector('time')?.textContent).toBe(
      `Sonntag, 7. November 2027, 01:30 Uhr (UTC-4) bis 01:00 Uhr (UTC-5${zone('America/New_York')})`,
    );
    const item = text(document.querySelector('li'));
    expect(item).toContain('Angenommen');
    expect(item).toContain('Videolink · 30 Minuten');
  });
});

describe('MeetingsPanel in German', () => {
  it('offers the form and the lists in German, and says what is missing in German', async () => {
    fakeApi(
      answers({
        listTandemMeetings: () =>
          json(200, {
            meetings: [
              meeting({
                status: 'held',
                startsAt: '2020-03-04T17:00:00.000Z',
                endsAt: '2020-03-04T18:00:00.000Z',
                startsAtLocal: '2020-03-04T18:00',
                sharedNotes: 'Budgets',
                sharedNotesByName: 'Max Mentor',
                can: {
                  accept: false,
                  proposeAnotherTime: false,
                  cancel: false,
                  logHeld: false,
                  saveSharedNotes: true,
                },
              }),
            ],
          }),
      }),
    );
    await render(inGerman(<MeetingsPanel tandemId={tandemId} readOnly={false} />));
    await waitFor(() => expect(document.querySelectorAll('.meetings-list > li')).toHaveLength(1));
    const panel = text(document.querySelector('.meetings'));
    expect(panel).toContain('Ein Treffen vorschlagen');
    expect(panel).toContain('GeplantNichts geplant.');
    expect(panel).toContain('Stattgefunden');
    expect(panel).toContain('Zuletzt bearbeitet von Max Mentor');
    expect(panel).toContain('Nur Sie sehen diese Notiz.');
    expect(document.querySelector('.meetings-list time')?.textContent).toBe(
      `Mittwoch, 4. März 2020, 18:00–19:00 Uhr (UTC+1${zone('Europe/Berlin')})`,
    );
    expect(byLabel('Gemeinsame Notizen').value).toBe('Budgets');
    expect(byLabel('Dauer (Minuten)').value).toBe('60');
    await click(byRole('button', 'Treffen vorschlagen'));
    await waitFor(() => expect(fieldError(byLabel('Datum'))).toBe('Datum muss angegeben werden'));
    expect(fieldError(byLabel('Uhrzeit'))).toBe('Uhrzeit muss angegeben werden');
  });
});
