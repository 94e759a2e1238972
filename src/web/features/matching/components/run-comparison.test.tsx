// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../../shared/contract/auth.ts';
import type { MatchRun } from '../../../../shared/contract/matching.ts';
import {
  answers,
  byLabel,
  byRole,
  choose,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  signedIn,
  waitFor,
} from '../../../test/dom.tsx';
import { RunComparison } from './run-comparison.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function run(n: number): MatchRun {
  return {
    id: id(500 + n),
    cycleId,
    number: n,
    mode: 'optimal',
    status: 'done',
    engineVersion: 'test',
    mentees: 2,
    mentors: 2,
    matched: 2,
    unmatched: 0,
    totalScore: 120,
    meanScore: 60,
    criterionAverages: null,
    blockingPairs: null,
    progress: null,
    error: null,
    startedAt: '2027-03-01T09:00:00.000Z',
    seconds: 0.4,
    startedBy: 'Cora Ordinator',
  };
}

const account = (role: Account['role']): Account => ({
  id: id(900),
  email: 'someone@acme.example',
  name: 'Some One',
  role,
  organisationId: null,
  organisationName: null,
  personId: null,
  disabled: false,
  language: 'en',
});

const differing = {
  menteeId: id(701),
  menteeName: 'Mia Mentee',
  mentorA: 'Mona Mentor',
  mentorB: null,
  scoreA: 71.5,
  scoreB: null,
};

async function compare(role: Account['role'], differences: (typeof differing)[]) {
  fakeApi(answers({ compareMatchRuns: () => json(200, { a: run(1), b: run(2), differences }) }));
  await render(signedIn(account(role), <RunComparison cycleId={cycleId} runs={[run(2), run(1)]} />));
  await click(byRole('button', 'Compare'));
  await waitFor(() => expect(document.body.textContent).toContain(differences.length ? 'Mia' : 'same'));
}

const LINK = 'Export the differences as CSV';

describe('RunComparison', () => {
  it('offers the differences shown as CSV, for the two runs compared and the separator chosen', async () => {
    await compare('coordinator', [differing]);
    const base = `/api/v1/cycles/${cycleId}/match-runs/compare.csv?a=${run(1).id}&b=${run(2).id}`;
    const link = byRole('link', LINK);
    expect(link.getAttribute('href')).toBe(base);
    expect(link.hasAttribute('download')).toBe(true);
    await choose(byLabel('CSV separator'), 'semicolon');
    expect(byRole('link', LINK).getAttribute('href')).toBe(`${base}&separator=semicolon`);
  });

  it('offers no file when the runs agree, nor to a role the server would refuse', async () => {
    await compare('coordinator', []);
    expect(queryByRole('link', LINK)).toBeNull();
    document.body.replaceChildren();
    await compare('organisation_contact', [differing]);
    expect(queryByRole('link', LINK)).toBeNull();
  });
});
