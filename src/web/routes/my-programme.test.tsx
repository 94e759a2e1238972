// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { adaAlumna, invitationId } from '../test/alumni-fixtures.ts';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  signedIn,
  waitFor,
} from '../test/dom.tsx';
import { ada, adaAccount, adaMentoring, notAlumni, adaTandem as tandem } from '../test/fixtures.ts';
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
        getMyAlumni: () => json(200, notAlumni),
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
        getMyAlumni: () => json(200, notAlumni),
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
        getMyAlumni: () => json(200, notAlumni),
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

  it('shows nothing of alumni to a participant who is none', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada] }),
        listTandems: () => json(200, { tandems: [] }),
        getMyAlumni: () => json(200, notAlumni),
        listMyCertificates: () => json(200, { certificates: [] }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyProgrammePage />));
    await waitFor(() => expect(document.querySelectorAll('.card')).toHaveLength(1));
    expect(document.getElementById('alumni-heading')).toBeNull();
    expect(queryByRole('link', 'Open the alumni directory')).toBeNull();
  });

  it('lets an alumna join the directory with her choices, leave it, and accept an invitation', async () => {
    const listed = {
      ...adaAlumna,
      directoryEntry: {
        showOrganisation: true,
        showTopics: false,
        optedInAt: '2025-11-03T09:00:00.000Z',
        updatedAt: '2025-11-03T09:00:00.000Z',
      },
    };
    const calls = fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada] }),
        listTandems: () => json(200, { tandems: [] }),
        getMyAlumni: () => json(200, adaAlumna),
        listMyCertificates: () => json(200, { certificates: [] }),
        saveMyDirectoryEntry: () => json(200, listed),
        removeMyDirectoryEntry: () => json(200, adaAlumna),
        acceptAlumniInvitation: () =>
          json(200, {
            invitationId,
            answer: 'accepted',
            participantId: '00000000-0000-4000-8000-0000000000d9',
          }),
      }),
    );
    await render(signedIn(adaAccount('en'), <MyProgrammePage />));
    await waitFor(() => expect(document.getElementById('alumni-heading')?.textContent).toBe('Alumni'));
    const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text()).toContain('You belong to the programme’s alumni:');
    expect(text()).toContain('Leadership 2024 as mentor');
    expect(text()).toContain('You are not listed in the alumni directory.');
    expect(byRole('link', 'Open the alumni directory').getAttribute('href')).toBe('/alumni');
    // Nothing is shown beyond name and cycles until chosen.
    expect(byLabel('Show my organisation').checked).toBe(false);
    expect(byLabel('Show my topics').checked).toBe(false);
    await click(byLabel('Show my organisation'));
    await click(byRole('button', 'Join the directory'));
    await waitFor(() => expect(text()).toContain('You are now listed in the alumni directory.'));
    expect(callsTo(calls, 'saveMyDirectoryEntry')[0]?.body).toEqual({
      showOrganisation: true,
      showTopics: false,
    });
    expect(byLabel('Show my organisation').checked).toBe(true);
    await click(byRole('button', 'Leave the directory'));
    await waitFor(() =>
      expect(text()).toContain('You have left the alumni directory: your entry is deleted.'),
    );
    expect(callsTo(calls, 'removeMyDirectoryEntry')).toHaveLength(1);
    expect(byLabel('Show my organisation').checked).toBe(false);

    expect(text()).toContain('invites you to take part as a mentor in Leadership 2026');
    await click(byRole('button', 'Accept the invitation to Leadership 2026'));
    await waitFor(() => expect(text()).toContain('You now take part in Leadership 2026 as a mentor.'));
    expect(callsTo(calls, 'acceptAlumniInvitation')[0]?.url.pathname).toBe(
      `/api/v1/alumni-invitations/${invitationId}/accept`,
    );
    // The page loads again, with the new participation.
    expect(callsTo(calls, 'listMyParticipations').length).toBeGreaterThan(1);
  });
});
