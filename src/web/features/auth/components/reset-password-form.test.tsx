// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  fieldError,
  json,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { coordinator } from '../../../test/fixtures.ts';
import { ResetPasswordForm } from './reset-password-form.tsx';

const token = 'T'.repeat(43);

describe('ResetPasswordForm', () => {
  it('sets the new password with the token, says so, then continues signed in', async () => {
    const calls = fakeApi(answers({ resetPassword: () => json(200, { account: coordinator }) }));
    const onSignedIn = vi.fn();
    await render(<ResetPasswordForm token={token} onSignedIn={onSignedIn} />);
    await type(byLabel('New password'), 'a brand new passphrase');
    await type(byLabel('Repeat new password'), 'a brand new passphrase');
    await click(byRole('button', 'Set new password'));

    await waitFor(() =>
      expect(document.querySelector('[role="status"]')?.textContent).toContain(
        'Your new password is set and you are signed in',
      ),
    );
    expect(document.activeElement?.getAttribute('role')).toBe('status');
    expect(callsTo(calls, 'resetPassword').map((c) => c.body)).toEqual([
      { token, password: 'a brand new passphrase' },
    ]);
    expect(onSignedIn).not.toHaveBeenCalled();
    await click(byRole('button', 'Continue'));
    expect(onSignedIn).toHaveBeenCalledWith(coordinator);
  });

  it('refuses passwords that do not match without asking the server', async () => {
    const calls = fakeApi(() => undefined);
    await render(<ResetPasswordForm token={token} onSignedIn={vi.fn()} />);
    await type(byLabel('New password'), 'a brand new passphrase');
    await type(byLabel('Repeat new password'), 'a brand new passphrase!');
    await click(byRole('button', 'Set new password'));
    expect(fieldError(byLabel('Repeat new password'))).toBe(
      'Repeat new password does not match the password',
    );
    expect(calls).toHaveLength(0);
  });

  it('puts a password the server refuses beside the password field', async () => {
    fakeApi(() =>
      apiError(422, 'password_rejected', 'This password is among the most common ones; choose another.'),
    );
    await render(<ResetPasswordForm token={token} onSignedIn={vi.fn()} />);
    await type(byLabel('New password'), '1qaz2wsx3edc');
    await type(byLabel('Repeat new password'), '1qaz2wsx3edc');
    await click(byRole('button', 'Set new password'));
    await waitFor(() => expect(fieldError(byLabel('New password'))).toContain('among the most common ones'));
  });

  it('explains a used or expired link and offers a new one', async () => {
    fakeApi(() =>
      apiError(
        404,
        'reset_link_invalid',
        'This link has been used already. If you need to, ask for a new one.',
      ),
    );
    const onSignedIn = vi.fn();
    await render(<ResetPasswordForm token={token} onSignedIn={onSignedIn} />);
    await type(byLabel('New password'), 'a brand new passphrase');
    await type(byLabel('Repeat new password'), 'a brand new passphrase');
    await click(byRole('button', 'Set new password'));

    await waitFor(() => expect(alerts().join(' ')).toContain('This link has been used already.'));
    expect(byRole('link', 'Ask for a new link').getAttribute('href')).toBe('/password-reset');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says at once when the address holds no whole link', async () => {
    const calls = fakeApi(() => undefined);
    await render(<ResetPasswordForm token="abc" onSignedIn={vi.fn()} />);
    expect(alerts().join(' ')).toContain('This address does not hold a whole link.');
    expect(byRole('link', 'Ask for a new link').getAttribute('href')).toBe('/password-reset');
    expect(calls).toHaveLength(0);
  });
});
