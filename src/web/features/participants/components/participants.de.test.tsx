// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import {
  byLabel,
  byRole,
  click,
  fakeApi,
  fieldError,
  json,
  render,
  uploadFile,
  waitFor,
} from '../../../test/dom.tsx';
import { ada, ids } from '../../../test/fixtures.ts';
import { CsvColumnsHelp } from './csv-columns-help.tsx';
import { ImportForm } from './import-form.tsx';
import { ParticipantBrowser } from './participant-browser.tsx';
import { ParticipantProfile } from './participant-profile.tsx';

const inGerman = (ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => {}}>
    {ui}
  </LanguageProvider>
);
const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');
const organisations = [{ value: ids.acme, label: 'Acme' }];
const cycles = [{ value: ids.cycle2025, label: 'Leadership 2025' }];

describe('participants in German', () => {
  it('lists participants with German filters, headers and counts', async () => {
    fakeApi(() => json(200, { participants: [ada], total: 1 }));
    await render(inGerman(<ParticipantBrowser organisations={organisations} cycles={cycles} />));
    await waitFor(() => expect(text()).toContain('1 teilnehmende Person.'));
    expect(byLabel('Suche')).toBeTruthy();
    expect(byLabel('Rolle')).toBeTruthy();
    expect(byLabel('Durchgang')).toBeTruthy();
    const headers = [...document.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual([
      'Name',
      'Rolle',
      'Organisation',
      'Durchgang',
      'Position',
      'E-Mail-Adresse',
      'Konto',
    ]);
    expect(text()).toContain('Noch nicht');
    expect(byRole('link', 'CSV exportieren')).toBeTruthy();
  });

  it('counts a long list in German, with German numbers and pages', async () => {
    window.history.replaceState(null, '', '/participants');
    fakeApi(() => json(200, { participants: Array.from({ length: 50 }, () => ada), total: 1234 }));
    await render(inGerman(<ParticipantBrowser organisations={organisations} cycles={cycles} />));
    await waitFor(() => expect(text()).toContain('Angezeigt: 1–50 von 1.234 Teilnehmenden.'));
    expect(text()).toContain('Seite 1 von 25');
    expect(byRole('button', 'Nächste Seite')).toBeTruthy();
  });

  it('shows a participant’s profile in German', async () => {
    await render(inGerman(<ParticipantProfile participant={{ ...ada, languages: ['de', 'en'] }} />));
    expect(text()).toContain('Führungsebene2 von 6');
    expect(text()).toContain('SprachenDeutsch und Englisch');
    expect(text()).toContain('KontoNoch nicht eingeladen oder Einladung noch nicht angenommen');
  });

  it('imports a file and reports in German', async () => {
    fakeApi(() => json(200, { created: 1, updated: 2, unchanged: 0, dryRun: false }));
    await render(inGerman(<ImportForm cycles={cycles} />));
    await click(byRole('button', 'Importieren'));
    expect(fieldError(byLabel('CSV-Datei'))).toBe('Bitte wählen Sie eine CSV-Datei für den Import.');
    expect(text()).toContain('Höchstens 10 MiB.');

    await uploadFile(byLabel('CSV-Datei'), new File(['E-Mail,Name,Rolle\n'], 'leute.csv'));
    await click(byRole('button', 'Importieren'));
    await waitFor(() => expect(text()).toContain('leute.csv importiert'));
    expect(text()).toContain('1 teilnehmende Person angelegt, 2 aktualisiert, 0 unverändert.');
  });

  it('reports the problems of a refused file in German', async () => {
    fakeApi(() =>
      json(422, {
        error: {
          code: 'import_invalid',
          message: 'The file has 2 errors; nothing was imported.',
          details: [
            { line: 2, column: 'email', message: 'must be a valid email address' },
            { line: 3, column: 'role', message: 'must be mentor or mentee' },
          ],
        },
      }),
    );
    await render(inGerman(<ImportForm cycles={cycles} />));
    await uploadFile(byLabel('CSV-Datei'), new File(['email,name,role\n'], 'leute.csv'));
    await click(byRole('button', 'Importieren'));
    await waitFor(() => expect(text()).toContain('leute.csv wurde nicht importiert'));
    expect(text()).toContain('Korrigieren Sie diese 2 Probleme in der Datei');
    const headers = [...document.querySelectorAll('.import-report th')].map((th) => th.textContent);
    expect(headers).toEqual(['Zeile', 'Spalte', 'Problem']);
  });

  it('names the columns in English with the German names beside them', async () => {
    await render(inGerman(<CsvColumnsHelp organisationOptional />));
    expect(text()).toContain('Spalten der CSV-Datei');
    expect(text()).toContain('Die Spalten haben englische Namen, unabhängig von der Sprache dieser Seite');
    const germanNames = [...document.querySelectorAll('code[lang="de"]')].map((c) => c.textContent);
    expect(germanNames).toEqual([
      'E-Mail',
      'Rolle',
      'Position',
      'Führungsebene',
      'Sprachen',
      'Standort',
      'Geschlecht',
      'Ziele',
      'Fachgebiete',
      'Kapazität',
    ]);
    expect(text()).toContain('email oder E-MailPflicht');
    expect(text()).toContain('leer lassen für Ihre eigene Organisation');
    // The template keeps the English names: they are the file format.
    const template = byRole('link', 'Leere Vorlage herunterladen').getAttribute('href')!;
    expect(decodeURIComponent(template)).toContain('email,name,organisation,role,job_title');
  });
});
