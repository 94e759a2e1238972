// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { ada, adaAccount, adaMentoring, adaTandem as tandem } from '../test/fixtures.ts';
import { MyProgrammePage } from './my-programme.tsx';

// A participant's own programme: each cycle with their tandem or what comes next, and their profile.

const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

describe('MyProgrammePage', () => {
  it('shows the tandem of one cycle and the nomination still waiting in another', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [tandem] }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyProgrammePage />));
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
