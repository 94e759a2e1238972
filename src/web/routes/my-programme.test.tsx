// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { answers, byRole, fakeApi, json, queryByRole, render, signedIn, waitFor } from '../test/dom.tsx';
import { ada, adaAccount, adaMentoring, adaTandem as tandem } from '../test/fixtures.ts';
import { MyProgrammePage } from './my-programme.tsx';

// A participant's own programme: each cycle with their tandem or what comes next, and their profile.

const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

describe('MyProgrammePage', () => {
  it('shows the tandem of one cycle and the nomination still waiting in another', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [tandem] }),
        listMyCertificates: () => json(200, { certificates: [] }),
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

  it('offers the certificate of a completed, closed cycle, and says why there is none in another', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [] }),
        listMyCertificates: () =>
          json(200, {
            certificates: [
              { participantId: ada.id, cycleId: ada.cycleId, cycleName: ada.cycleName, state: 'available' },
              {
                participantId: adaMentoring.id,
                cycleId: adaMentoring.cycleId,
                cycleName: adaMentoring.cycleName,
                state: 'withheld',
              },
            ],
          }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyProgrammePage />));
    const link = await waitFor(() => byRole('link', 'Download your certificate for Leadership 2025 (PDF)'));
    expect(link.getAttribute('href')).toBe(`/api/v1/participations/${ada.id}/certificate.pdf?language=en`);
    expect(link.hasAttribute('download')).toBe(true);
    expect(queryByRole('link', /Download your certificate for Leadership 2026/)).toBeNull();
    expect(text()).toContain('Your certificate is being withheld by the programme’s coordination.');
  });

  it('says that a closed cycle not completed has no certificate, and shows nothing while a cycle runs', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [] }),
        listMyCertificates: () =>
          json(200, {
            certificates: [
              {
                participantId: ada.id,
                cycleId: ada.cycleId,
                cycleName: ada.cycleName,
                state: 'not_completed',
              },
              {
                participantId: adaMentoring.id,
                cycleId: adaMentoring.cycleId,
                cycleName: adaMentoring.cycleName,
                state: 'pending',
              },
            ],
          }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyProgrammePage />));
    await waitFor(() => expect(document.querySelectorAll('.card')).toHaveLength(2));
    expect(text()).toContain('yours did not, so there is no certificate for this cycle.');
    // One notice, for the closed cycle; none for the running one.
    const headings = [...document.querySelectorAll('h3')].filter(
      (h) => h.textContent === 'Certificate of participation',
    );
    expect(headings).toHaveLength(1);
    expect(headings[0]?.closest('.card')?.querySelector('h2')?.textContent).toBe(ada.cycleName);
    expect(queryByRole('link', /Download your certificate/)).toBeNull();
  });
});
