// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Invitation } from '../../../../shared/contract/invitations.ts';
import {
  byRole,
  click,
  endpointOf,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { ids } from '../../../test/fixtures.ts';
import { InvitationList } from './invitation-list.tsx';

const pending: Invitation = {
  id: '00000000-0000-4000-8000-0000000000f1',
  email: 'nina@globex.example',
  name: 'Nina',
  role: 'participant',
  organisationId: ids.globex,
  organisationName: 'Globex',
  status: 'pending',
  createdAt: '2025-03-01T10:00:00.000Z',
  expiresAt: '2025-03-08T10:00:00.000Z',
  can: { revoke: true },
};
const accepted: Invitation = {
  ...pending,
  id: '00000000-0000-4000-8000-0000000000f2',
  status: 'accepted',
  can: { revoke: false },
};

describe('InvitationList', () => {
  it('revokes a pending invitation after asking, and says so', async () => {
    const calls = fakeApi(() => json(200, { ...pending, status: 'revoked', can: { revoke: false } }));
    const onChanged = vi.fn();
    await render(<InvitationList invitations={[pending, accepted]} onChanged={onChanged} />);
    // Only the one the server lets the viewer revoke has the button, and the first click asks.
    expect(document.querySelectorAll('button').length).toBe(1);
    await click(byRole('button', 'Revoke…'));
    expect(calls).toEqual([]);
    await click(byRole('button', 'Keep it'));
    expect(queryByRole('button', 'Revoke the link')).toBeNull();

    await click(byRole('button', 'Revoke…'));
    await click(byRole('button', 'Revoke the link'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls.map(endpointOf)).toEqual([{ operationId: 'revokeInvitation', params: { id: pending.id } }]);
    expect(document.body.textContent).toContain(
      'The invitation of Nina is revoked; its link no longer works.',
    );
    // Keyboard focus lands on the answer, not on the page, once the buttons are gone.
    expect(document.activeElement?.getAttribute('role')).toBe('status');
  });

  it('shows why a revocation was refused', async () => {
    fakeApi(() =>
      json(409, {
        error: { code: 'conflict', message: 'nina@globex.example has accepted this invitation already.' },
      }),
    );
    const onChanged = vi.fn();
    await render(<InvitationList invitations={[pending]} onChanged={onChanged} />);
    await click(byRole('button', 'Revoke…'));
    await click(byRole('button', 'Revoke the link'));
    await waitFor(() => expect(document.body.textContent).toContain('has accepted this invitation already'));
    // The list is read again, so the row shows what happened meanwhile.
    expect(onChanged).toHaveBeenCalled();
  });

  it('offers no revoking where the server says the viewer may not revoke', async () => {
    fakeApi(() => undefined);
    const contactsInvitation: Invitation = {
      ...pending,
      role: 'organisation_contact',
      can: { revoke: false },
    };
    await render(<InvitationList invitations={[contactsInvitation]} onChanged={() => {}} />);
    expect(queryByRole('button', 'Revoke…')).toBeNull();
  });
});
