// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import { App } from '../app/app.tsx';
import {
  answers,
  apiError,
  byLabel,
  byRole,
  click,
  fakeApi,
  json,
  render,
  type,
  waitFor,
} from '../test/dom.tsx';
import { contact, ids, organisation } from '../test/fixtures.ts';

/** Nobody is signed in until the reset link signs the contact in. */
function server(state: { account: Account | null; mailDelivery?: boolean }) {
  return answers({
    getSetupStatus: () => json(200, { needsSetup: false, mailDelivery: state.mailDelivery ?? true }),
    getSession: () =>
      state.account
        ? json(200, { account: state.account })
        : apiError(401, 'unauthenticated', 'Sign in first.'),
    requestPasswordReset: () => json(202, { ok: true }),
    resetPassword: () => {
      state.account = contact;
      return json(200, { account: contact });
    },
    getOrganisation: () => json(200, organisation(ids.acme, 'Acme')),
    listOrganisationContacts: () => json(200, { contacts: [] }),
  });
}

const heading = () => document.querySelector('h1')?.textContent;

describe('password reset pages', () => {
  it('leads from the sign-in page to the request form without a session', async () => {
    fakeApi(server({ account: null }));
    window.history.replaceState(null, '', '/sign-in');
    await render(<App />);
    await waitFor(() => byRole('link', 'Forgot your password?'));
    await click(byRole('link', 'Forgot your password?'));
    await waitFor(() => expect(heading()).toBe('Forgot your password?'));
    expect(window.location.pathname).toBe('/password-reset');
    await type(byLabel('Email'), 'hr@alpha.example');
    await click(byRole('button', 'Send me a link'));
    await waitFor(() =>
      expect(document.querySelector('[role="status"]')?.textContent).toContain(
        'If an account exists for hr@alpha.example',
      ),
    );
  });

  it('says so instead of promising a link when the installation sends no mail', async () => {
    const calls = fakeApi(server({ account: null, mailDelivery: false }));
    window.history.replaceState(null, '', '/password-reset');
    await render(<App />);
    await waitFor(() =>
      expect(document.body.textContent).toContain('This installation does not send mail yet'),
    );
    expect(document.querySelector('form')).toBeNull();
    expect(calls.some((c) => c.url.pathname === '/api/v1/auth/password-reset')).toBe(false);
  });

  it('opens the mailed link without a session and continues signed in', async () => {
    fakeApi(server({ account: null }));
    window.history.replaceState(null, '', `/password-reset/confirm#${'T'.repeat(43)}`);
    await render(<App />);
    await waitFor(() => expect(heading()).toBe('Set a new password'));
    await type(byLabel('New password'), 'a brand new passphrase');
    await type(byLabel('Repeat new password'), 'a brand new passphrase');
    await click(byRole('button', 'Set new password'));
    await waitFor(() => byRole('button', 'Continue'));
    await click(byRole('button', 'Continue'));
    await waitFor(() => expect(window.location.pathname).toBe('/my-organisation'));
    // Signed in: the shell shows whose account it is and offers signing out.
    await waitFor(() => expect(document.querySelector('.account-box__name')?.textContent).toBe(contact.name));
  });
});
