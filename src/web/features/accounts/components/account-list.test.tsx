// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  choose,
  click,
  endpointOf,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { contact, coordinator } from '../../../test/fixtures.ts';
import { AccountList } from './account-list.tsx';

const participantAccount = {
  ...contact,
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Ada Lovelace',
  email: 'ada@acme.example',
  role: 'participant' as const,
};
const accounts = [coordinator, contact, participantAccount];

describe('AccountList', () => {
  it('changes a staff role with a button and never offers changes to one’s own account', async () => {
    const calls = fakeApi(() => json(200, { ...contact, role: 'coordinator' }));
    const onChanged = vi.fn();
    await render(<AccountList accounts={accounts} currentAccountId={coordinator.id} onChanged={onChanged} />);
    expect(queryByRole('button', /^Disable Cora Ordinator$/)).toBeNull();
    // Participants keep their role; only disabling is offered.
    expect(queryByRole('button', /Ada Lovelace$/)?.textContent).toBe('Disable Ada Lovelace');

    await click(byRole('button', 'Make coordinator: Hana Ressource'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'updateAccount', params: { id: contact.id } });
    expect(calls[0]!.body).toMatchObject({ role: 'coordinator' });
  });

  it('names the account when the server refuses', async () => {
    fakeApi(() => apiError(409, 'conflict', 'The last coordinator cannot be disabled.'));
    await render(<AccountList accounts={accounts} currentAccountId={contact.id} onChanged={vi.fn()} />);
    await click(byRole('button', 'Disable Cora Ordinator'));
    await waitFor(() =>
      expect(alerts()).toContain('Cora Ordinator: The last coordinator cannot be disabled.'),
    );
  });

  it('filters by role', async () => {
    fakeApi(() => undefined);
    await render(<AccountList accounts={accounts} currentAccountId={coordinator.id} onChanged={vi.fn()} />);
    await choose(byLabel('Role'), 'participant');
    const names = [...document.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent);
    expect(names).toEqual(['Ada Lovelace']);
  });
});
