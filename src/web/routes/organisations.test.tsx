// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../shared/contract/organisations.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { coordinator, ids, organisation } from '../test/fixtures.ts';
import { OrganisationPage } from './organisations.tsx';

async function page(shown: Organisation) {
  fakeApi(
    answers({
      getOrganisation: () => json(200, shown),
      listOrganisations: () => json(200, { organisations: [shown] }),
      listOrganisationContacts: () => json(200, { contacts: [] }),
      listCycles: () => json(200, { cycles: [] }),
    }),
  );
  await render(signedIn(coordinator, <OrganisationPage id={shown.id} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(shown.name));
}

describe('OrganisationPage', () => {
  it('offers editing and deleting where the server says so', async () => {
    await page(organisation(ids.acme, 'Acme'));
    expect(byRole('button', 'Edit organisation')).toBeTruthy();
    expect(byRole('button', 'Delete organisation')).toBeTruthy();
  });

  it('offers neither where the server says no', async () => {
    await page({
      ...organisation(ids.acme, 'Acme'),
      participantCount: 3,
      can: { edit: false, remove: false },
    });
    expect(queryByRole('button', 'Edit organisation')).toBeNull();
    expect(queryByRole('button', 'Delete organisation')).toBeNull();
    expect(document.body.textContent).not.toContain('Deleting removes the organisation');
  });

  it('offers editing without deleting while people still refer to it', async () => {
    await page({
      ...organisation(ids.acme, 'Acme'),
      participantCount: 3,
      can: { edit: true, remove: false },
    });
    expect(byRole('button', 'Edit organisation')).toBeTruthy();
    expect(queryByRole('button', 'Delete organisation')).toBeNull();
  });

  it('tells the editor when someone saved meanwhile and starts the form again from the saved version', async () => {
    const acme = organisation(ids.acme, 'Acme');
    let saved = acme;
    const calls = fakeApi(
      answers({
        getOrganisation: () => json(200, saved),
        listOrganisations: () => json(200, { organisations: [saved] }),
        listOrganisationContacts: () => json(200, { contacts: [] }),
        listCycles: () => json(200, { cycles: [] }),
        updateOrganisation: () =>
          apiError(409, 'stale_version', 'This organisation changed since you loaded it.', {
            currentVersion: 2,
          }),
      }),
    );
    await render(signedIn(coordinator, <OrganisationPage id={acme.id} />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));
    await click(byRole('button', 'Edit organisation'));
    await type(byLabel('Industry'), 'Insurance');
    saved = { ...acme, industry: 'Banking', version: 2 };
    await click(byRole('button', 'Save organisation'));

    await waitFor(() => expect(alerts()).toContain('This organisation changed since you loaded it.'));
    expect(callsTo(calls, 'updateOrganisation')[0]!.body).toMatchObject({
      industry: 'Insurance',
      version: 1,
    });
    await click(byRole('button', 'Load the saved version'));
    await waitFor(() => expect(byLabel('Industry').value).toBe('Banking'));
    expect(queryByRole('button', 'Load the saved version')).toBeNull();
  });
});
