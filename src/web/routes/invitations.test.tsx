// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import {
  byLabel,
  byRole,
  callsTo,
  choose,
  click,
  fakeApi,
  json,
  queryByLabel,
  render,
  signedIn,
  waitFor,
} from '../test/dom.tsx';
import { contact, coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { InvitationsPage } from './invitations.tsx';

const someSkipped = { hasAccount: 3, pendingInvitation: 1 };

async function page(
  account: Account,
  can: { inviteContacts: boolean; inviteParticipants: boolean },
  start: { toInvite: number; skipped: typeof someSkipped } = { toInvite: 2, skipped: someSkipped },
) {
  let toInvite = start.toInvite;
  const { skipped } = start;
  const calls = fakeApi((call) => {
    const path = call.url.pathname;
    if (path === '/api/v1/invitations') return json(200, { invitations: [], can });
    if (path === '/api/v1/organisations')
      return json(200, {
        organisations: [organisation(ids.acme, 'Acme'), organisation(ids.globex, 'Globex')],
      });
    if (path === '/api/v1/cycles')
      return json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] });
    if (path === '/api/v1/invitations/invite-all' && call.method === 'GET')
      return json(200, { toInvite, skipped });
    if (path === '/api/v1/invitations/invite-all') {
      const invited = toInvite;
      toInvite = 0;
      return json(200, { invited, skipped });
    }
    return undefined;
  });
  await render(signedIn(account, <InvitationsPage />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Invitations'));
  return calls;
}

const headings = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);

describe('InvitationsPage: inviting participants', () => {
  it('offers the coordinator to invite participants, as the server allows', async () => {
    const calls = await page(coordinator, { inviteContacts: true, inviteParticipants: true });
    expect(headings()).toContain('Invite an organisation contact');
    expect(headings()).toContain('Invite participants');
    await waitFor(() => byRole('button', 'Invite 2 participants…'));
    expect(document.body.textContent).toContain(
      '2 participants have neither an account nor a pending invitation. Left out: 3 with an account already, 1 with a pending invitation.',
    );
    // The coordinator chooses one organisation or the whole cycle.
    await choose(byLabel('Whose participants'), ids.globex);
    await waitFor(() =>
      expect(callsTo(calls, 'previewInviteAll').at(-1)!.url.searchParams.get('organisationId')).toBe(
        ids.globex,
      ),
    );
    await choose(byLabel('Whose participants'), '');

    // Nothing is sent before the user confirms.
    await click(await waitFor(() => byRole('button', 'Invite 2 participants…')));
    expect(callsTo(calls, 'inviteAll')).toEqual([]);
    await click(byRole('button', 'Yes, invite 2 participants'));
    await waitFor(() => expect(callsTo(calls, 'inviteAll')).toHaveLength(1));
    expect(callsTo(calls, 'inviteAll')[0]!.body).toEqual({ cycleId: ids.cycle2025 });
    const answer = await waitFor(() => {
      const status = document.querySelector<HTMLElement>('.invite-all [role="status"] p');
      expect(status?.textContent).toContain('Invited 2 participants');
      return status!;
    });
    expect(document.activeElement).toBe(answer);
    await waitFor(() =>
      expect(document.body.textContent).toContain('Everyone here is invited or has an account.'),
    );
  });

  it("keeps a contact to their own organisation's people", async () => {
    const calls = await page(contact, { inviteContacts: false, inviteParticipants: true });
    await waitFor(() => byRole('button', 'Invite 2 participants…'));
    expect(headings()).not.toContain('Invite an organisation contact');
    expect(queryByLabel('Whose participants')).toBeNull();
    expect(callsTo(calls, 'previewInviteAll')[0]!.url.searchParams.get('organisationId')).toBeNull();
  });

  it('says it in words when one participant is left to invite', async () => {
    await page(
      coordinator,
      { inviteContacts: true, inviteParticipants: true },
      { toInvite: 1, skipped: { hasAccount: 2, pendingInvitation: 0 } },
    );
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '1 participant has neither an account nor a pending invitation.',
      ),
    );
    expect(byRole('button', 'Invite 1 participant…')).toBeTruthy();
  });

  it('says there is nobody yet rather than that everyone is invited', async () => {
    await page(
      coordinator,
      { inviteContacts: true, inviteParticipants: true },
      { toInvite: 0, skipped: { hasAccount: 0, pendingInvitation: 0 } },
    );
    await waitFor(() => expect(document.body.textContent).toContain('There are no participants here yet.'));
    expect(document.body.textContent).not.toContain('Everyone here is invited');
  });

  it('offers no invitations where the server says no', async () => {
    await page(contact, { inviteContacts: false, inviteParticipants: false });
    await waitFor(() => expect(headings()).toContain('Sent invitations'));
    expect(headings()).not.toContain('Invite participants');
  });
});
