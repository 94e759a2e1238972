// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../../../../shared/contract/endpoints.ts';
import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { browserTimeZone } from '../../../lib/describe-time-span.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  type EndpointAnswer,
  endpointOf,
  endpointOfLink,
  fakeApi,
  fieldError,
  json,
  queryByLabel,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { MeetingsPanel } from './meetings-panel.tsx';

const tandemId = '11111111-1111-4111-8111-111111111111';

/** A meeting as the server presents it; `can` holds what the server's rules let the viewer do. */
function meeting(values: Partial<Omit<Meeting, 'can'>> & { can?: Partial<Meeting['can']> } = {}): Meeting {
  const { can, ...rest } = values;
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
    ...rest,
    can: {
      accept: true,
      proposeAnotherTime: true,
      cancel: true,
      logHeld: false,
      saveSharedNotes: true,
      ...can,
    },
  };
}

/** Lists the tandem's meetings as `meetings()` has them, and answers the other endpoints from `more`. */
function api(meetings: () => Meeting[], more: Partial<Record<OperationId, EndpointAnswer>> = {}) {
  return fakeApi(
    answers({
      listTandemMeetings: ({ params }) =>
        params.id === tandemId ? json(200, { meetings: meetings() }) : undefined,
      ...more,
    }),
  );
}

const items = () => [...document.querySelectorAll('.meetings-list > li')].map((li) => li.textContent ?? '');

describe('MeetingsPanel', () => {
  it('proposes a meeting with a video link in the viewer’s time zone', async () => {
    let meetings: Meeting[] = [];
    const calls = api(() => meetings, {
      createMeeting: () => {
        const created = meeting({
          proposedByMe: true,
          can: { accept: false },
          videoLink: 'https://meet.example.org/x',
        });
        meetings = [created];
        return json(201, created);
      },
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(document.body.textContent).toContain('No meetings yet'));
    await type(byLabel('Date'), '2099-03-04');
    await type(byLabel('Time'), '10:00');
    await type(byLabel('Duration (minutes)'), '90');
    await type(byLabel('Place or video link'), 'https://meet.example.org/x');
    await click(byRole('button', 'Propose meeting'));
    await waitFor(() => expect(items()).toHaveLength(1));
    const post = callsTo(calls, 'createMeeting')[0]!;
    expect(endpointOf(post)?.params).toEqual({ id: tandemId });
    expect(post.body).toEqual({
      startsAtLocal: '2099-03-04T10:00',
      timeZone: browserTimeZone(),
      durationMinutes: 90,
      place: '',
      videoLink: 'https://meet.example.org/x',
      alreadyHeld: false,
    });
    expect(items()[0]).toContain('Wednesday, 4 March 2099');
    expect(items()[0]).toContain('Proposed by you');
    expect(queryByRole('button', 'Accept')).toBeNull();
  });

  it('logs a meeting that already took place as held', async () => {
    const calls = api(() => [], {
      createMeeting: () =>
        json(
          201,
          meeting({ status: 'held', can: { accept: false, proposeAnotherTime: false, cancel: false } }),
        ),
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await type(byLabel('Date'), '2020-03-04');
    await type(byLabel('Time'), '18:00');
    await type(byLabel('Place or video link'), 'Alpha Bank, 3rd floor');
    await click(byLabel('This meeting has already taken place'));
    expect(queryByRole('button', 'Propose meeting')).toBeNull();
    await click(byRole('button', 'Log as held'));
    await waitFor(() => expect(callsTo(calls, 'createMeeting')).toHaveLength(1));
    const post = callsTo(calls, 'createMeeting')[0]!;
    expect(endpointOf(post)?.params).toEqual({ id: tandemId });
    expect(post.body).toMatchObject({
      startsAtLocal: '2020-03-04T18:00',
      place: 'Alpha Bank, 3rd floor',
      videoLink: '',
      alreadyHeld: true,
    });
  });

  it('shows the server’s reason beside the field it names', async () => {
    api(() => [], {
      createMeeting: () =>
        apiError(400, 'validation_failed', 'startsAtLocal does not exist in Europe/Berlin', [
          { path: 'startsAtLocal', message: 'does not exist in Europe/Berlin' },
        ]),
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await type(byLabel('Date'), '2099-03-29');
    await type(byLabel('Time'), '02:30');
    await click(byRole('button', 'Propose meeting'));
    await waitFor(() => expect(fieldError(byLabel('Date'))).toBe('Date does not exist in Europe/Berlin'));
    expect(alerts()).toContain('startsAtLocal does not exist in Europe/Berlin');
  });

  it('accepts a proposal from the partner', async () => {
    let current = meeting();
    const calls = api(() => [current], {
      acceptMeeting: () => {
        current = meeting({ status: 'accepted', can: { accept: false } });
        return json(200, current);
      },
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(items()[0]).toContain('Proposed to you'));
    await click(byRole('button', 'Accept'));
    await waitFor(() => expect(items()[0]).toContain('Accepted'));
    expect(callsTo(calls, 'acceptMeeting').map((c) => endpointOf(c)?.params)).toEqual([{ id: current.id }]);
    expect(endpointOfLink(byRole('link', 'Download calendar file').getAttribute('href')!)).toEqual({
      operationId: 'getMeetingCalendarFile',
      params: { id: current.id },
    });
  });

  it('saves shared notes and the private note of a held meeting, and shows notes as safe text', async () => {
    const held = meeting({
      status: 'held',
      startsAt: '2020-03-04T09:00:00.000Z',
      endsAt: '2020-03-04T10:00:00.000Z',
      can: { accept: false, proposeAnotherTime: false, cancel: false },
      sharedNotes: '**Budgets** <img src=x onerror="alert(1)">',
      sharedNotesByName: 'Max Mentor',
      myPrivateNote: 'Only mine',
    });
    const calls = api(() => [held], {
      saveMeetingSharedNotes: () => json(200, held),
      saveMeetingPrivateNote: () => json(200, held),
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(document.querySelector('.meetings-list img')).toBeNull();
    expect(document.querySelector('.meetings-list strong')?.textContent).toBe('Budgets');
    expect(items()[0]).toContain('<img src=x onerror="alert(1)">');
    expect(items()[0]).toContain('Only you can see this note.');
    await type(byLabel('Shared notes'), 'New shared');
    await type(byLabel('Private note'), 'New private');
    await click(byRole('button', 'Save notes'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => [endpointOf(c), c.body])).toEqual([
      [{ operationId: 'saveMeetingSharedNotes', params: { id: held.id } }, { sharedNotes: 'New shared' }],
      [{ operationId: 'saveMeetingPrivateNote', params: { id: held.id } }, { body: 'New private' }],
    ]);
  });

  it('is read-only for a tandem that has ended', async () => {
    const nothing = {
      accept: false,
      proposeAnotherTime: false,
      cancel: false,
      logHeld: false,
      saveSharedNotes: false,
    };
    api(() => [meeting({ can: nothing })]);
    await render(<MeetingsPanel tandemId={tandemId} readOnly />);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(queryByLabel('Date')).toBeNull();
    expect(queryByRole('button', 'Accept')).toBeNull();
    expect(queryByRole('button', 'Propose another time')).toBeNull();
    expect(queryByRole('button', 'Cancel meeting')).toBeNull();
  });

  it('shows each time with its UTC offset, and each end with its own across the night the clocks go back', async () => {
    api(() => [
      meeting({ id: '44444444-4444-4444-8444-444444444441' }),
      // 01:30 New York time on 7 November 2027, first at UTC-4; 30 minutes later the clocks read 01:00 at UTC-5.
      meeting({
        id: '44444444-4444-4444-8444-444444444442',
        startsAt: '2027-11-07T05:30:00.000Z',
        endsAt: '2027-11-07T06:00:00.000Z',
        startsAtLocal: '2027-11-07T01:30',
        timeZone: 'America/New_York',
        durationMinutes: 30,
      }),
      // 02:30 happens twice in Sydney on 4 April 2027: this is the first, at UTC+11.
      meeting({
        id: '44444444-4444-4444-8444-444444444443',
        startsAt: '2027-04-03T15:30:00.000Z',
        endsAt: '2027-04-03T16:30:00.000Z',
        startsAtLocal: '2027-04-04T02:30',
        timeZone: 'Australia/Sydney',
      }),
    ]);
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(items()).toHaveLength(3));
    const heads = [...document.querySelectorAll('.meetings-list time')].map((t) => t.textContent);
    const zone = (name: string) => (browserTimeZone() === name ? '' : `, ${name.replaceAll('_', ' ')}`);
    expect(heads).toEqual([
      `Wednesday, 4 March 2099, 10:00–11:00 (UTC+1${zone('Europe/Berlin')})`,
      `Sunday, 7 November 2027, 01:30 (UTC-4)–01:00 (UTC-5${zone('America/New_York')})`,
      `Sunday, 4 April 2027, 02:30 (UTC+11)–02:30 (UTC+10${zone('Australia/Sydney')})`,
    ]);
  });

  it('offers exactly the actions the server allows', async () => {
    api(() => [meeting({ can: { accept: false, proposeAnotherTime: false, cancel: true, logHeld: true } })]);
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(queryByRole('button', 'Accept')).toBeNull();
    expect(queryByRole('button', 'Propose another time')).toBeNull();
    expect(queryByRole('button', 'Log as held')).not.toBeNull();
    expect(queryByRole('button', 'Cancel meeting')).not.toBeNull();
  });
});
