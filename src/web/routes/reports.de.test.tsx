// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import {
  answers,
  byRole,
  fakeApi,
  inGerman,
  json,
  pageText,
  render,
  signedIn,
  waitFor,
} from '../test/dom.tsx';
import { contact, coordinator, cycle, ids } from '../test/fixtures.ts';
import { organisationDashboard, programmeDashboard, programmeReport } from '../test/report-fixtures.ts';
import { DashboardPage, ProgrammeReportPage } from './reports.tsx';

// The dashboard and the programme's report as a German reader sees them.

const cycleId = ids.cycle2025;
const german = (account: Account): Account => ({ ...account, language: 'de' });
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const captions = () => [...document.querySelectorAll('figcaption, caption')].map((c) => text(c));

async function openDashboard(account: Account, dashboard = programmeDashboard()) {
  fakeApi(
    answers({
      getCycle: () => json(200, { ...cycle(cycleId, 'Leadership 2025', '2025-01-01'), status: 'running' }),
      getCycleDashboard: () => json(200, dashboard),
    }),
  );
  await render(inGerman(signedIn(german(account), <DashboardPage id={cycleId} />)));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Kennzahlen: Leadership 2025'));
  await waitFor(() => expect(document.querySelector('figure')).not.toBeNull());
}

describe('the dashboard in German', () => {
  it('names the charts, their tables, stages, months and attention reasons in German', async () => {
    await openDashboard(coordinator);
    expect(captions()).toEqual(
      expect.arrayContaining([
        'Mentees sowie Mentorinnen und Mentoren je Schritt des Durchgangs',
        'Gestellte Mentorinnen und Mentoren und betreute Mentees je Organisation',
        'Stattgefundene Treffen je Monat des Durchgangs',
        'Mentees je Schritt des Durchgangs, nach Organisation',
      ]),
    );
    expect(text(document.querySelector('details > summary'))).toBe(
      'Als Tabelle zeigen: Mentees sowie Mentorinnen und Mentoren je Schritt des Durchgangs',
    );
    const months = [...document.querySelectorAll('figure')][2]!.querySelectorAll('tbody th');
    expect([...months].map((m) => text(m))).toEqual(['Januar 2025', 'Februar 2025', 'März 2025']);
    expect(pageText()).toContain('In den letzten 6 Wochen aktiv');
    expect(pageText()).toContain('Lange kein Treffen');
    expect(pageText()).toContain('vor 58 Tagen');
    expect(byRole('link', 'Programmbericht').getAttribute('href')).toBe(`/cycles/${cycleId}/report`);
    expect(byRole('link', 'Bericht von Globex')).toBeTruthy();
  });

  it('counts a contact’s to-dos in German', async () => {
    await openDashboard(contact, organisationDashboard());
    const todos = [...document.querySelectorAll('section[aria-labelledby="dashboard-todos"] li')].map((li) =>
      text(li),
    );
    expect(todos).toEqual([
      '2 Vorschläge warten auf Ihre Freigabe',
      '1 Profil ist noch nicht vollständig',
      '3 Tandems brauchen Aufmerksamkeit',
    ]);
    expect(byRole('link', 'Bericht Ihrer Organisation')).toBeTruthy();
  });
});

describe('the programme’s report in German', () => {
  it('shows its sections, hidden figures and PDF link in German', async () => {
    fakeApi(answers({ getProgrammeReport: () => json(200, programmeReport()) }));
    await render(inGerman(signedIn(german(coordinator), <ProgrammeReportPage id={cycleId} />)));
    await waitFor(() =>
      expect(document.querySelector('h1')?.textContent).toBe('Programmbericht: Leadership 2025'),
    );
    const headings = [...document.querySelectorAll('h2')].map((h) => text(h));
    expect(headings).toEqual([
      'Überblick',
      'Teilnahme',
      'Aktivität der Tandems',
      'Veranstaltungen',
      'Ergebnisse der Umfragen',
      'Wirkung',
      'So lesen Sie diesen Bericht',
    ]);
    const hidden = document.querySelector('.report-hidden');
    expect(text(hidden)).toBe('verborgen*verborgen: weniger als 5 Personen');
    expect(pageText()).toContain('Halbzeit: Umfrage für Mentees');
    expect(pageText()).toContain('15 von 18 (83 %)');
    expect(byRole('link', 'PDF herunterladen').getAttribute('href')).toBe(
      `/api/v1/cycles/${cycleId}/report.pdf?language=de`,
    );
  });
});
