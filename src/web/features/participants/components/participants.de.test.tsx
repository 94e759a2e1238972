// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  byLabel,
  byRole,
  click,
  fakeApi,
  fieldError,
  inGerman,
  json,
  pageText,
  render,
  uploadFile,
  waitFor,
} from '../../../test/dom.tsx';
import { ada, ids } from '../../../test/fixtures.ts';
import { CsvColumnsHelp } from './csv-columns-help.tsx';
import { ImportForm } from './import-form.tsx';
import { ParticipantBrowser } from './participant-browser.tsx';
import { ParticipantProfile } from './participant-profile.tsx';

const organisations = [{ value: ids.acme, label: 'Acme' }];
const cycles = [{ value: ids.cycle2025, label: 'Leadership 2025' }];

describe('participants in German', () => {
  it('lists participants with German filters, headers and counts', async () => {
    fakeApi(() => json(200, { participants: [ada], total: 1 }));
    await render(inGerman(<ParticipantBrowser organisations={organisations} cycles={cycles} />));
    await waitFor(() => expect(pageText()).toContain('1 teilnehmende Person.'));
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
    expect(pageText()).toContain('Noch nicht');
    expect(byRole('link', 'CSV exportieren')).toBeTruthy();
  });

  it('counts a long list in German, with German numbers and pages', async () => {
    window.history.replaceState(null, '', '/participants');
    fakeApi(() => json(200, { participants: Array.from({ length: 50 }, () => ada), total: 1234 }));
    await render(inGerman(<ParticipantBrowser organisations={organisations} cycles={cycles} />));
    await waitFor(() => expect(pageText()).toContain('Angezeigt: 1–50 von 1.234 Teilnehmenden.'));
    expect(pageText()).toContain('Seite 1 von 25');
    expect(byRole('button', 'Nächste Seite')).toBeTruthy();
  });

  it('shows a participant’s profile in German', async () => {
    await render(inGerman(<ParticipantProfile participant={{ ...ada, languages: ['de', 'en'] }} />));
    expect(pageText()).toContain('Führungsebene2 von 6');
    expect(pageText()).toContain('SprachenDeutsch und Englisch');
    expect(pageText()).toContain('KontoNoch nicht eingeladen oder Einladung noch nicht angenommen');
  });

  it('imports a file and reports in German', async () => {
    fakeApi(() => json(200, { created: 1, updated: 2, unchanged: 0, dryRun: false }));
    await render(inGerman(<ImportForm cycles={cycles} />));
    await click(byRole('button', 'Importieren'));
    expect(fieldError(byLabel('CSV-Datei'))).toBe('Bitte wählen Sie eine CSV-Datei für den Import.');
    expect(pageText()).toContain('Höchstens 10 MiB.');

    await uploadFile(byLabel('CSV-Datei'), new File(['E-Mail,Name,Rolle\n'], 'leute.csv'));
    await click(byRole('button', 'Importieren'));
    await waitFor(() => expect(pageText()).toContain('leute.csv importiert'));
    expect(pageText()).toContain('1 teilnehmende Person angelegt, 2 aktualisiert, 0 unverändert.');
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
    await waitFor(() => expect(pageText()).toContain('leute.csv wurde nicht importiert'));
    expect(pageText()).toContain('Korrigieren Sie diese 2 Probleme in der Datei');
    const headers = [...document.querySelectorAll('.import-report th')].map((th) => th.textContent);
    expect(headers).toEqual(['Zeile', 'Spalte', 'Problem']);
  });

  it('names the columns in English with the German names beside them', async () => {
    await render(inGerman(<CsvColumnsHelp organisationOptional />));
    expect(pageText()).toContain('Spalten der CSV-Datei');
    expect(pageText()).toContain(
      'Die Spalten haben englische Namen, unabhängig von der Sprache dieser Seite',
    );
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
    expect(pageText()).toContain('email oder E-MailPflicht');
    expect(pageText()).toContain('leer lassen für Ihre eigene Organisation');
    // The template keeps the English names: they are the file format.
    const template = byRole('link', 'Leere Vorlage herunterladen').getAttribute('href')!;
    expect(decodeURIComponent(template)).toContain('email,name,organisation,role,job_title');
  });
});
