// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../shared/contract/organisations.ts';
import { LanguageProvider } from '../lib/i18n.tsx';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { OrganisationPage, OrganisationsPage } from './organisations.tsx';

// The organisations' pages as a German reader sees them.

const inGerman = (ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => undefined}>
    {signedIn({ ...coordinator, language: 'de' }, ui)}
  </LanguageProvider>
);
const initech = '00000000-0000-4000-8000-0000000000a3';
const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');
const facts = () =>
  [...document.querySelectorAll('.facts > div')].map(
    (d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`,
  );

const acme: Organisation = {
  ...organisation(ids.acme, 'Acme'),
  industry: 'Chemie',
  size: '50-249',
  competitorIds: [ids.globex, initech],
  participantCount: 1,
  contactCount: 2,
};

describe('OrganisationsPage in German', () => {
  it('lists the organisations under German headings', async () => {
    fakeApi(answers({ listOrganisations: () => json(200, { organisations: [acme] }) }));
    await render(inGerman(<OrganisationsPage />));
    await waitFor(() => expect(document.querySelector('tbody tr')).toBeTruthy());
    expect(document.querySelector('h1')?.textContent).toBe('Organisationen');
    expect([...document.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Name',
      'Branche',
      'Größe',
      'Teilnehmende',
      'Ansprechpersonen',
    ]);
    expect([...document.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual([
      'Acme',
      'Chemie',
      '50-249 Beschäftigte',
      '1',
      '2',
    ]);
  });

  it('says in German that there are none yet', async () => {
    fakeApi(answers({ listOrganisations: () => json(200, { organisations: [] }) }));
    await render(inGerman(<OrganisationsPage />));
    await waitFor(() => expect(text()).toContain('Noch keine Organisationen.'));
    expect(byRole('link', 'Organisation anlegen').getAttribute('href')).toBe('/organisations/new');
  });
});

describe('OrganisationPage in German', () => {
  it('shows the facts, the competitors as a German list, the participants and the cycles', async () => {
    fakeApi(
      answers({
        getOrganisation: () => json(200, acme),
        listOrganisations: () =>
          json(200, {
            organisations: [acme, organisation(ids.globex, 'Globex'), organisation(initech, 'Initech')],
          }),
        listOrganisationContacts: () => json(200, { contacts: [] }),
        listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
      }),
    );
    await render(inGerman(<OrganisationPage id={acme.id} />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));

    expect(facts()).toEqual([
      'Branche: Chemie',
      'Größe: 50-249 Beschäftigte',
      'Website: Nicht angegeben',
      'Teilnehmende: 1',
      'Wettbewerber: Globex und Initech',
    ]);
    expect(byRole('link', 'Die teilnehmende Person von Acme ansehen')).toBeTruthy();
    expect(text()).toContain('Leadership 2025 – Offen für Nominierungen');
    expect(text()).toContain('Noch hat keine Ansprechperson dieser Organisation ein Konto.');
    expect(byRole('button', 'Organisation bearbeiten')).toBeTruthy();
    expect(byRole('button', 'Organisation löschen')).toBeTruthy();
  });
});
