// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  byLabel,
  byRole,
  choose,
  click,
  fakeApi,
  fieldError,
  json,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { ids } from '../../../test/fixtures.ts';
import { InviteContactForm } from './invite-contact-form.tsx';

const invitation = {
  id: '00000000-0000-4000-8000-0000000000f1',
  email: 'hr@globex.example',
  name: 'Gloria',
  role: 'organisation_contact',
  organisationId: ids.globex,
  organisationName: 'Globex',
  status: 'pending',
  createdAt: '2025-03-01T10:00:00.000Z',
  expiresAt: '2025-03-08T10:00:00.000Z',
  can: { revoke: true },
};

describe('InviteContactForm', () => {
  it('shows the invitation link with a copy button', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const calls = fakeApi(() => json(201, { invitation, link: '/invitations/abc' }));
    await render(<InviteContactForm organisations={[{ value: ids.globex, label: 'Globex' }]} />);
    await choose(byLabel('Organisation'), ids.globex);
    await type(byLabel('Contact name'), 'Gloria');
    await type(byLabel('Contact email'), 'HR@globex.example');
    await click(byRole('button', 'Invite contact'));

    await waitFor(() =>
      expect(byLabel('Invitation link').value).toBe('http://localhost:3000/invitations/abc'),
    );
    expect(calls[0]!.body).toEqual({
      role: 'organisation_contact',
      organisationId: ids.globex,
      name: 'Gloria',
      email: 'hr@globex.example',
    });
    await click(byRole('button', 'Copy invitation link'));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/invitations/abc');
    await waitFor(() => expect(document.body.textContent).toContain('Copied to the clipboard.'));
  });

  it('asks for the organisation first', async () => {
    const calls = fakeApi(() => undefined);
    await render(<InviteContactForm organisations={[{ value: ids.globex, label: 'Globex' }]} />);
    await type(byLabel('Contact name'), 'Gloria');
    await type(byLabel('Contact email'), 'hr@globex.example');
    await click(byRole('button', 'Invite contact'));
    expect(fieldError(byLabel('Organisation'))).toBe('Choose the organisation.');
    expect(calls).toHaveLength(0);
  });
});
