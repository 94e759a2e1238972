// @vitest-environment jsdom
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../lib/i18n.tsx';
import { adaAlumna } from '../test/alumni-fixtures.ts';
import { answers, byLabel, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { ada, adaAccount, adaMentoring, notAlumni, adaTandem as tandem } from '../test/fixtures.ts';
import { MyProgrammePage } from './my-programme.tsx';

// A participant's own programme as a German reader sees it: role names, the tandem and the profile.

const inGerman = (ui: ReactNode) => (
  <LanguageProvider language="de" setLanguage={() => undefined}>
    {signedIn(adaAccount('de'), ui)}
  </LanguageProvider>
);
const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

describe('MyProgrammePage in German', () => {
  it('shows the tandem, the nomination still waiting and the profile in German', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [ada, adaMentoring] }),
        listTandems: () => json(200, { tandems: [tandem] }),
        getMyAlumni: () => json(200, notAlumni),
        listMyCertificates: () => json(200, { certificates: [] }),
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
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [] }),
        listTandems: () => json(200, { tandems: [] }),
        getMyAlumni: () => json(200, notAlumni),
        listMyCertificates: () => json(200, { certificates: [] }),
      }),
    );
    await render(inGerman(<MyProgrammePage />));
    await waitFor(() =>
      expect(text()).toContain(
        'Sie nehmen noch an keinem Durchgang teil. Die Ansprechperson Ihrer Organisation nominiert Sie für den nächsten.',
      ),
    );
  });

  it('offers the certificate in German', async () => {
    fakeApi(
      answers({
        listMyEvents: () => json(200, { events: [] }),
        listMyParticipations: () => json(200, { participants: [ada] }),
        listTandems: () => json(200, { tandems: [] }),
        getMyAlumni: () => json(200, notAlumni),
        listMyCertificates: () =>
          json(200, {
            certificates: [
              { participantId: ada.id, cycleId: ada.cycleId, cycleName: ada.cycleName, state: 'available' },
            ],
          }),
      }),
    );
    await render(inGerman(<MyProgrammePage />));
    const link = await waitFor(() =>
      byRole('link', 'Ihre Teilnahmebescheinigung für Leadership 2025 herunterladen (PDF)'),
    );
    expect(link.getAttribute('href')).toBe(`/api/v1/participations/${ada.id}/certificate.pdf?language=de`);
  });

  it('shows the alumni section in German', async () => {
    fakeApi(
      answers({
        listMyParticipations: () => json(200, { participants: [ada] }),
        listTandems: () => json(200, { tandems: [] }),
        getMyAlumni: () =>
          json(200, {
            ...adaAlumna,
            invitations: [{ ...adaAlumna.invitations[0], can: { accept: false, decline: true } }],
          }),
        listMyCertificates: () => json(200, { certificates: [] }),
      }),
    );
    await render(inGerman(<MyProgrammePage />));
    await waitFor(() => expect(document.getElementById('alumni-heading')?.textContent).toBe('Alumni'));
    const page = text();
    expect(page).toContain('Sie gehören zu den Alumni des Programms:');
    expect(page).toContain('Leadership 2024 als Mentorin oder Mentor');
    expect(page).toContain('Sie stehen nicht im Alumni-Verzeichnis.');
    expect(byLabel('Meine Organisation zeigen')).toBeTruthy();
    expect(byLabel('Meine Themen zeigen')).toBeTruthy();
    expect(byRole('button', 'Mich eintragen')).toBeTruthy();
    expect(byRole('link', 'Alumni-Verzeichnis öffnen').getAttribute('href')).toBe('/alumni');
    expect(page).toContain('Einladungen zu einem neuen Durchgang');
    expect(page).toContain('an Leadership 2026 als Mentorin oder Mentor teilzunehmen');
    expect(page).toContain('die Einladung können Sie nur noch ablehnen');
    expect(byRole('button', 'Ablehnen: Einladung zu Leadership 2026')).toBeTruthy();
  });
});
