// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { Cycle } from '../../shared/contract/cycles.ts';
import {
  answers,
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
import { contact, coordinator, cycle, ids, organisation } from '../test/fixtures.ts';
import { CyclePage } from './cycles.tsx';

const initech = '00000000-0000-4000-8000-0000000000a3';
const none: Cycle['can'] = {
  edit: false,
  changeStatus: false,
  addOrganisations: false,
  removeOrganisations: false,
};

/** The cycle page of `account`, the server answering with `shown`, Acme and Globex in it, Initech not. */
async function page(account: Account, shown: Cycle) {
  fakeApi(
    answers({
      getCycle: () => json(200, shown),
      listOrganisations: () =>
        json(200, {
          organisations: [
            organisation(ids.acme, 'Acme'),
            organisation(ids.globex, 'Globex'),
            organisation(initech, 'Initech'),
          ],
        }),
      getCycleTandemSettings: () =>
        json(200, {
          meetingCadenceDays: 30,
          confidentialityText: 'What is said stays between us.',
          version: 1,
        }),
      getCycleChecklist: () =>
        json(200, {
          cycleId: shown.id,
          status: shown.status,
          steps: [],
          next: null,
          organisationsNotApproved: 0,
        }),
    }),
  );
  await render(signedIn(account, <CyclePage id={shown.id} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(shown.name));
}

const headings = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);
const text = () => document.body.textContent ?? '';

describe('CyclePage', () => {
  it('offers editing, the phase moves and adding and removing organisations where the server says so', async () => {
    await page(coordinator, cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'));
    expect(byRole('button', 'Edit cycle')).toBeTruthy();
    expect(headings()).toContain('Phase');
    expect(headings()).toContain('Next steps');
    expect(byRole('button', 'Move to matching')).toBeTruthy();
    expect(byRole('button', 'Remove Acme from cycle')).toBeTruthy();
    expect(byRole('button', 'Add Initech to cycle')).toBeTruthy();
  });

  it('offers none of them where the server says no, whatever the role', async () => {
    await page(coordinator, { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), can: none });
    expect(queryByRole('button', 'Edit cycle')).toBeNull();
    expect(headings()).not.toContain('Phase');
    expect(queryByRole('button', /Move to|Back to/)).toBeNull();
    expect(queryByRole('button', /from cycle|to cycle/)).toBeNull();
    expect(text()).toContain('Acme');
    expect(text()).not.toContain('Initech');
  });

  it('shows a contact the organisations taking part and nothing to change', async () => {
    await page(contact, { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), can: none });
    expect(queryByRole('button', 'Edit cycle')).toBeNull();
    expect(headings()).toEqual(['Organisations taking part']);
    expect(text()).toContain('Globex');
  });

  it('follows each flag on its own: a closed cycle is still edited and left, not joined or moved', async () => {
    await page(coordinator, {
      ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'),
      status: 'closed',
      can: { ...none, edit: true, removeOrganisations: true },
    });
    expect(byRole('button', 'Edit cycle')).toBeTruthy();
    expect(headings()).toContain('Phase');
    expect(text()).toContain('This cycle is closed; its status no longer changes.');
    expect(queryByRole('button', /Move to|Back to/)).toBeNull();
    expect(byRole('button', 'Remove Globex from cycle')).toBeTruthy();
    expect(queryByRole('button', /to cycle$/)).toBeNull();
    expect(text()).not.toContain('Initech');
  });

  it('offers adding without removing where only that is allowed', async () => {
    await page(coordinator, {
      ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'),
      can: { ...none, addOrganisations: true },
    });
    expect(byRole('button', 'Add Initech to cycle')).toBeTruthy();
    expect(queryByRole('button', /from cycle$/)).toBeNull();
  });
});

describe('CyclePage after the cycle’s dates changed', () => {
  it('offers to move the surveys that have not opened, and keeps their dates when asked to', async () => {
    const shown = { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), version: 3 };
    const calls = fakeApi(
      answers({
        getCycle: () => json(200, shown),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        getCycleTandemSettings: () =>
          json(200, { meetingCadenceDays: 30, confidentialityText: 'Between us.', version: 1 }),
        updateCycle: () =>
          json(200, {
            ...shown,
            version: 4,
            surveyDateOffer: [
              {
                surveyId: '00000000-0000-4000-8000-000000000403',
                kind: 'final',
                role: 'mentee',
                title: 'Final survey for mentees',
                version: 2,
                opensOn: '2025-12-31',
                closesOn: '2026-01-28',
                proposedOpensOn: '2026-01-31',
                proposedClosesOn: '2026-02-28',
              },
            ],
          }),
      }),
    );
    await render(signedIn(coordinator, <CyclePage id={shown.id} />));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe(shown.name));
    await click(byRole('button', 'Edit cycle'));
    await click(byRole('button', 'Save cycle'));
    await waitFor(() => expect(headings()).toContain('Move the surveys with the cycle?'));
    expect(text()).toContain('Final survey for mentees');
    await click(byRole('button', 'Keep their dates'));
    expect(headings()).not.toContain('Move the surveys with the cycle?');
    expect(text()).toContain('The surveys keep their dates.');
    expect(callsTo(calls, 'moveSurveyDates')).toHaveLength(0);
  });
});

describe('CyclePage’s checklist', () => {
  it('counts again when an organisation joins, so the next step is the true one', async () => {
    let shown: Cycle = { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), organisationIds: [] };
    const step = (organisations: number) => ({
      key: 'organisations',
      title: 'Organisations',
      complete: organisations >= 2,
      done: organisations,
      total: 2,
      summary: `${organisations} organisations taking part`,
      action: organisations >= 2 ? null : 'Add the organisations taking part',
      link: `/cycles/${shown.id}`,
    });
    const calls = fakeApi(
      answers({
        getCycle: () => json(200, shown),
        listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
        getCycleTandemSettings: () =>
          json(200, { meetingCadenceDays: 30, confidentialityText: 'Between us.', version: 1 }),
        addCycleOrganisation: () => {
          shown = { ...shown, organisationIds: [ids.acme] };
          return json(200, shown);
        },
        getCycleChecklist: () => {
          const s = step(shown.organisationIds.length);
          return json(200, {
            cycleId: shown.id,
            status: shown.status,
            steps: [s],
            next: s.complete ? null : s,
            organisationsNotApproved: 0,
          });
        },
      }),
    );
    await render(signedIn(coordinator, <CyclePage id={shown.id} />));
    await waitFor(() => expect(text()).toContain('0 organisations taking part'));
    await click(byRole('button', 'Add Acme to cycle'));
    await waitFor(() => expect(text()).toContain('1 organisations taking part'));
    expect(callsTo(calls, 'getCycleChecklist')).toHaveLength(2);
  });
});
