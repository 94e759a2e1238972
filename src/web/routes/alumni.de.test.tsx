// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { alumniMentor, carl, directory } from '../test/alumni-fixtures.ts';
import {
  answers,
  byLabel,
  byRole,
  fakeApi,
  inGerman,
  json,
  pageText,
  render,
  signedIn,
  waitFor,
} from '../test/dom.tsx';
import { adaAccount, coordinator, cycle, ids } from '../test/fixtures.ts';
import { AlumniDirectoryPage, CycleAlumniPage } from './alumni.tsx';

// The alumni directory and the coordinator's invitations as a German reader sees them.

describe('AlumniDirectoryPage in German', () => {
  it('shows the directory in German', async () => {
    fakeApi(answers({ listAlumni: () => json(200, { alumni: directory }) }));
    await render(inGerman(signedIn(adaAccount('de'), <AlumniDirectoryPage />)));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(document.querySelector('h1')?.textContent).toBe('Alumni-Verzeichnis');
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Name',
      'Durchgänge',
      'Organisation',
      'Themen',
    ]);
    const [beaRow, carlRow] = [...document.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((cell) => cell.textContent),
    );
    expect(beaRow).toEqual([
      'Bea Mentor',
      'Leadership 2024 als Mentorin oder Mentor',
      'Globex',
      'negotiation und leading teams',
    ]);
    expect(carlRow).toEqual([
      'Carl Mentee',
      'Leadership 2024 als Mentee',
      'Nicht freigegeben',
      'Nicht freigegeben',
    ]);
    expect(byLabel('Nach Name, Organisation oder Thema suchen')).toBeTruthy();
    expect(byRole('button', 'Suchen')).toBeTruthy();
  });

  it('says in German that nobody is listed yet', async () => {
    fakeApi(answers({ listAlumni: () => json(200, { alumni: [] }) }));
    await render(inGerman(signedIn(coordinator, <AlumniDirectoryPage />)));
    await waitFor(() => expect(pageText()).toContain('Im Alumni-Verzeichnis steht noch niemand.'));
  });
});

describe('CycleAlumniPage in German', () => {
  it('lists the alumni mentors with the reasons in German', async () => {
    fakeApi(
      answers({
        getCycle: () => json(200, cycle(ids.cycle2025, 'Leadership 2025', '2025-01-15')),
        listAlumniMentors: () =>
          json(200, {
            mentors: [
              alumniMentor({}),
              alumniMentor({
                personId: carl,
                name: 'Carl Mentor',
                organisationName: 'Initech',
                organisationTakesPart: false,
                can: { invite: false },
                notInvitableBecause: 'organisation_not_taking_part',
              }),
            ],
            can: { invite: true },
          }),
      }),
    );
    await render(inGerman(signedIn(coordinator, <CycleAlumniPage id={ids.cycle2025} />)));
    await waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(document.querySelector('h2')?.textContent).toBe('Alumni als Mentorin oder Mentor einladen');
    expect(pageText()).toContain('Initech nimmt an diesem Durchgang nicht teil');
    expect(pageText()).toContain('Nicht eingeladen');
    expect(byLabel('Carl Mentor einladen').disabled).toBe(true);
    expect(byLabel('Bea Mentor einladen').disabled).toBe(false);
    expect(byRole('button', 'Einladen')).toBeTruthy();
    expect(pageText()).toContain('Leadership 2024, bis');
  });
});
