// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Draft, MatchRun } from '../../../../shared/contract/matching.ts';
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
import { MatchingWorkspace } from './matching-workspace.tsx';
import { RunControl } from './run-control.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function run(n: number, values: Partial<MatchRun> = {}): MatchRun {
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
    ...values,
  };
}

function draft(can: Draft['can']): Draft {
  return {
    cycleId,
    runId: run(2).id,
    version: 3,
    status: 'editing',
    proposals: [],
    unmatched: [],
    pins: [],
    forbidden: [],
    mentors: [],
    approvalByOrganisation: [],
    can,
  };
}

const all: Draft['can'] = {
  edit: true,
  sendForApproval: false,
  publish: false,
  startRun: true,
  adoptRun: true,
};
const none: Draft['can'] = {
  edit: false,
  sendForApproval: false,
  publish: false,
  startRun: false,
  adoptRun: false,
};

async function workspace(shown: Draft) {
  const calls = fakeApi(
    answers({
      getMatchingDraft: () => json(200, shown),
      listMatchRuns: () => json(200, { runs: [run(1), run(2)] }),
      adoptMatchRun: () => json(200, { ...shown, runId: run(1).id, version: 4 }),
    }),
  );
  await render(<MatchingWorkspace cycleId={cycleId} />);
  await waitFor(() => expect(document.body.textContent).toContain('Draft version'));
  await waitFor(() => expect(document.body.textContent).toContain('Run 1'));
  return calls;
}

describe('MatchingWorkspace', () => {
  it('offers starting a run and adopting an older one where the server says so', async () => {
    const calls = await workspace(draft(all));
    expect(byRole('button', 'Run matching')).toBeTruthy();
    // The run that is the draft already is not offered again.
    expect(queryByRole('button', 'Use as draft (run 2)')).toBeNull();
    await click(byRole('button', 'Use as draft (run 1)'));
    await waitFor(() => expect(callsTo(calls, 'adoptMatchRun')).toHaveLength(1));
    expect(callsTo(calls, 'adoptMatchRun')[0]!.body).toEqual({ version: 3 });
  });

  it('offers neither where the server says no', async () => {
    await workspace(draft(none));
    expect(queryByRole('button', 'Run matching')).toBeNull();
    expect(queryByRole('button', /^Use as draft/)).toBeNull();
  });

  it('follows each flag on its own', async () => {
    await workspace(draft({ ...none, startRun: true }));
    expect(byRole('button', 'Run matching')).toBeTruthy();
    expect(queryByRole('button', /^Use as draft/)).toBeNull();
  });
});

describe('RunControl', () => {
  it('starts a run where the server says one may be started', async () => {
    const calls = fakeApi(answers({ startMatchRun: () => json(202, run(3)) }));
    const finished = vi.fn();
    await render(<RunControl cycleId={cycleId} canStart={true} onFinished={finished} />);
    await click(byRole('button', 'Run matching'));
    await waitFor(() => expect(finished).toHaveBeenCalledWith(expect.objectContaining({ number: 3 })));
    expect(callsTo(calls, 'startMatchRun')[0]!.body).toMatchObject({ mode: 'optimal' });
  });

  it('says so when the server stopped during the run it follows', async () => {
    fakeApi(
      answers({
        startMatchRun: () => json(202, run(3, { status: 'running', matched: null, meanScore: null })),
        getMatchRun: () =>
          json(200, run(3, { status: 'failed', error: 'The server stopped during this run; run it again.' })),
      }),
    );
    const finished = vi.fn();
    await render(<RunControl cycleId={cycleId} canStart={true} onFinished={finished} />);
    await click(byRole('button', 'Run matching'));
    await waitFor(() => expect(finished).toHaveBeenCalledWith(expect.objectContaining({ status: 'failed' })));
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'Run 3 failed: The server stopped during this run; run it again.',
    );
    expect((byRole('button', 'Run matching') as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers no start where the server says no', async () => {
    const calls = fakeApi(() => undefined);
    await render(<RunControl cycleId={cycleId} canStart={false} onFinished={vi.fn()} />);
    expect(queryByRole('button', 'Run matching')).toBeNull();
    expect(document.querySelector('select[name="mode"]')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
