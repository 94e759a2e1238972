// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { Participant } from '../../shared/contract/participants.ts';
import type { Tandem } from '../../shared/contract/tandems.ts';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { ada, ids } from '../test/fixtures.ts';
import { MyProgrammePage } from './my-programme.tsx';

// A participant's own programme: each cycle with their tandem or what comes next, and their profile.

const adaAccount: Account = {
  id: '00000000-0000-4000-8000-000000000003',
  email: ada.email,
  name: ada.name,
  role: 'participant',
  organisationId: ids.acme,
  organisationName: 'Acme',
  personId: ids.adaPerson,
  disabled: false,
  language: 'en',
};

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

describe('MyProgrammePage', () => {
  it('shows the tandem of one cycle and the nomination still waiting in another', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [tandem] }),
      }),
    );
    await render(signedIn(adaAccount, <MyProgrammePage />));
    await waitFor(() => expect(document.querySelectorAll('.card')).toHaveLength(2));
    expect(document.querySelector('h1')?.textContent).toBe('My programme');
    const page = text();
    expect(page).toContain('Welcome, Ada Lovelace.');
    expect(page).toContain('Mentee for Acme');
    expect(page).toContain('Your mentor: Bea Mentor (Globex)');
    expect(byRole('link', 'My tandem with Bea Mentor').getAttribute('href')).toBe(`/tandems/${tandem.id}`);
    expect(page).toContain(
      'Your organisation has nominated you as a mentor. You will see your tandem here once the matching is published.',
    );
    expect(byRole('link', 'Edit my profile for Leadership 2026')).toBeTruthy();
    expect(page).toContain('What you want to pass on');
    expect(page).toContain('LanguagesGerman and English');
  });
});
