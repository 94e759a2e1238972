// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import { LanguageProvider } from '../lib/i18n.tsx';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { contact, cycle, ids, organisation } from '../test/fixtures.ts';
import { organisationDashboard } from '../test/report-fixtures.ts';
import { MyOrganisationPage } from './my-organisation.tsx';

// The organisation contact's home as a German reader sees it.

const inGerman = (account: Account, ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => undefined}>
    {signedIn(account, ui)}
  </LanguageProvider>
);
const germanContact: Account = { ...contact, language: 'de' };
const headings = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);

describe('MyOrganisationPage in German', () => {
  it('names the contact’s role, people, cycles and contacts in German', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        getOrganisation: () => json(200, organisation(ids.acme, 'Acme')),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        listOrganisationContacts: () => json(200, { contacts: [] }),
        listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
        getDraftApproval: () => json(200, { cycleId: ids.cycle2025, status: 'in_approval', proposals: [] }),
        getCycleDashboard: () => json(200, organisationDashboard()),
      }),
    );
    await render(inGerman(germanContact, <MyOrganisationPage />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));
    expect(document.body.textContent).toContain(
      'Sie sind Ansprechperson dieser Organisation: Sie nominieren die Teilnehmenden Ihrer Organisation und behalten sie im Blick.',
    );
    expect(headings()).toEqual(
      expect.arrayContaining([
        'Ihre Teilnehmenden',
        'Durchgänge, an denen Sie teilnehmen',
        'Ansprechpersonen der Organisation',
        'Ihre Durchgänge im Überblick',
      ]),
    );
    await waitFor(() => expect(document.querySelector('.cycle-glance dl')).not.toBeNull());
    expect(document.querySelector('.cycle-glance dd')?.textContent).toBe(
      '14 Mentees, 6 Mentorinnen und Mentoren',
    );
    expect(byRole('link', 'Kennzahlen von Leadership 2025 öffnen').getAttribute('href')).toBe(
      `/cycles/${ids.cycle2025}/dashboard`,
    );
    expect(byRole('link', 'Bericht Ihrer Organisation')).toBeTruthy();
    expect(byRole('link', 'Teilnehmende ansehen').getAttribute('href')).toBe('/participants');
    expect(byRole('link', 'Teilnehmende Person hinzufügen').getAttribute('href')).toBe('/participants/new');
    expect(byRole('link', 'CSV-Datei importieren').getAttribute('href')).toBe('/participants/import');
    expect(byRole('link', 'Als CSV exportieren')).toBeTruthy();
  });

  it('says in German when the account belongs to no organisation', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
      }),
    );
    await render(inGerman({ ...germanContact, organisationId: null }, <MyOrganisationPage />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Ihre Organisation'));
    expect(document.body.textContent).toContain(
      'Ihr Konto ist mit keiner Organisation verknüpft. Bitte wenden Sie sich an die Koordination, damit sie Ihr Konto prüft.',
    );
  });
});
