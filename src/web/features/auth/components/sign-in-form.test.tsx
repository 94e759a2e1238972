// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
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
import { coordinator } from '../../../test/fixtures.ts';
import { SignInForm } from './sign-in-form.tsx';

describe('SignInForm', () => {
  it('checks the email with the shared schema before asking the server', async () => {
    const calls = fakeApi(() => undefined);
    await render(<SignInForm onSignedIn={vi.fn()} />);
    await type(byLabel('Email'), 'not-an-email');
    await type(byLabel('Password'), 'secret');
    await click(byRole('button', 'Sign in'));

    expect(fieldError(byLabel('Email'))).toBe('Email must be a valid email address');
    expect(byLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Email')));
    expect(calls).toHaveLength(0);
  });

  it('shows the server message for wrong credentials and keeps what was typed', async () => {
    fakeApi(() => apiError(401, 'unauthenticated', 'Email or password is wrong.'));
    const onSignedIn = vi.fn();
    await render(<SignInForm onSignedIn={onSignedIn} />);
    await type(byLabel('Email'), 'cora@example.org');
    await type(byLabel('Password'), 'wrong password');
    await click(byRole('button', 'Sign in'));

    await waitFor(() => expect(alerts()).toContain('Email or password is wrong.'));
    expect(byLabel('Email').value).toBe('cora@example.org');
    expect(byLabel('Password').value).toBe('wrong password');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says how long to wait when rate limited', async () => {
    fakeApi(() =>
      json(
        429,
        { error: { code: 'rate_limited', message: 'Too many sign-in attempts.' } },
        { 'retry-after': '120' },
      ),
    );
    await render(<SignInForm onSignedIn={vi.fn()} />);
    await type(byLabel('Email'), 'cora@example.org');
    await type(byLabel('Password'), 'x');
    await click(byRole('button', 'Sign in'));
    await waitFor(() => expect(alerts()).toContain('Too many sign-in attempts. Try again in 2 minutes.'));
  });

  it('sends the normalised email and hands over the account', async () => {
    const calls = fakeApi(() => json(200, { account: coordinator }));
    const onSignedIn = vi.fn();
    await render(<SignInForm onSignedIn={onSignedIn} />);
    await type(byLabel('Email'), '  Cora@Example.org ');
    await type(byLabel('Password'), 'correct horse battery');
    await click(byRole('button', 'Sign in'));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(coordinator));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'signIn', params: {} });
    expect(calls[0]!.body).toEqual({ email: 'cora@example.org', password: 'correct horse battery' });
    expect(calls[0]!.headers.get('content-type')).toBe('application/json');
  });
});
