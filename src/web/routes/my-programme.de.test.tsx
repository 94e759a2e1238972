// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { Participant } from '../../shared/contract/participants.ts';
import type { Tandem } from '../../shared/contract/tandems.ts';
import { LanguageProvider } from '../lib/i18n.tsx';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { ada, ids } from '../test/fixtures.ts';
import { MyProgrammePage } from './my-programme.tsx';

// A participant's own programme as a German reader sees it: role names, the tandem and the profile.

const adaAccount: Account = {
  id: '00000000-0000-4000-8000-000000000003',
  email: ada.email,
  name: ada.name,
  role: 'participant',
  organisationId: ids.acme,
  organisationName: 'Acme',
  personId: ids.adaPerson,
  disabled: false,
  language: 'de',
};

const inGerman = (ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => undefined}>
    {signedIn(adaAccount, ui)}
  </LanguageProvider>
);
const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

/** Ada mentors in a second cycle, not matched yet. */
const adaMentoring: Participant = {
  ...ada,
  id: '00000000-0000-4000-8000-0000000000d2',
  cycleId: ids.cycle2024,
  cycleName: 'Leadership 2026',
  role: 'mentor',
  languages: ['de', 'en'],
  goals: '',
  capacity: 2,
};

const person = (participantId: string, name: string, organisationName: string) => ({
  participantId,
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  organisationName,
  jobTitle: '',
  seniority: null,
  languages: [],
  location: '',
  topics: [],
  text: '',
});

const tandem: Tandem = {
  id: '00000000-0000-4000-8000-0000000000f1',
  cycleId: ids.cycle2025,
  cycleName: 'Leadership 2025',
  status: 'active',
  publishedAt: '2025-02-01T09:00:00.000Z',
  dissolvedAt: null,
  dissolvedReason: null,
  mentee: person(ada.id, ada.name, 'Acme'),
  mentor: person('00000000-0000-4000-8000-0000000000d9', 'Bea Mentor', 'Globex'),
  reasons: [],
  viewerSide: 'mentee',
  can: { dissolve: false, proposeRematch: false },
};

describe('MyProgrammePage in German', () => {
  it('shows the tandem, the nomination still waiting and the profile in German', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [tandem] }),
      }),
    );
    await render(inGerman(<MyProgrammePage />));
    await waitFor(() => expect(document.querySelectorAll('.card')).toHaveLength(2));
    expect(document.querySelector('h1')?.textContent).toBe('Mein Programm');
    const page = text();
    expect(page).toContain('Willkommen, Ada Lovelace.');
    expect(page).toContain('Mentee für Acme');
    expect(page).toContain('Mentorin oder Mentor für Acme');
    expect(page).toContain('Mentorin oder Mentor in Ihrem Tandem: Bea Mentor (Globex)');
    expect(byRole('link', 'Mein Tandem mit Bea Mentor').getAttribute('href')).toBe(`/tandems/${tandem.id}`);
    expect(page).toContain(
      'Ihre Organisation hat Sie als Mentorin oder Mentor nominiert. Ihr Tandem sehen Sie hier, sobald das Matching veröffentlicht ist.',
    );
    expect(byRole('link', 'Mein Profil bearbeiten für Leadership 2026').getAttribute('href')).toBe(
      `/my-programme/profiles/${adaMentoring.id}`,
    );
    const [mentee, mentor] = [...document.querySelectorAll('.card')].map((c) =>
      (c.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(mentee).toContain('Ihre Ziele');
    expect(mentee).toContain('SprachenEnglisch');
    expect(mentor).toContain('Was Sie weitergeben möchten');
    expect(mentor).toContain('SprachenDeutsch und Englisch');
    expect(mentor).toContain('Wie viele Mentees Sie begleiten können2');
    expect(mentor).toContain('Noch nicht ausgefüllt.');
  });

  it('says in German that the participant is in no cycle yet', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [] }),
        listTandems: () => json(200, { tandems: [] }),
      }),
    );
    await render(inGerman(<MyProgrammePage />));
    await waitFor(() =>
      expect(text()).toContain(
        'Sie nehmen noch an keinem Durchgang teil. Die Ansprechperson Ihrer Organisation nominiert Sie für den nächsten.',
      ),
    );
  });
});
