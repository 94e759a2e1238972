// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/contract/meetings.ts';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  type Call,
  click,
  fakeApi,
  fieldError,
  json,
  queryByLabel,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { browserTimeZone } from './meeting-time-form.tsx';
import { MeetingsPanel } from './meetings-panel.tsx';

const tandemId = '11111111-1111-4111-8111-111111111111';

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
    canAccept: true,
    canCancel: true,
    canLogHeld: false,
    ...values,
  };
}

const list = (meetings: Meeting[]) => (call: Call) =>
  call.method === 'GET' && call.url.pathname === `/api/v1/tandems/${tandemId}/meetings`
    ? json(200, { meetings })
    : undefined;

const items = () => [...document.querySelectorAll('.meetings-list > li')].map((li) => li.textContent ?? '');

describe('MeetingsPanel', () => {
  it('proposes a meeting with a video link in the viewer’s time zone', async () => {
    let meetings: Meeting[] = [];
    const calls = fakeApi((call) => {
      if (call.method === 'POST') {
        const created = meeting({
          proposedByMe: true,
          canAccept: false,
          videoLink: 'https://meet.example.org/x',
        });
        meetings = [created];
        return json(201, created);
      }
      return list(meetings)(call);
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(document.body.textContent).toContain('No meetings yet'));
    await type(byLabel('Date'), '2099-03-04');
    await type(byLabel('Time'), '10:00');
    await type(byLabel('Duration (minutes)'), '90');
    await type(byLabel('Place or video link'), 'https://meet.example.org/x');
    await click(byRole('button', 'Propose meeting'));
    await waitFor(() => expect(items()).toHaveLength(1));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/tandems/${tandemId}/meetings`);
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
    const calls = fakeApi((call) =>
      call.method === 'POST' ? json(201, meeting({ status: 'held', canAccept: false })) : list([])(call),
    );
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await type(byLabel('Date'), '2020-03-04');
    await type(byLabel('Time'), '18:00');
    await type(byLabel('Place or video link'), 'Alpha Bank, 3rd floor');
    await click(byLabel('This meeting has already taken place'));
    expect(queryByRole('button', 'Propose meeting')).toBeNull();
    await click(byRole('button', 'Log as held'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      startsAtLocal: '2020-03-04T18:00',
      place: 'Alpha Bank, 3rd floor',
      videoLink: '',
      alreadyHeld: true,
    });
  });

  it('shows the server’s reason beside the field it names', async () => {
    fakeApi((call) =>
      call.method === 'POST'
        ? apiError(400, 'validation_failed', 'startsAtLocal does not exist in Europe/Berlin', [
            { path: 'startsAtLocal', message: 'does not exist in Europe/Berlin' },
          ])
        : list([])(call),
    );
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await type(byLabel('Date'), '2099-03-29');
    await type(byLabel('Time'), '02:30');
    await click(byRole('button', 'Propose meeting'));
    await waitFor(() => expect(fieldError(byLabel('Date'))).toBe('Date does not exist in Europe/Berlin'));
    expect(alerts()).toContain('startsAtLocal does not exist in Europe/Berlin');
  });

  it('accepts a proposal from the partner', async () => {
    let current = meeting();
    const calls = fakeApi((call) => {
      if (call.method === 'POST' && call.url.pathname.endsWith('/accept')) {
        current = meeting({ status: 'accepted', canAccept: false });
        return json(200, current);
      }
      return list([current])(call);
    });
    await render(<MeetingsPanel tandemId={tandemId} readOnly={false} />);
    await waitFor(() => expect(items()[0]).toContain('Proposed to you'));
    await click(byRole('button', 'Accept'));
    await waitFor(() => expect(items()[0]).toContain('Accepted'));
    expect(calls.some((c) => c.url.pathname === `/api/v1/meetings/${current.id}/accept`)).toBe(true);
    expect(byRole('link', 'Download calendar file').getAttribute('href')).toBe(
      `/api/v1/meetings/${current.id}/calendar.ics`,
    );
  });

  it('saves shared notes and the private note of a held meeting, and shows notes as safe text', async () => {
    const held = meeting({
      status: 'held',
      startsAt: '2020-03-04T09:00:00.000Z',
      endsAt: '2020-03-04T10:00:00.000Z',
      canAccept: false,
      canCancel: false,
      sharedNotes: '**Budgets** <img src=x onerror="alert(1)">',
      sharedNotesByName: 'Max Mentor',
      myPrivateNote: 'Only mine',
    });
    const calls = fakeApi((call) => (call.method === 'PUT' ? json(200, held) : list([held])(call)));
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
    expect(puts.map((c) => [c.url.pathname, c.body])).toEqual([
      [`/api/v1/meetings/${held.id}/shared-notes`, { sharedNotes: 'New shared' }],
      [`/api/v1/meetings/${held.id}/private-note`, { body: 'New private' }],
    ]);
  });

  it('is read-only for a tandem that has ended', async () => {
    fakeApi(list([meeting({ canAccept: false, canCancel: false })]));
    await render(<MeetingsPanel tandemId={tandemId} readOnly />);
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(queryByLabel('Date')).toBeNull();
    expect(queryByRole('button', 'Accept')).toBeNull();
    expect(queryByRole('button', 'Propose another time')).toBeNull();
  });
});
