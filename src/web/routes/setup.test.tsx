// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { CoordinatorForm } from '../features/setup/components/coordinator-form.tsx';
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
} from '../test/dom.tsx';
import { SetupPage } from './setup.tsx';

describe('CoordinatorForm', () => {
  it('puts server validation details beside the fields they name', async () => {
    fakeApi(() =>
      apiError(400, 'validation_failed', 'Some fields are not valid.', [
        { path: 'email', message: 'is already taken' },
      ]),
    );
    await render(<CoordinatorForm onCreated={vi.fn()} />);
    await type(byLabel('Your name'), 'Cora');
    await type(byLabel('Email'), 'cora@example.org');
    await type(byLabel('Password'), 'a long enough passphrase');
    await click(byRole('button', 'Create coordinator account'));

    await waitFor(() => expect(fieldError(byLabel('Email'))).toBe('Email is already taken'));
    expect(alerts()).toContain('Some fields are not valid.');
    expect(byLabel('Your name').value).toBe('Cora');
  });

  it('reports a setup that someone else finished meanwhile', async () => {
    fakeApi(() => apiError(409, 'setup_done', 'crossmentor is already set up.'));
    await render(<CoordinatorForm onCreated={vi.fn()} />);
    await type(byLabel('Your name'), 'Cora');
    await type(byLabel('Email'), 'cora@example.org');
    await type(byLabel('Password'), 'a long enough passphrase');
    await click(byRole('button', 'Create coordinator account'));
    await waitFor(() => expect(alerts()).toContain('crossmentor is already set up.'));
  });
});

describe('Setup page with the demo', () => {
  it('shows the demo accounts and their password after loading', async () => {
    const calls = fakeApi(() =>
      json(200, {
        organisations: 6,
        participants: 48,
        demoPassword: 'demo-password-123',
        signInAs: [
          { email: 'coordinator@demo.example', role: 'coordinator', description: 'Runs the programme' },
          { email: 'hr@acme.demo', role: 'organisation_contact', description: 'HR at Acme' },
        ],
      }),
    );
    const onContinue = vi.fn();
    await render(<SetupPage onSignedIn={vi.fn()} onDemoContinue={onContinue} />);
    await click(byRole('button', 'Load demo consortium'));

    await waitFor(() => expect(byLabel('Demo password').value).toBe('demo-password-123'));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'loadDemoConsortium', params: {} });
    const rows = [...document.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual([
      'coordinator@demo.exampleCoordinatorRuns the programme',
      'hr@acme.demoOrganisation contactHR at Acme',
    ]);
    // Setup is over: the coordinator form is gone.
    expect(document.body.textContent).not.toContain('Create coordinator account');
    await click(byRole('button', 'Go to sign in'));
    expect(onContinue).toHaveBeenCalled();
  });
});
