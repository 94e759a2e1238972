// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { SignInPage } from '../../../routes/sign-in.tsx';
import {
  alerts,
  answers,
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
import { ForgotPasswordForm } from './forgot-password-form.tsx';

function statusText(): string {
  return [...document.querySelectorAll('[role="status"]')].map((el) => el.textContent ?? '').join(' ');
}

describe('ForgotPasswordForm', () => {
  it('is offered on the sign-in page', async () => {
    await render(<SignInPage onSignedIn={vi.fn()} />);
    expect(byRole('link', 'Forgot your password?').getAttribute('href')).toBe('/password-reset');
  });

  it('sends the normalised address and says a link went out if the account exists', async () => {
    const calls = fakeApi(answers({ requestPasswordReset: () => json(202, { ok: true }) }));
    await render(<ForgotPasswordForm />);
    await type(byLabel('Email'), '  Cora@Example.org ');
    await click(byRole('button', 'Send me a link'));

    await waitFor(() =>
      expect(statusText()).toContain(
        'If an account exists for cora@example.org, we have sent a link to set a new password. It is valid for 30 minutes',
      ),
    );
    expect(callsTo(calls, 'requestPasswordReset').map((c) => c.body)).toEqual([
      { email: 'cora@example.org' },
    ]);
    // The message takes the form's place and the focus, so a screen reader reads it at once.
    expect(document.activeElement?.getAttribute('role')).toBe('status');
    await click(byRole('button', 'Ask again'));
    expect(byLabel('Email')).toBeTruthy();
  });

  it('checks the address before asking the server', async () => {
    const calls = fakeApi(() => undefined);
    await render(<ForgotPasswordForm />);
    await type(byLabel('Email'), 'not-an-email');
    await click(byRole('button', 'Send me a link'));
    expect(fieldError(byLabel('Email'))).toBe('Email must be a valid email address');
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Email')));
    expect(calls).toHaveLength(0);
  });

  it('says when to try again after too many requests', async () => {
    fakeApi(() =>
      json(
        429,
        {
          error: {
            code: 'rate_limited',
            message: 'Too many password reset requests. Try again in 12 minutes.',
          },
        },
        { 'retry-after': '700' },
      ),
    );
    await render(<ForgotPasswordForm />);
    await type(byLabel('Email'), 'cora@example.org');
    await click(byRole('button', 'Send me a link'));
    await waitFor(() =>
      expect(alerts()).toContain('Too many password reset requests. Try again in 12 minutes.'),
    );
    expect(statusText()).not.toContain('If an account exists');
  });
});
