// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../shared/contract/organisations.ts';
import { answers, byRole, fakeApi, json, queryByRole, render, signedIn, waitFor } from '../test/dom.tsx';
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
});
