// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { ManagedAccount } from '../../../../shared/contract/auth.ts';
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

const none = { makeCoordinator: false, makeOrganisationContact: false, disable: false, enable: false };
const participantAccount: ManagedAccount = {
  ...contact,
  id: '00000000-0000-4000-8000-000000000003',
  name: 'Ada Lovelace',
  email: 'ada@acme.example',
  role: 'participant' as const,
  can: { ...none, disable: true },
};
// As the server presents them to the signed-in coordinator (Cora): nothing offered for herself.
const accounts: ManagedAccount[] = [
  { ...coordinator, can: none },
  { ...contact, can: { ...none, makeCoordinator: true, disable: true } },
  participantAccount,
];

describe('AccountList', () => {
  it('offers what the server says may change, and changes a staff role with a button', async () => {
    const calls = fakeApi(() => json(200, { ...contact, role: 'coordinator', can: none }));
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
    const asSeenByAnother = accounts.map((a) =>
      a.id === coordinator.id ? { ...a, can: { ...none, disable: true } } : a,
    );
    await render(
      <AccountList accounts={asSeenByAnother} currentAccountId={contact.id} onChanged={vi.fn()} />,
    );
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
