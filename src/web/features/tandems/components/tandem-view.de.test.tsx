// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import { render } from '../../../test/dom.tsx';
import { TandemList } from './tandem-list.tsx';
import { TandemView } from './tandem-view.tsx';

const person = (participantId: string, name: string): Tandem['mentee'] => ({
  participantId,
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  organisationName: 'Alpha Bank',
  jobTitle: '',
  seniority: null,
  languages: ['de', 'en'],
  location: '',
  topics: ['Verhandeln'],
  text: '',
});

const tandem = (overrides: Partial<Tandem> = {}): Tandem => ({
  id: '22222222-2222-4222-8222-222222222222',
  cycleId: '11111111-1111-4111-8111-111111111111',
  cycleName: 'Programm 2027',
  status: 'active',
  publishedAt: '2027-03-14T09:00:00.000Z',
  dissolvedAt: null,
  dissolvedReason: null,
  mentee: person('33333333-3333-4333-8333-333333333333', 'Mia Mentee'),
  mentor: person('44444444-4444-4444-8444-444444444444', 'Bea Wagner'),
  reasons: ['teilt 2 Ziele'],
  viewerSide: 'mentee',
  can: { dissolve: false, proposeRematch: false },
  ...overrides,
});

const inGerman = async (ui: ReactNode) => {
  await render(
    <LanguageProvider language="de" setLanguage={() => {}}>
      {ui}
    </LanguageProvider>,
  );
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
};

describe('Tandems in German', () => {
  it('welcomes a member of the tandem in German, with the date written the German way', async () => {
    const text = await inGerman(<TandemView tandem={tandem()} />);
    expect(text).toContain('Willkommen bei Programm 2027!');
    expect(text).toContain('Sie und Bea Wagner (Alpha Bank) bilden ein Tandem: Bea Wagner begleitet Sie');
    expect(text).toContain('Warum Sie ein Tandem bilden');
    expect(text).toContain('Mentorin oder Mentor: Bea Wagner');
    expect(text).toContain('Deutsch und Englisch');
    expect(text).toContain('Keine Angabe zur Tätigkeit');
    expect(text).toContain('Veröffentlicht am 14. März 2027.');
  });

  it('lists dissolved tandems with their German date', async () => {
    const text = await inGerman(
      <TandemList
        tandems={[tandem({ status: 'dissolved', dissolvedAt: '2027-05-02T10:00:00.000Z', viewerSide: null })]}
      />,
    );
    expect(text).toContain('Mentorin oder Mentor');
    expect(text).toContain('Aufgelöst am 2. Mai 2027');
  });
});
