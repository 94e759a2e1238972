// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { alumniMentor, bea, carl, directory } from '../test/alumni-fixtures.ts';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  pageText,
  render,
  signedIn,
  type,
  waitFor,
} from '../test/dom.tsx';
import { adaAccount, coordinator, cycle, ids } from '../test/fixtures.ts';
import { AlumniDirectoryPage, CycleAlumniPage } from './alumni.tsx';

// The alumni directory (alumni and the coordinator) and the coordinator's invitations of alumni
// mentors to a cycle.

describe('AlumniDirectoryPage', () => {
  it('lists alumni in a table, says where a field is not shown, and searches', async () => {
    const calls = fakeApi(
      answers({
        listAlumni: ({ url }) =>
          json(200, { alumni: url.searchParams.get('q') === 'globex' ? [directory[0]] : directory }),
      }),
    );
    await render(signedIn(adaAccount('en'), <AlumniDirectoryPage />));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(document.querySelector('h1')?.textContent).toBe('Alumni directory');
    const [beaRow, carlRow] = [...document.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((cell) => cell.textContent),
    );
    expect(beaRow).toEqual([
      'Bea Mentor',
      'Leadership 2024 as mentor',
      'Globex',
      'negotiation and leading teams',
    ]);
    expect(carlRow).toEqual(['Carl Mentee', 'Leadership 2024 as mentee', 'Not shown', 'Not shown']);
    expect(document.querySelector('th[scope="row"]')?.textContent).toBe('Bea Mentor');

    await type(byLabel('Search by name, organisation or topic'), 'globex');
    await click(byRole('button', 'Search'));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(callsTo(calls, 'listAlumni').at(-1)?.url.searchParams.get('q')).toBe('globex');
  });

  it('says when nobody is listed, and when nobody matches', async () => {
    fakeApi(answers({ listAlumni: () => json(200, { alumni: [] }) }));
    await render(signedIn(coordinator, <AlumniDirectoryPage />));
    await waitFor(() => expect(pageText()).toContain('Nobody is listed in the alumni directory yet.'));
    await type(byLabel('Search by name, organisation or topic'), 'zebra');
    await click(byRole('button', 'Search'));
    await waitFor(() => expect(pageText()).toContain('Nobody in the directory matches “zebra”.'));
  });
});

describe('CycleAlumniPage', () => {
  const cycleId = ids.cycle2025;
  it('invites the chosen alumni mentors; one whose organisation does not take part cannot be chosen, and says why', async () => {
    const carlMentor = alumniMentor({
      personId: carl,
      name: 'Carl Mentor',
      organisationName: 'Initech',
      organisationTakesPart: false,
      can: { invite: false },
      notInvitableBecause: 'organisation_not_taking_part',
    });
    const calls = fakeApi(
      answers({
        getCycle: () => json(200, cycle(cycleId, 'Leadership 2025', '2025-01-15')),
        listAlumniMentors: () =>
          json(200, { mentors: [alumniMentor({}), carlMentor], can: { invite: true } }),
        inviteAlumniMentors: () =>
          json(200, {
            mentors: [
              alumniMentor({
                invitation: {
                  id: '00000000-0000-4000-8000-0000000000f9',
                  state: 'pending',
                  invitedAt: '2025-11-02T09:00:00.000Z',
                  answeredAt: null,
                },
                can: { invite: false },
                notInvitableBecause: 'invited',
              }),
              carlMentor,
            ],
            can: { invite: true },
          }),
      }),
    );
    await render(signedIn(coordinator, <CycleAlumniPage id={cycleId} />));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(document.querySelector('h1')?.textContent).toBe('Alumni: Leadership 2025');
    const carlBox = byLabel('Invite Carl Mentor');
    expect(carlBox.disabled).toBe(true);
    expect(document.getElementById(carlBox.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Initech does not take part in this cycle',
    );
    await click(byRole('button', 'Invite'));
    expect(pageText()).toContain('Choose at least one mentor to invite.');
    expect(callsTo(calls, 'inviteAlumniMentors')).toHaveLength(0);

    await click(byLabel('Invite Bea Mentor'));
    await click(byRole('button', 'Invite 1 mentor'));
    await waitFor(() => expect(pageText()).toContain('1 invitation sent.'));
    expect(callsTo(calls, 'inviteAlumniMentors')[0]?.body).toEqual({ personIds: [bea] });
    expect(pageText()).toMatch(/Invited on .*, no answer yet/);
    expect(byLabel('Invite Bea Mentor').disabled).toBe(true);
  });

  it('says that a cycle past nominations takes no invitations, and that there may be no alumni mentors yet', async () => {
    fakeApi(
      answers({
        getCycle: () => json(200, cycle(cycleId, 'Leadership 2025', '2025-01-15')),
        listAlumniMentors: () =>
          json(200, {
            mentors: [alumniMentor({ can: { invite: false }, notInvitableBecause: 'cycle_phase' })],
            can: { invite: false },
          }),
      }),
    );
    await render(signedIn(coordinator, <CycleAlumniPage id={cycleId} />));
    await waitFor(() => expect(pageText()).toContain('alumni can no longer be invited to it'));
    expect(pageText()).toContain('Not in this phase of the cycle');
    expect(document.querySelectorAll('button.button:not(.button--secondary)')).toHaveLength(0);
  });

  it('has an empty state', async () => {
    fakeApi(
      answers({
        getCycle: () => json(200, cycle(cycleId, 'Leadership 2025', '2025-01-15')),
        listAlumniMentors: () => json(200, { mentors: [], can: { invite: true } }),
      }),
    );
    await render(signedIn(coordinator, <CycleAlumniPage id={cycleId} />));
    await waitFor(() => expect(pageText()).toContain('There are no alumni mentors to invite yet'));
  });
});
