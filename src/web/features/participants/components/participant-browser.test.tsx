// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  byLabel,
  byRole,
  type Call,
  callsTo,
  choose,
  click,
  endpointOfLink,
  fakeApi,
  json,
  queryByLabel,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { ada, ids } from '../../../test/fixtures.ts';
import { ParticipantBrowser } from './participant-browser.tsx';

const organisations = [
  { value: ids.acme, label: 'Acme' },
  { value: ids.globex, label: 'Globex' },
];
const cycles = [{ value: ids.cycle2025, label: 'Leadership 2025' }];

function listCalls(calls: Call[]) {
  return callsTo(calls, 'listParticipants').map((c) => c.url.searchParams);
}

describe('ParticipantBrowser', () => {
  it('lists participants and changes the query when a filter changes', async () => {
    const calls = fakeApi(() => json(200, { participants: [ada], total: 1 }));
    await render(<ParticipantBrowser organisations={organisations} cycles={cycles} />);
    await waitFor(() =>
      expect(byRole('link', 'Ada Lovelace').getAttribute('href')).toBe(`/participants/${ada.id}`),
    );
    expect(listCalls(calls)[0]!.get('organisationId')).toBeNull();

    await choose(byLabel('Organisation'), ids.globex);
    await choose(byLabel('Role'), 'mentor');
    await choose(byLabel('Cycle'), ids.cycle2025);

    await waitFor(() => {
      const last = listCalls(calls).at(-1)!;
      expect(last.get('organisationId')).toBe(ids.globex);
      expect(last.get('role')).toBe('mentor');
      expect(last.get('cycleId')).toBe(ids.cycle2025);
      expect(last.get('offset')).toBe('0');
    });
    // Filters are part of the address, so Back and a copied link keep them.
    expect(window.location.search).toContain(`organisationId=${ids.globex}`);
    // The export follows the filters too.
    const exportHref = byRole('link', 'Export CSV').getAttribute('href')!;
    expect(endpointOfLink(exportHref)).toEqual({ operationId: 'exportParticipantsCsv', params: {} });
    expect(new URL(exportHref, 'http://localhost').search).toBe(
      `?cycleId=${ids.cycle2025}&organisationId=${ids.globex}`,
    );
    // Excel in German wants semicolons: the choice goes into the link.
    await choose(byLabel('CSV separator'), 'semicolon');
    const semicolonHref = byRole('link', 'Export CSV').getAttribute('href')!;
    expect(new URL(semicolonHref, 'http://localhost').search).toBe(
      `?cycleId=${ids.cycle2025}&organisationId=${ids.globex}&separator=semicolon`,
    );
  });

  it('searches after a pause in typing, not on every key', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = fakeApi(() => json(200, { participants: [], total: 0 }));
    await render(<ParticipantBrowser organisations={organisations} cycles={cycles} />);
    await type(byLabel('Search'), 'a');
    await type(byLabel('Search'), 'ad');
    await type(byLabel('Search'), 'ada');
    expect(listCalls(calls).some((p) => p.has('q'))).toBe(false);

    await act(async () => vi.advanceTimersByTime(350));
    vi.useRealTimers();
    await waitFor(() => expect(listCalls(calls).at(-1)!.get('q')).toBe('ada'));
    expect(listCalls(calls).filter((p) => p.has('q'))).toHaveLength(1);
    expect(byLabel('Search').value).toBe('ada');
  });

  it('keeps an organisation contact to their own organisation', async () => {
    const calls = fakeApi(() => json(200, { participants: [], total: 0 }));
    await render(
      <ParticipantBrowser organisations={organisations} cycles={cycles} fixedOrganisationId={ids.acme} />,
    );
    await waitFor(() => expect(listCalls(calls)[0]!.get('organisationId')).toBe(ids.acme));
    expect(queryByLabel('Organisation')).toBeNull();
  });

  it('tells the user when nothing matches and clears the filters', async () => {
    const calls = fakeApi(() => json(200, { participants: [], total: 0 }));
    window.history.replaceState(null, '', '/participants?role=mentor');
    await render(<ParticipantBrowser organisations={organisations} cycles={cycles} />);
    await waitFor(() => expect(document.body.textContent).toContain('No participants match these filters.'));
    await click(byRole('button', 'Clear filters'));
    await waitFor(() => expect(listCalls(calls).at(-1)!.get('role')).toBeNull());
    expect(byLabel('Role')).toHaveProperty('value', '');
  });

  it('says once that there are no participants yet, and offers no export of nothing', async () => {
    fakeApi(() => json(200, { participants: [], total: 0 }));
    window.history.replaceState(null, '', '/participants');
    await render(<ParticipantBrowser organisations={organisations} cycles={cycles} />);
    await waitFor(() => expect(document.body.textContent).toContain('No participants yet.'));
    expect(document.body.textContent).not.toContain('No participants found.');
    expect(queryByRole('link', /Export/)).toBeNull();
  });

  it('pages through long lists', async () => {
    const calls = fakeApi(() => json(200, { participants: [ada], total: 120 }));
    await render(<ParticipantBrowser organisations={organisations} cycles={cycles} />);
    await waitFor(() => expect(document.body.textContent).toContain('Showing 1–1 of 120 participants.'));
    await click(byRole('button', 'Next page'));
    await waitFor(() => expect(listCalls(calls).at(-1)!.get('offset')).toBe('50'));
  });
});
