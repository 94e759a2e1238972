// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CycleChecklist, CycleStep } from '../../../../shared/contract/cycles.ts';
import {
  answers,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { ids } from '../../../test/fixtures.ts';
import { CycleChecklistPanel } from './cycle-checklist.tsx';
import { SetupChecklist } from './setup-checklist.tsx';

const matchingPage = `/cycles/${ids.cycle2025}/matching`;

function step(
  key: CycleStep['key'],
  complete: boolean,
  summary: string,
  action: string,
  link: string,
): CycleStep {
  return {
    key,
    title: key[0]!.toUpperCase() + key.slice(1),
    complete,
    done: 0,
    total: 0,
    summary,
    action: complete ? null : action,
    link,
  };
}

function checklist(organisationsNotApproved: number): CycleChecklist {
  const steps = [
    step(
      'profiles',
      true,
      '70 of 70 profiles finished',
      'Send reminders',
      `/cycles/${ids.cycle2025}/profiles`,
    ),
    step(
      'approval',
      false,
      '37 of 40 proposals approved',
      `${organisationsNotApproved} organisations have not approved — remind them`,
      matchingPage,
    ),
    step('publication', false, '0 tandems published', 'Publish 37 approved tandems', matchingPage),
  ];
  return { cycleId: ids.cycle2025, status: 'matching', steps, next: steps[1]!, organisationsNotApproved };
}

const text = () => document.body.textContent ?? '';

describe('CycleChecklistPanel', () => {
  it('shows the next step with its count and a link to where it is done, and each step’s state', async () => {
    fakeApi(answers({ getCycleChecklist: () => json(200, checklist(3)) }));
    await render(<CycleChecklistPanel cycleId={ids.cycle2025} />);
    await waitFor(() => expect(text()).toContain('Next: 37 of 40 proposals approved'));

    const next = byRole('link', '3 organisations have not approved — remind them');
    expect(next.getAttribute('href')).toBe(matchingPage);
    expect(byRole('link', 'Publish 37 approved tandems').getAttribute('href')).toBe(matchingPage);
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toContain('Approval');
    expect(document.querySelector('.checklist__step--done')?.textContent).toContain('✓ Done');
    // A finished step offers nothing to do.
    expect(queryByRole('link', 'Send reminders')).toBeNull();
  });

  it('reminds the organisations that have not approved, says how many were mailed, and counts again', async () => {
    let reminded = false;
    const calls = fakeApi(
      answers({
        getCycleChecklist: () => json(200, checklist(reminded ? 0 : 3)),
        remindApprovers: () => {
          reminded = true;
          return json(200, { organisations: 3, sent: 4 });
        },
      }),
    );
    const panel = await render(<CycleChecklistPanel cycleId={ids.cycle2025} />);
    await click(await waitFor(() => byRole('button', 'Remind 3 organisations that have not approved')));

    await waitFor(() =>
      expect(panel.querySelector('[role="status"]')?.textContent).toBe(
        'Reminded 3 organisations: 4 mails to their contacts.',
      ),
    );
    expect(callsTo(calls, 'remindApprovers')).toHaveLength(1);
    await waitFor(() => expect(queryByRole('button', /^Remind/)).toBeNull());
    expect(callsTo(calls, 'getCycleChecklist')).toHaveLength(2);
  });
});

describe('SetupChecklist', () => {
  it('leads a fresh installation to its organisations first, then to the first cycle', async () => {
    fakeApi(() => undefined);
    await render(<SetupChecklist organisations={0} />);
    expect(byRole('link', 'Add the organisations of your consortium').getAttribute('href')).toBe(
      '/organisations/new',
    );
    const steps = [...document.querySelectorAll('.checklist li strong')].map((s) => s.textContent);
    expect(steps).toEqual([
      'Organisations',
      'Cycle',
      'Organisation contacts',
      'Participants',
      'Questionnaire',
      'Matching rules',
      'Matching',
      'Approval',
      'Publication',
    ]);
  });

  it('leads to the first cycle once two organisations take part', async () => {
    fakeApi(() => undefined);
    await render(<SetupChecklist organisations={2} />);
    expect(byRole('link', 'Create the first cycle').getAttribute('href')).toBe('/cycles/new');
    expect(document.querySelector('[aria-current="step"]')?.textContent).toContain('Cycle');
  });
});
