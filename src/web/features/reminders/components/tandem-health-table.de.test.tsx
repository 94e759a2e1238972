// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TandemHealth } from '../../../../shared/contract/reminders.ts';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import { byLabel, render } from '../../../test/dom.tsx';
import { TandemHealthTable } from './tandem-health-table.tsx';

const base: TandemHealth = {
  tandemId: '00000000-0000-4000-8000-000000000001',
  status: 'active',
  publishedAt: '2027-02-01T10:00:00.000Z',
  mentee: { name: 'Anna', organisationName: 'Alpha Bank' },
  mentor: { name: 'Bea Wagner', organisationName: 'Beta Motors' },
  agreement: { state: 'signed', signedAt: '2027-02-10T09:00:00.000Z' },
  cadenceDays: 30,
  meetingsHeld: 2,
  meetingsExpected: 3,
  lastMeetingAt: '2027-04-20T15:00:00.000Z',
  nextMeetingAt: null,
  goals: { notStarted: 0, onTrack: 1, atRisk: 0, achieved: 1, dropped: 0, percentAchieved: 50 },
  surveys: { mentee: { kind: 'midterm', title: 'Mid-term', done: true }, mentor: null },
  overdue: false,
  inactive: false,
  daysSinceActivity: 10,
};

describe('TandemHealthTable in German', () => {
  it('shows the figures, plurals, dates and relative days in German', async () => {
    await render(
      <LanguageProvider language="de" setLanguage={() => {}}>
        <TandemHealthTable
          list={{
            cycleId: '00000000-0000-4000-8000-0000000000aa',
            cycleName: 'Programm 2027',
            cycleStatus: 'matching',
            tandems: [
              base,
              {
                ...base,
                tandemId: '00000000-0000-4000-8000-000000000002',
                mentee: { name: 'Bert', organisationName: 'Alpha Bank' },
                inactive: true,
                overdue: true,
                lastMeetingAt: null,
                agreement: { state: 'none', signedAt: null },
                daysSinceActivity: 1,
                cadenceDays: 1,
              },
            ],
          }}
        />
      </LanguageProvider>,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain(
      '2 Tandems: 1 inaktiv, 0 mit überfälligem Treffen. Markierungen werden nur gesetzt, solange der Durchgang läuft.',
    );
    expect(text).toContain('Unterschrieben am 10. Feb. 2027');
    expect(text).toContain('Noch nicht verfasst');
    expect(text).toContain('2 von 3 erwarteten');
    expect(text).toContain('alle 30 Tage');
    expect(text).toContain('jeden Tag');
    expect(text).toContain('vor 10 Tagen');
    expect(text).toContain('1 Tag seit dem Start');
    expect(text).toContain('50\u00a0% erreicht');
    expect(text).toContain('1 erreicht · 1 auf gutem Weg');
    expect(text).toContain('Mentee: Halbzeit beantwortet');
    expect(text).toContain('mit Bea Wagner');
    expect(byLabel('Nur inaktive Tandems')).toBeTruthy();
    const sort = byLabel('Sortieren nach') as unknown as HTMLSelectElement;
    expect([...sort.options].map((o) => o.textContent)).toContain('Handlungsbedarf zuerst');
  });
});
