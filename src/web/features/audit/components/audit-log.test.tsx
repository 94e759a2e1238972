// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  answers,
  byLabel,
  byRole,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { AuditLog } from './audit-log.tsx';

function entry(id: number, action = 'participant.read') {
  return {
    id,
    occurredAt: '2025-03-01T10:00:00.000Z',
    actorEmail: 'cora@example.org',
    action,
    targetType: 'participant',
    targetId: `p${id}`,
    ip: '127.0.0.1',
    details: {},
  };
}

const actions = () => [...document.querySelectorAll('tbody tr td:nth-child(3)')].map((td) => td.textContent);

describe('AuditLog', () => {
  it('appends older entries below the ones already shown', async () => {
    const calls = fakeApi(
      answers({
        listAuditEntries: ({ url }) =>
          url.searchParams.get('before') === '11'
            ? json(200, { entries: [entry(10, 'auth.signed_in')], nextBefore: null })
            : json(200, { entries: [entry(12), entry(11)], nextBefore: 11 }),
      }),
    );
    await render(<AuditLog />);
    await waitFor(() => expect(actions()).toEqual(['participant.read', 'participant.read']));

    await click(byRole('button', 'Older entries'));
    await waitFor(() =>
      expect(actions()).toEqual(['participant.read', 'participant.read', 'auth.signed_in']),
    );
    expect(calls.at(-1)!.url.searchParams.get('before')).toBe('11');
    expect(queryByRole('button', 'Older entries')).toBeNull();
    expect(document.body.textContent).toContain('This is the oldest entry.');
  });

  it('filters by action', async () => {
    const calls = fakeApi(
      answers({
        listAuditEntries: ({ url }) =>
          json(200, { entries: url.searchParams.get('action') ? [] : [entry(1)], nextBefore: null }),
      }),
    );
    await render(<AuditLog />);
    await waitFor(() => expect(actions()).toHaveLength(1));
    await type(byLabel('Action'), 'participants.exported');
    await click(byRole('button', 'Filter'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('No entries for the action “participants.exported”.'),
    );
    expect(calls.at(-1)!.url.searchParams.get('action')).toBe('participants.exported');
  });
});
