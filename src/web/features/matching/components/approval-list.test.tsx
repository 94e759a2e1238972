// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  apiError,
  byLabel,
  byRole,
  click,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { ApprovalList } from './approval-list.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const menteeId = '00000000-0000-4000-8000-000000000101';
const view = {
  cycleId,
  status: 'in_approval' as const,
  proposals: [
    {
      menteeId,
      menteeName: 'Mia Mentee',
      mentorId: '00000000-0000-4000-8000-000000000201',
      mentorName: 'Max Mentor',
      mentorOrganisationName: 'Beta',
      mentorJobTitle: 'Director',
      reasons: ['shares goals: negotiation'],
      ruleBreaks: [] as string[],
      approval: 'pending' as const,
      approvalComment: null,
      can: { decide: true },
    },
  ],
};

describe('ApprovalList', () => {
  it('shows the proposed mentor and reasons, never a score', async () => {
    fakeApi(() => undefined);
    await render(<ApprovalList view={view} onChange={() => undefined} />);
    expect(document.body.textContent).toContain('Max Mentor');
    expect(document.body.textContent).toContain('Director at Beta');
    expect(document.body.textContent).toContain('shares goals: negotiation');
    expect(document.body.textContent?.toLowerCase()).not.toContain('score');
  });

  it('offers deciding a proposal where the server says so', async () => {
    fakeApi(() => undefined);
    await render(<ApprovalList view={view} onChange={() => undefined} />);
    expect(byRole('button', 'Approve Max Mentor for Mia Mentee')).toBeTruthy();
    expect(byRole('button', 'Request change for Mia Mentee')).toBeTruthy();
  });

  it('shows a proposal without deciding where the server says no', async () => {
    const calls = fakeApi(() => undefined);
    const undecidable = { ...view, proposals: [{ ...view.proposals[0]!, can: { decide: false } }] };
    await render(<ApprovalList view={undecidable} onChange={() => undefined} />);
    expect(document.body.textContent).toContain('Max Mentor');
    expect(queryByRole('button', /^Approve/)).toBeNull();
    expect(queryByRole('button', /^Request change/)).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('requires a comment for a change request and sends the decision', async () => {
    let changed: unknown = null;
    const calls = fakeApi(() =>
      json(200, {
        ...view,
        proposals: [{ ...view.proposals[0], approval: 'change_requested', approvalComment: 'closer' }],
      }),
    );
    await render(<ApprovalList view={view} onChange={(v) => (changed = v)} />);
    await click(byRole('button', 'Request change for Mia Mentee'));
    await click(byRole('button', 'Send change request for Mia Mentee'));
    expect(fieldError(byLabel('What should change?'))).toMatch(/say what should change/);
    expect(calls).toHaveLength(0);

    await type(byLabel('What should change?'), 'closer');
    await click(byRole('button', 'Send change request for Mia Mentee'));
    await waitFor(() => expect(changed).not.toBeNull());
    expect(endpointOf(calls[0]!)).toEqual({
      operationId: 'decideDraftApproval',
      params: { id: cycleId, menteeId },
    });
    expect(calls[0]!.body).toEqual({ decision: 'request_change', comment: 'closer' });
  });

  it('says the proposals became tandems once everything is published', async () => {
    fakeApi(() => undefined);
    await render(
      <ApprovalList view={{ ...view, status: 'published', proposals: [] }} onChange={() => undefined} />,
    );
    expect(document.body.textContent).toContain('the approved proposals are published as tandems');
    expect(document.body.textContent).not.toContain('There are no proposals');
  });

  it('shows every rule a proposal breaks', async () => {
    fakeApi(() => undefined);
    const breaking = {
      ...view,
      proposals: [{ ...view.proposals[0]!, ruleBreaks: ['the mentor does not speak fi'] }],
    };
    await render(<ApprovalList view={breaking} onChange={() => undefined} />);
    expect(document.body.textContent).toContain('Rules this proposal breaks');
    expect(document.body.textContent).toContain('the mentor does not speak fi');
  });

  describe('approving all shown', () => {
    const second = {
      ...view.proposals[0]!,
      menteeId: '00000000-0000-4000-8000-000000000102',
      menteeName: 'Moe Mentee',
      mentorId: '00000000-0000-4000-8000-000000000202',
      mentorName: 'Mo Mentor',
    };
    const decided = { ...view.proposals[0]!, approval: 'approved' as const, can: { decide: true } };
    // Sent back for a change: that waits for the coordinator, and approving all must not undo it.
    const sentBack = {
      ...view.proposals[0]!,
      menteeId: '00000000-0000-4000-8000-000000000104',
      approval: 'change_requested' as const,
      approvalComment: 'closer to Munich',
    };
    const three = {
      ...view,
      proposals: [
        view.proposals[0]!,
        second,
        { ...decided, menteeId: '00000000-0000-4000-8000-000000000103' },
        sentBack,
      ],
    };

    it('asks first, saying how many, and approves nothing on cancel', async () => {
      const calls = fakeApi(() => undefined);
      await render(<ApprovalList view={three} onChange={() => undefined} />);
      await click(byRole('button', 'Approve all shown (2)'));
      expect(document.querySelector('legend')?.textContent).toContain('Approve 2 proposals at once?');
      expect(document.activeElement?.textContent).toBe('Approve 2 proposals');
      await click(byRole('button', 'Cancel'));
      expect(calls).toHaveLength(0);
      expect(document.activeElement?.textContent).toBe('Approve all shown (2)');
    });

    it('sends the proposals shown, as read, once confirmed', async () => {
      let changed: unknown = null;
      const calls = fakeApi(() =>
        json(200, { ...three, proposals: three.proposals.map((p) => ({ ...p, approval: 'approved' })) }),
      );
      await render(<ApprovalList view={three} onChange={(v) => (changed = v)} />);
      await click(byRole('button', 'Approve all shown (2)'));
      await click(byRole('button', 'Approve 2 proposals'));
      await waitFor(() => expect(changed).not.toBeNull());
      expect(endpointOf(calls[0]!)).toEqual({
        operationId: 'approveShownProposals',
        params: { id: cycleId },
      });
      expect(calls[0]!.body).toEqual({
        proposals: [
          { menteeId, mentorId: view.proposals[0]!.mentorId, approval: 'pending' },
          { menteeId: second.menteeId, mentorId: second.mentorId, approval: 'pending' },
        ],
      });
      expect(document.body.textContent).toContain('Approved 2 proposals.');
    });

    it('says nothing was approved when one changed meanwhile', async () => {
      fakeApi(() =>
        apiError(
          409,
          'stale_version',
          'One of these proposals changed since you loaded it. Nothing was approved.',
        ),
      );
      await render(<ApprovalList view={three} onChange={() => undefined} />);
      await click(byRole('button', 'Approve all shown (2)'));
      await click(byRole('button', 'Approve 2 proposals'));
      await waitFor(() => expect(document.body.textContent).toContain('Nothing was approved.'));
    });

    it('is not offered for a single proposal', async () => {
      fakeApi(() => undefined);
      await render(<ApprovalList view={view} onChange={() => undefined} />);
      expect(queryByRole('button', /^Approve all shown/)).toBeNull();
    });
  });
});
