// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Invitation } from '../../shared/contract/invitations.ts';
import { AcceptInvitation } from '../features/invitations/components/accept-invitation.tsx';
import { InvitationList } from '../features/invitations/components/invitation-list.tsx';
import {
  answers,
  byLabel,
  byRole,
  click,
  fakeApi,
  fieldError,
  inGerman,
  json,
  pageText,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { InvitationsPage } from './invitations.tsx';

const pending: Invitation = {
  id: '00000000-0000-4000-8000-0000000000f1',
  email: 'nina@globex.example',
  name: 'Nina',
  role: 'participant',
  organisationId: ids.globex,
  organisationName: 'Globex',
  status: 'pending',
  createdAt: '2025-03-01T10:00:00.000Z',
  expiresAt: '2025-03-08T10:00:00.000Z',
  can: { revoke: true },
};

describe('invitations in German', () => {
  it('offers to invite participants in German, with German plurals', async () => {
    let toInvite = 2;
    fakeApi(
      answers({
        listInvitations: () =>
          json(200, { invitations: [], can: { inviteContacts: true, inviteParticipants: true } }),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
        previewInviteAll: () => json(200, { toInvite, skipped: { hasAccount: 1, pendingInvitation: 0 } }),
        inviteAll: () => {
          const invited = toInvite;
          toInvite = 0;
          return json(200, { invited, skipped: { hasAccount: 1, pendingInvitation: 0 } });
        },
      }),
    );
    await render(inGerman(signedIn(coordinator, <InvitationsPage />)));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Einladungen'));
    const headings = [...document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Ansprechperson einer Organisation einladen',
      'Teilnehmende einladen',
      'Verschickte Einladungen',
    ]);
    await waitFor(() =>
      expect(pageText()).toContain(
        '2 Teilnehmende haben weder ein Konto noch eine offene Einladung. Nicht berücksichtigt: 1 mit bestehendem Konto.',
      ),
    );
    expect(pageText()).toContain('Es wurden noch keine Einladungen verschickt.');
    await click(byRole('button', '2 Teilnehmende einladen …'));
    await click(byRole('button', 'Ja, 2 Teilnehmende einladen'));
    await waitFor(() =>
      expect(pageText()).toContain(
        '2 Teilnehmende sind eingeladen; jede Person bekommt eine Mail mit ihrem Link.',
      ),
    );
    await waitFor(() => expect(pageText()).toContain('Alle hier sind eingeladen oder haben ein Konto.'));
  });

  it('lists sent invitations with German states and dates', async () => {
    fakeApi(() => json(200, { ...pending, status: 'revoked', can: { revoke: false } }));
    await render(inGerman(<InvitationList invitations={[pending]} onChanged={() => {}} />));
    const headers = [...document.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual([
      'Name',
      'E-Mail-Adresse',
      'Rolle',
      'Organisation',
      'Status',
      'Verschickt',
      'Gültig bis',
    ]);
    expect(pageText()).toContain('Offen');
    expect(pageText()).toContain('Teilnehmende Person');
    expect(pageText()).toContain('8. März 2025');
    await click(byRole('button', 'Zurückziehen …'));
    await click(byRole('button', 'Einladung zurückziehen'));
    await waitFor(() =>
      expect(pageText()).toContain(
        'Die Einladung von Nina ist zurückgezogen; ihr Link funktioniert nicht mehr.',
      ),
    );
  });

  it('lets the invited person accept in German', async () => {
    fakeApi(() =>
      json(200, {
        email: 'hr@acme.example',
        name: 'Hana Ressource',
        role: 'organisation_contact',
        organisationName: 'Acme',
      }),
    );
    await render(inGerman(<AcceptInvitation token={'a'.repeat(43)} onAccepted={vi.fn()} />));
    await waitFor(() => expect(byLabel('Ihr Name').value).toBe('Hana Ressource'));
    expect(pageText()).toContain('RolleAnsprechperson der Organisation');
    await type(byLabel('Passwort'), 'a long enough passphrase');
    await type(byLabel('Passwort wiederholen'), 'another passphrase!');
    await click(byRole('button', 'Einladung annehmen'));
    expect(fieldError(byLabel('Passwort wiederholen'))).toBe('Die beiden Passwörter stimmen nicht überein.');
    expect(pageText()).toContain('Mindestens 12 Zeichen.');
  });
});
