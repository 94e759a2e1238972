// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  type EndpointAnswer,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../test/dom.tsx';
import { contact, coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { App } from './app.tsx';

/** A small fake of the API: enough for the pages the shell lands on. */
function server(state: { needsSetup?: boolean; account: Account | null }) {
  const signInFirst = () => apiError(401, 'unauthenticated', 'Sign in first.');
  const whenSignedIn =
    (answer: EndpointAnswer): EndpointAnswer =>
    (call) =>
      state.account ? answer(call) : signInFirst();
  return answers({
    getSetupStatus: () => json(200, { needsSetup: state.needsSetup ?? false, mailDelivery: false }),
    getSession: () => (state.account ? json(200, { account: state.account }) : signInFirst()),
    signIn: () => {
      state.account = coordinator;
      return json(200, { account: coordinator });
    },
    signOut: () => {
      state.account = null;
      return json(200, { ok: true });
    },
    listOrganisations: whenSignedIn(() => json(200, { organisations: [organisation(ids.acme, 'Acme')] })),
    getOrganisation: whenSignedIn(({ params }) =>
      params.id === ids.acme ? json(200, organisation(ids.acme, 'Acme')) : undefined,
    ),
    listOrganisationContacts: whenSignedIn(() => json(200, { contacts: [] })),
    listCycles: whenSignedIn(() =>
      json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
    ),
    listParticipants: whenSignedIn(() => json(200, { participants: [], total: 0 })),
    getDraftApproval: whenSignedIn(({ params }) =>
      json(200, { cycleId: params.id, status: 'editing', proposals: [] }),
    ),
  });
}

function navLinks(): string[] {
  return [...document.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent ?? '');
}

describe('App', () => {
  it('opens the setup page on a fresh installation, whatever the address', async () => {
    fakeApi(server({ needsSetup: true, account: null }));
    window.history.replaceState(null, '', '/participants');
    await render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/setup'));
    // The setup page's code is loaded on demand.
    await waitFor(() => byRole('button', 'Create coordinator account'));
    expect(byRole('button', 'Load demo consortium')).toBeTruthy();
  });

  it('asks for sign-in and then returns to the page that was asked for', async () => {
    const calls = fakeApi(server({ account: null }));
    window.history.replaceState(null, '', '/participants?role=mentor');
    await render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/participants?role=mentor');

    await type(byLabel('Email'), 'coordinator@example.org');
    await type(byLabel('Password'), 'correct horse battery');
    await click(byRole('button', 'Sign in'));
    await waitFor(() =>
      expect(window.location.pathname + window.location.search).toBe('/participants?role=mentor'),
    );
    await waitFor(() => expect(calls.some((c) => c.url.searchParams.get('role') === 'mentor')).toBe(true));
    expect(document.querySelector('h1')?.textContent).toBe('Participants');
  });

  it('shows an organisation contact their own organisation and only their navigation', async () => {
    fakeApi(server({ account: contact }));
    window.history.replaceState(null, '', '/');
    await render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/my-organisation'));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));
    expect(navLinks()).toEqual([
      'My organisation',
      'Cycles',
      'Approvals',
      'Participants',
      'Import',
      'Invitations',
    ]);
    expect(byRole('link', 'My organisation').getAttribute('aria-current')).toBe('page');
    // Mail settings sit with the account, beside signing out.
    expect(byRole('link', 'Settings').closest('.account-box')).not.toBeNull();

    // Coordinator pages do not exist for a contact.
    await click(byRole('link', 'Cycles'));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Cycles'));
    expect(queryByRole('link', 'New cycle')).toBeNull();
  });

  it('gives the coordinator the whole programme in the navigation', async () => {
    fakeApi(server({ account: coordinator }));
    await render(<App />);
    await waitFor(() => expect(navLinks()).toContain('Audit log'));
    expect(navLinks()).toEqual([
      'Cycles',
      'Organisations',
      'Participants',
      'Import',
      'Invitations',
      'Accounts',
      'Audit log',
      'Outbox',
      'Alumni',
    ]);
  });

  it('treats a page outside the role as not found', async () => {
    fakeApi(server({ account: contact }));
    window.history.replaceState(null, '', '/audit-log');
    await render(<App />);
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Page not found'));
  });

  it('signs out back to the sign-in page', async () => {
    const calls = fakeApi(server({ account: coordinator }));
    await render(<App />);
    await waitFor(() => byRole('button', 'Sign out'));
    await click(byRole('button', 'Sign out'));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(callsTo(calls, 'signOut')).toHaveLength(1);
    expect(byRole('button', 'Sign in')).toBeTruthy();
  });

  it('returns to sign-in with a notice when the session ends mid-use', async () => {
    const state = { account: coordinator as Account | null };
    fakeApi(server(state));
    window.history.replaceState(null, '', '/cycles');
    await render(<App />);
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Cycles'));
    state.account = null;
    await click(byRole('link', 'Organisations'));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
    expect(document.body.textContent).toContain('Your session has ended. Please sign in again.');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/organisations');
    expect(alerts()).toEqual([]);
  });
});
