// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { Participant } from '../../shared/contract/participants.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByLabel,
  queryByRole,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { ada, contact, coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { ParticipantPage, ParticipantsPage } from './participants.tsx';

async function page(account: Account, shown: Participant) {
  const calls = fakeApi(
    answers({
      getParticipant: () => json(200, shown),
      listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
      listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
      createInvitation: () =>
        json(201, {
          invitation: {
            id: '00000000-0000-4000-8000-0000000000f1',
            email: shown.email,
            name: shown.name,
            role: 'participant',
            organisationId: shown.organisationId,
            organisationName: shown.organisationName,
            status: 'pending',
            createdAt: '2025-01-02T09:00:00.000Z',
            expiresAt: '2025-01-09T09:00:00.000Z',
            can: { revoke: true },
          },
          link: 'http://localhost/invitations/secret',
        }),
    }),
  );
  await render(signedIn(account, <ParticipantPage id={shown.id} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(shown.name));
  return calls;
}

const headings = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);

describe('ParticipantPage', () => {
  it('offers editing, inviting and removing where the server says so', async () => {
    await page(contact, ada);
    expect(byRole('button', 'Edit participant')).toBeTruthy();
    expect(byRole('button', 'Invite Ada Lovelace to crossmentor')).toBeTruthy();
    expect(byRole('button', 'Remove participant')).toBeTruthy();
  });

  it('offers the coordinator the invitation too, as the server does', async () => {
    const calls = await page(coordinator, ada);
    await click(byRole('button', 'Invite Ada Lovelace to crossmentor'));
    await waitFor(() => expect(callsTo(calls, 'createInvitation')).toHaveLength(1));
    expect(callsTo(calls, 'createInvitation')[0]!.body).toEqual({
      role: 'participant',
      personId: ada.personId,
    });
  });

  it('offers none of them where the server says no', async () => {
    await page(contact, { ...ada, can: { edit: false, remove: false, invite: false } });
    expect(queryByRole('button', 'Edit participant')).toBeNull();
    expect(queryByRole('button', /^Invite /)).toBeNull();
    expect(queryByRole('button', 'Remove participant')).toBeNull();
    expect(headings()).not.toContain('Invitation');
    expect(headings()).not.toContain('Remove from the cycle');
  });

  it('follows each flag on its own: someone with an account is edited but not invited again', async () => {
    await page(contact, { ...ada, hasAccount: true, can: { edit: true, remove: true, invite: false } });
    expect(byRole('button', 'Edit participant')).toBeTruthy();
    expect(byRole('button', 'Remove participant')).toBeTruthy();
    expect(queryByRole('button', /^Invite /)).toBeNull();
  });
});

describe('ParticipantPage: someone saved the participant meanwhile', () => {
  it('says so where the user is, keeps the form until asked, and then starts from the saved version', async () => {
    let saved = ada;
    const calls = fakeApi(
      answers({
        getParticipant: () => json(200, saved),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
        updateParticipant: () =>
          apiError(409, 'stale_version', 'This participant changed since you loaded it.', {
            currentVersion: ada.version + 2,
          }),
      }),
    );
    await render(signedIn(coordinator, <ParticipantPage id={ada.id} />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(ada.name));
    await click(byRole('button', 'Edit participant'));
    await waitFor(() => expect(byLabel('Job title')).toBeTruthy());
    await type(byLabel('Job title'), 'Head of analytics');
    // Meanwhile a colleague changed the email and saved.
    saved = { ...ada, email: 'ada.l@acme.example', version: ada.version + 2 };
    await click(byRole('button', 'Save participant'));

    await waitFor(() => expect(alerts()).toContain('This participant changed since you loaded it.'));
    expect(callsTo(calls, 'updateParticipant')[0]!.body).toMatchObject({ version: ada.version });
    expect(byLabel('Job title').value).toBe('Head of analytics');
    // Told beside the save button, where the user is, with focus moved to it.
    const notice = document.activeElement!;
    expect(notice.classList.contains('stale-version')).toBe(true);
    expect(
      byRole('button', 'Save participant').compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    await click(byRole('button', 'Load the saved version'));
    await waitFor(() => expect(byLabel('Email').value).toBe('ada.l@acme.example'));
    expect(byLabel('Job title').value).toBe(ada.jobTitle);
    expect(queryByRole('button', 'Load the saved version')).toBeNull();
  });
});

describe('ParticipantsPage', () => {
  async function list(account: Account) {
    fakeApi(
      answers({
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
        listParticipants: () => json(200, { participants: [], total: 0 }),
      }),
    );
    await render(signedIn(account, <ParticipantsPage />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Participants'));
  }

  it('lets the coordinator filter by organisation, also one who was a contact and keeps an organisation', async () => {
    await list({ ...coordinator, organisationId: ids.acme, organisationName: 'Acme' });
    await waitFor(() => expect(queryByLabel('Organisation')).not.toBeNull());
  });

  it('keeps a contact to their own organisation', async () => {
    await list(contact);
    await waitFor(() => expect(queryByLabel('Role')).not.toBeNull());
    expect(queryByLabel('Organisation')).toBeNull();
  });
});
