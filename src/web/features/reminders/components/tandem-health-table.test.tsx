// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { TandemHealth, TandemHealthList } from '../../../../shared/contract/reminders.ts';
import { byLabel, choose, click, render } from '../../../test/dom.tsx';
import { TandemHealthTable } from './tandem-health-table.tsx';

let next = 0;
function health(name: string, values: Partial<TandemHealth> = {}): TandemHealth {
  next += 1;
  return {
    tandemId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    status: 'active',
    publishedAt: '2027-02-01T10:00:00.000Z',
    mentee: { name, organisationName: 'Alpha Bank' },
    mentor: { name: `Mentor of ${name}`, organisationName: 'Beta Motors' },
    agreement: { state: 'signed', signedAt: '2027-02-10T09:00:00.000Z' },
    cadenceDays: 30,
    meetingsHeld: 2,
    meetingsExpected: 3,
    lastMeetingAt: '2027-04-20T15:00:00.000Z',
    nextMeetingAt: null,
    goals: { notStarted: 0, onTrack: 1, atRisk: 0, achieved: 1, dropped: 0, percentAchieved: 50 },
    surveys: { mentee: { kind: 'midterm', title: 'Mid-term', done: true }, mentor: null },
    overdue: false,
    inactive: false,
    daysSinceActivity: 10,
    ...values,
  };
}

const list = (tandems: TandemHealth[]): TandemHealthList => ({
  cycleId: '00000000-0000-4000-8000-0000000000aa',
  cycleName: 'Cycle 2027',
  cycleStatus: 'running',
  tandems,
});

const menteeNames = () =>
  [...document.querySelectorAll('tbody tr td:first-child a')].map((a) => a.textContent);

describe('TandemHealthTable', () => {
  it('shows the figures and puts inactive and overdue tandems first', async () => {
    await render(
      <TandemHealthTable
        list={list([
          health('Anna'),
          health('Bert', {
            inactive: true,
            overdue: true,
            agreement: { state: 'none', signedAt: null },
            daysSinceActivity: 95,
          }),
          health('Cleo', { overdue: true, daysSinceActivity: 50 }),
        ])}
      />,
    );
    expect(menteeNames()).toEqual(['Bert', 'Cleo', 'Anna']);
    const text = document.body.textContent ?? '';
    expect(text).toContain('3 tandems: 1 inactive, 1 with a meeting overdue.');
    expect(text).toContain('2 of 3 expected');
    expect(text).toContain('Signed 10 Feb 2027');
    expect(text).toContain('Not written yet');
    expect(text).toContain('50% achieved');
    expect(text).toContain('Mentee: Mid-term answered');
    expect(text).toContain('Meeting overdue');
  });

  it('filters to inactive tandems and sorts by name', async () => {
    await render(
      <TandemHealthTable
        list={list([health('Cleo'), health('Anna', { inactive: true, overdue: true }), health('Bert')])}
      />,
    );
    await choose(byLabel('Sort by'), 'mentee');
    expect(menteeNames()).toEqual(['Anna', 'Bert', 'Cleo']);
    await click(byLabel('Only inactive tandems'));
    expect(menteeNames()).toEqual(['Anna']);
  });

  it('says so when nothing is published, or nothing is inactive', async () => {
    await render(<TandemHealthTable list={list([])} />);
    expect(document.body.textContent).toContain('No tandems are published in this cycle yet.');
    document.body.innerHTML = '';
    await render(<TandemHealthTable list={list([health('Anna')])} />);
    await click(byLabel('Only inactive tandems'));
    expect(document.body.textContent).toContain('No tandem is inactive');
  });
});
