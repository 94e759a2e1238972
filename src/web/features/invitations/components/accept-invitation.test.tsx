// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  click,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { contact } from '../../../test/fixtures.ts';
import { AcceptInvitation } from './accept-invitation.tsx';

const token = 'a'.repeat(43);
const preview = {
  email: 'hr@acme.example',
  name: 'Hana Ressource',
  role: 'organisation_contact',
  organisationName: 'Acme',
};

describe('AcceptInvitation', () => {
  it('explains an unusable link instead of showing a form', async () => {
    fakeApi(() => apiError(404, 'invitation_invalid', 'This invitation has expired or was already used.'));
    await render(<AcceptInvitation token={token} onAccepted={vi.fn()} />);
    await waitFor(() =>
      expect(alerts().join(' ')).toContain('This invitation has expired or was already used.'),
    );
    expect(document.querySelector('form')).toBeNull();
  });

  it('shows who is invited and puts a refused password message beside the password', async () => {
    const calls = fakeApi(
      answers({
        previewInvitation: () => json(200, preview),
        acceptInvitation: () =>
          apiError(422, 'password_rejected', 'This password is too common. Choose another one.'),
      }),
    );
    const onAccepted = vi.fn();
    await render(<AcceptInvitation token={token} onAccepted={onAccepted} />);
    await waitFor(() => expect(byLabel('Your name').value).toBe('Hana Ressource'));
    expect(document.body.textContent).toContain('Acme');

    await type(byLabel('Password'), 'password1234');
    await type(byLabel('Repeat password'), 'password1234');
    await click(byRole('button', 'Accept invitation'));

    await waitFor(() =>
      expect(fieldError(byLabel('Password'))).toBe('This password is too common. Choose another one.'),
    );
    expect(endpointOf(calls.at(-1)!)).toEqual({ operationId: 'acceptInvitation', params: { token } });
    expect(calls.at(-1)!.body).toEqual({ name: 'Hana Ressource', password: 'password1234' });
    expect(byLabel('Password').value).toBe('password1234');
    expect(onAccepted).not.toHaveBeenCalled();
  });

  it('checks length and the repeated password before sending', async () => {
    const calls = fakeApi(() => json(200, preview));
    await render(<AcceptInvitation token={token} onAccepted={vi.fn()} />);
    await waitFor(() => byLabel('Password'));
    await type(byLabel('Password'), 'short');
    await click(byRole('button', 'Accept invitation'));
    expect(fieldError(byLabel('Password'))).toBe('Password must be at least 12 characters');

    await type(byLabel('Password'), 'a long enough passphrase');
    await type(byLabel('Repeat password'), 'a long enough passphrasf');
    await click(byRole('button', 'Accept invitation'));
    expect(fieldError(byLabel('Repeat password'))).toBe('Repeat password does not match the password');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('signs the new account in', async () => {
    fakeApi(
      answers({
        previewInvitation: ({ params }) => (params.token === token ? json(200, preview) : undefined),
        acceptInvitation: ({ params }) =>
          params.token === token ? json(200, { account: contact }) : undefined,
      }),
    );
    const onAccepted = vi.fn();
    await render(<AcceptInvitation token={token} onAccepted={onAccepted} />);
    await waitFor(() => byLabel('Password'));
    await type(byLabel('Password'), 'a long enough passphrase');
    await type(byLabel('Repeat password'), 'a long enough passphrase');
    await click(byRole('button', 'Accept invitation'));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith(contact));
  });
});
