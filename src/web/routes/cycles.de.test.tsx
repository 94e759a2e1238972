// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { Cycle } from '../../shared/contract/cycles.ts';
import { LanguageProvider } from '../lib/i18n.tsx';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  choose,
  click,
  fakeApi,
  json,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { CyclePage, CyclesPage, NewCyclePage } from './cycles.tsx';

// The cycles pages as a German reader sees them: words, plurals and dates in German.

const inGerman = (account: Account, ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => undefined}>
    {signedIn(account, ui)}
  </LanguageProvider>
);
const germanCoordinator: Account = { ...coordinator, language: 'de' };
const initech = '00000000-0000-4000-8000-0000000000a3';
const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');
const headers = () => [...document.querySelectorAll('th')].map((th) => th.textContent);

const leadership: Cycle = { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), mentorCount: 12 };

function checklist(organisationsNotApproved: number) {
  return {
    cycleId: leadership.id,
    status: leadership.status,
    steps: [],
    next: null,
    organisationsNotApproved,
  };
}

describe('CyclesPage in German', () => {
  it('lists the cycles with German headings, phases and dates, and reminds in German plurals', async () => {
    let reminded = false;
    fakeApi(
      answers({
        listCycles: () => json(200, { cycles: [leadership] }),
        listOrganisations: () =>
          json(200, { organisations: [organisation(ids.acme, 'Acme'), organisation(ids.globex, 'Globex')] }),
        getCycleChecklist: () => json(200, checklist(reminded ? 0 : 3)),
        remindApprovers: () => {
          reminded = true;
          return json(200, { organisations: 3, sent: 1 });
        },
      }),
    );
    await render(inGerman(germanCoordinator, <CyclesPage />));
    await waitFor(() => expect(document.querySelector('tbody tr')).toBeTruthy());

    expect(document.querySelector('h1')?.textContent).toBe('Durchgänge');
    expect(byRole('link', 'Neuer Durchgang').getAttribute('href')).toBe('/cycles/new');
    expect(headers()).toEqual([
      'Name',
      'Phase',
      'Beginn',
      'Ende',
      'Organisationen',
      'Mentorinnen und Mentoren',
      'Mentees',
    ]);
    const row = [...document.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(row).toEqual([
      'Leadership 2025',
      'Offen für Nominierungen',
      '1. Jan. 2025',
      '1. Jan. 2026',
      '2',
      '12',
      '0',
    ]);
    expect(text()).toContain('So steht Leadership 2025:');
    expect(text()).toContain('Alle Schritte sind erledigt.');

    await click(await waitFor(() => byRole('button', '3 Organisationen ohne Freigabe erinnern')));
    await waitFor(() =>
      expect(document.querySelector('.notice--success')?.textContent).toBe(
        '3 Organisationen erinnert: 1 Mail an ihre Ansprechpersonen.',
      ),
    );
  });

  it('guides a new installation through its setup in German', async () => {
    fakeApi(
      answers({
        listCycles: () => json(200, { cycles: [] }),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
      }),
    );
    await render(inGerman(germanCoordinator, <CyclesPage />));
    await waitFor(() => expect(text()).toContain('Ihr Programm einrichten'));
    expect(byRole('link', 'Eine weitere Organisation anlegen').getAttribute('href')).toBe(
      '/organisations/new',
    );
    expect(text()).toContain('Organisationen: 1 Organisation angelegt');
    expect(text()).toContain('Danach Freigabe: auf der Seite des Durchgangs');
    expect(text()).toContain('Noch keine Durchgänge.');
  });
});

describe('CyclePage in German', () => {
  it('names the phases, moves and organisations in German', async () => {
    let shown = leadership;
    fakeApi(
      answers({
        getCycle: () => json(200, shown),
        listOrganisations: () =>
          json(200, {
            organisations: [
              organisation(ids.acme, 'Acme'),
              organisation(ids.globex, 'Globex'),
              organisation(initech, 'Initech'),
            ],
          }),
        getCycleTandemSettings: () =>
          json(200, { meetingCadenceDays: 30, confidentialityText: 'Unter uns.', version: 1 }),
        getCycleChecklist: () => json(200, checklist(0)),
        changeCycleStatus: ({ body }) => {
          shown = { ...shown, status: (body as { status: Cycle['status'] }).status };
          return json(200, shown);
        },
      }),
    );
    await render(inGerman(germanCoordinator, <CyclePage id={leadership.id} />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Leadership 2025'));

    expect(text()).toContain('Offen für Nominierungen 1. Jan. 2025 bis 1. Jan. 2026');
    expect(byRole('link', 'Übersicht')).toBeTruthy();
    expect(byRole('button', 'Durchgang bearbeiten')).toBeTruthy();
    expect(byRole('button', 'Aus dem Durchgang entfernen: Acme')).toBeTruthy();
    expect(byRole('button', 'In den Durchgang aufnehmen: Initech')).toBeTruthy();
    expect(byRole('button', 'Zurück zum Entwurf')).toBeTruthy();

    await click(byRole('button', 'Weiter zum Matching'));
    await waitFor(() => expect(text()).toContain('Der Durchgang ist jetzt in der Phase „Matching“.'));
    await waitFor(() => expect(byRole('button', 'Durchgang starten')).toBeTruthy());
  });
});

describe('NewCyclePage in German', () => {
  it('offers the language of the programme’s texts, the account’s first, and sends the one chosen', async () => {
    const created = { ...leadership, language: 'en' as const };
    const calls = fakeApi(answers({ createCycle: () => json(201, created) }));
    await render(inGerman(germanCoordinator, <NewCyclePage />));

    expect(document.querySelector('h1')?.textContent).toBe('Neuer Durchgang');
    const language = byLabel('Sprache der Programmtexte') as unknown as HTMLSelectElement;
    expect(language.value).toBe('de');
    expect([...language.options].map((o) => o.textContent)).toEqual(['English', 'Deutsch']);

    await type(byLabel('Name'), 'Leadership 2025');
    await type(byLabel('Beginn'), '2025-01-01');
    await type(byLabel('Ende'), '2026-01-01');
    await choose(language, 'en');
    await click(byRole('button', 'Durchgang anlegen'));
    await waitFor(() => expect(callsTo(calls, 'createCycle')).toHaveLength(1));
    expect(callsTo(calls, 'createCycle')[0]!.body).toEqual({
      name: 'Leadership 2025',
      startsOn: '2025-01-01',
      endsOn: '2026-01-01',
      language: 'en',
    });
  });
});
