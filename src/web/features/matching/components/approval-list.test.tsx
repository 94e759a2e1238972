// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
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
      mentorName: 'Max Mentor',
      mentorOrganisationName: 'Beta',
      mentorJobTitle: 'Director',
      reasons: ['shares goals: negotiation'],
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
});
