// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Draft, Proposal } from '../../../../shared/contract/matching.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  choose,
  click,
  endpointOf,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { ReviewBoard } from './review-board.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const orgA = '00000000-0000-4000-8000-0000000000a1';
const orgB = '00000000-0000-4000-8000-0000000000b1';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function proposal(n: number, overrides: Partial<Proposal> = {}): Proposal {
  return {
    menteeId: id(1000 + n),
    menteeName: `Mentee ${n}`,
    menteeOrganisationId: n % 2 ? orgA : orgB,
    menteeOrganisationName: n % 2 ? 'Acme' : 'Beta',
    mentorId: id(2000 + n),
    mentorName: `Mentor ${n}`,
    mentorOrganisationId: n % 2 ? orgB : orgA,
    mentorOrganisationName: n % 2 ? 'Beta' : 'Acme',
    score: 50 + n,
    contributions: [{ criterion: 'topics', points: n }],
    reasons: [`reason ${n}`],
    source: 'engine',
    ruleBreaks: [],
    approval: 'pending',
    approvalComment: null,
    ...overrides,
  };
}

function draft(proposals: Proposal[], overrides: Partial<Draft> = {}): Draft {
  const status = overrides.status ?? 'editing';
  return {
    cycleId,
    runId: null,
    version: 4,
    status: 'editing',
    proposals,
    unmatched: [
      {
        menteeId: id(9),
        name: 'Lonely Mentee',
        organisationId: orgA,
        organisationName: 'Acme',
        reasons: ['no mentor speaks fi'],
      },
    ],
    pins: [],
    forbidden: [],
    mentors: proposals.map((p) => ({
      mentorId: p.mentorId,
      name: p.mentorName,
      organisationId: p.mentorOrganisationId,
      organisationName: p.mentorOrganisationName,
      capacity: 2,
      used: 1,
    })),
    approvalByOrganisation: [],
    can: {
      edit: status !== 'published',
      sendForApproval: status === 'editing' && proposals.length > 0,
      publish: status === 'in_approval' && proposals.some((p) => p.approval === 'approved'),
      startRun: status !== 'published',
      adoptRun: status !== 'published',
    },
    ...overrides,
  };
}

function rows(): string[] {
  return [...document.querySelectorAll('.proposal h4')].map((h) =>
    (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

async function board(d: Draft, handler: Parameters<typeof fakeApi>[0] = () => undefined) {
  let reloads = 0;
  let current = d;
  const calls = fakeApi(handler);
  await render(
    <ReviewBoard
      cycleId={cycleId}
      draft={current}
      onDraft={(next) => {
        current = next;
      }}
      reload={() => {
        reloads++;
      }}
    />,
  );
  return { calls, reloads: () => reloads, current: () => current };
}

describe('ReviewBoard', () => {
  it('shows proposals with score and reasons, the unmatched with their reason, and filters and sorts', async () => {
    await board(draft([proposal(1), proposal(2), proposal(3)]));
    expect(rows()).toEqual([
      'Mentee 3 → with mentor Mentor 3',
      'Mentee 2 → with mentor Mentor 2',
      'Mentee 1 → with mentor Mentor 1',
    ]);
    expect(document.body.textContent).toContain('53.0');
    expect(document.body.textContent).toContain('reason 3');
    expect(document.body.textContent).toContain('Lonely Mentee');
    expect(document.body.textContent).toContain('no mentor speaks fi');

    await choose(byLabel('Sort by'), 'score-asc');
    await waitFor(() => expect(rows()[0]).toContain('Mentee 1'));
    await choose(byLabel('Show'), 'rule_breaks');
    await waitFor(() => expect(rows()).toEqual([]));
    expect(document.body.textContent).toContain('No proposal matches these filters.');
  });

  it('renders only the visible rows of a long list', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => proposal(i + 1));
    await board(draft(many));
    // Counts are written as the reader writes numbers: 2,000 in English.
    expect(document.body.textContent).toContain('2,000 proposals.');
    expect(document.querySelectorAll('.proposal').length).toBeLessThan(40);
    const list = document.querySelector('.virtual-list li');
    expect(list?.getAttribute('aria-setsize')).toBe('2000');
  });

  it('says the draft changed and reloads when an action answers 409', async () => {
    const b = await board(
      draft([proposal(1)]),
      answers({
        applyDraftAction: () =>
          apiError(409, 'stale_version', 'The draft changed since you loaded it.', { currentVersion: 5 }),
      }),
    );
    await click(byRole('button', 'Pin Mentee 1 and Mentor 1'));
    await waitFor(() =>
      expect(alerts().join(' ')).toMatch(/The draft changed since you loaded it.*not made/),
    );
    expect(b.reloads()).toBe(1);
    expect(endpointOf(b.calls[0]!)).toEqual({ operationId: 'applyDraftAction', params: { id: cycleId } });
    expect(b.calls[0]!.body).toEqual({
      version: 4,
      action: { type: 'pin', menteeId: id(1001), mentorId: id(2001) },
    });
  });

  it('previews a hand-assignment and assigns a rule-breaking pair only after explicit confirmation', async () => {
    const p = proposal(1);
    const b = await board(
      draft([p]),
      answers({
        previewDraftPair: ({ params }) =>
          params.id === cycleId
            ? json(200, {
                score: 12,
                contributions: [],
                reasons: [],
                ruleBreaks: ['the mentor does not speak fi'],
                hardRuleBreaks: [],
              })
            : undefined,
        applyDraftAction: ({ params }) =>
          params.id === cycleId ? json(200, draft([p], { version: 5 })) : undefined,
      }),
    );
    await click(byRole('button', 'Choose a mentor for Lonely Mentee'));
    expect(byLabel('Mentee').value).toBe(id(9));
    await choose(byLabel('Mentor'), p.mentorId);
    await click(byRole('button', 'Check this pair'));
    await waitFor(() => expect(document.body.textContent).toContain('the mentor does not speak fi'));
    expect(document.body.textContent).toContain('Score 12.0');

    await click(byRole('button', 'Assign this mentor'));
    expect(alerts().join(' ')).toContain('This pair breaks a rule');
    expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(0);

    await click(byLabel('I accept that this pair breaks the rules above'));
    await click(byRole('button', 'Assign this mentor'));
    await waitFor(() => expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(1));
    const action = callsTo(b.calls, 'applyDraftAction')[0]!.body as {
      action: unknown;
    };
    expect(action.action).toEqual({
      type: 'assign',
      menteeId: id(9),
      mentorId: p.mentorId,
      acceptRuleBreaks: true,
    });
    expect(b.current().version).toBe(5);
  });

  it('offers publishing once the draft is with the organisations and shows their approval', async () => {
    await board(
      draft([proposal(1, { approval: 'change_requested', approvalComment: 'Please someone closer' })], {
        status: 'in_approval',
        approvalByOrganisation: [
          { organisationId: orgA, organisationName: 'Acme', pending: 0, approved: 3, changeRequested: 1 },
        ],
      }),
    );
    expect(queryByRole('button', 'Send to approval')).toBeNull();
    expect(byRole('button', 'Publish approved tandems')).toBeTruthy();
    expect(document.body.textContent).toContain('Please someone closer');
    expect(document.body.textContent).toContain('Approval by organisation');
  });

  it('publishes where the server says so', async () => {
    const b = await board(
      draft([proposal(1, { approval: 'approved' }), proposal(2)], { status: 'in_approval' }),
      answers({
        publishMatchingDraft: () => json(200, { published: 1, remaining: 1, cycleStatus: 'running' }),
      }),
    );
    const publish = byRole('button', 'Publish approved tandems') as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    expect(publish.getAttribute('aria-describedby')).toBeNull();
    expect(document.body.textContent).not.toContain('Publishing opens once');
    await click(publish);
    // It asks first, saying that the tandem year starts; nothing is published until confirmed.
    const question = document.querySelector('fieldset.confirm legend')?.textContent ?? '';
    expect(question).toContain('Publishing starts the tandem year: the cycle moves to running');
    expect(question).toContain('reminders, tandem health flags and surveys by date begin');
    expect(callsTo(b.calls, 'publishMatchingDraft')).toHaveLength(0);
    const confirm = byRole('button', 'Publish and start the tandem year');
    expect(document.activeElement).toBe(confirm);
    await click(confirm);
    await waitFor(() => expect(callsTo(b.calls, 'publishMatchingDraft')).toHaveLength(1));
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'Published 1 tandem; the tandem year has started. 1 proposal still waits for approval.',
      ),
    );
  });

  it('says when nothing was approved yet, and still tries: approvals may have come in since loading', async () => {
    const b = await board(
      draft([proposal(1), proposal(2)], {
        status: 'in_approval',
        can: { edit: true, sendForApproval: false, publish: false, startRun: true, adoptRun: true },
      }),
      answers({
        publishMatchingDraft: () =>
          apiError(409, 'conflict', 'No proposal is approved yet; nothing to publish.'),
      }),
    );
    const publish = byRole('button', 'Publish approved tandems') as HTMLButtonElement;
    expect(publish.disabled).toBe(false);
    const why = document.getElementById(publish.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Publishing opens once an organisation approves a proposal.');
    await click(publish);
    await click(byRole('button', 'Publish and start the tandem year'));
    await waitFor(() => expect(callsTo(b.calls, 'publishMatchingDraft')).toHaveLength(1));
    await waitFor(() => expect(document.body.textContent).toContain('No proposal is approved yet'));
  });

  it('sends to approval only where the server says so', async () => {
    const can = { edit: true, publish: false, startRun: true, adoptRun: true };
    const sent = draft([proposal(1)], { status: 'in_approval' });
    const b = await board(
      draft([proposal(1)], { can: { ...can, sendForApproval: true } }),
      answers({ sendDraftForApproval: () => json(200, sent) }),
    );
    await click(byRole('button', 'Send to approval'));
    await waitFor(() => expect(callsTo(b.calls, 'sendDraftForApproval')).toHaveLength(1));
    expect(b.current().status).toBe('in_approval');
  });

  it('holds sending to approval where the server says no', async () => {
    const b = await board(
      draft([proposal(1)], {
        can: { edit: true, sendForApproval: false, publish: false, startRun: true, adoptRun: true },
      }),
    );
    const send = byRole('button', 'Send to approval') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    await click(send);
    expect(b.calls).toHaveLength(0);
  });

  it('offers the board actions where the server says the draft may change', async () => {
    await board(draft([proposal(1)]));
    expect((byRole('button', 'Pin Mentee 1 and Mentor 1') as HTMLButtonElement).disabled).toBe(false);
    expect(byRole('button', 'Assign or swap by hand…')).toBeTruthy();
  });

  it('holds the board actions where the server says the draft may no longer change', async () => {
    await board(
      draft([proposal(1)], {
        can: { edit: false, sendForApproval: false, publish: false, startRun: false, adoptRun: false },
      }),
    );
    expect((byRole('button', 'Pin Mentee 1 and Mentor 1') as HTMLButtonElement).disabled).toBe(true);
    expect((byRole('button', 'Choose a mentor for Lonely Mentee') as HTMLButtonElement).disabled).toBe(true);
    expect(queryByRole('button', 'Assign or swap by hand…')).toBeNull();
    expect(document.body.textContent).not.toContain('Assign or swap by hand');
  });

  it('refuses a hand-assignment that breaks a hard rule, with no acceptance to tick', async () => {
    const p = proposal(1);
    const b = await board(
      draft([p]),
      answers({
        previewDraftPair: () =>
          json(200, {
            score: 12,
            contributions: [],
            reasons: [],
            ruleBreaks: ['same organisation'],
            hardRuleBreaks: ['same organisation'],
          }),
      }),
    );
    await click(byRole('button', 'Choose a mentor for Lonely Mentee'));
    await choose(byLabel('Mentor'), p.mentorId);
    await click(byRole('button', 'Check this pair'));
    await waitFor(() => expect(document.body.textContent).toContain('Not possible'));
    expect(document.querySelector('input[name="acceptRuleBreaks"]')).toBeNull();
    await click(byRole('button', 'Assign this mentor'));
    expect(alerts().join(' ')).toContain('This pair cannot be assigned: same organisation');
    expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(0);
  });

  describe('swapping mentors', () => {
    const a = proposal(1);
    const c = proposal(3);
    const preview = (ruleBreaks: string[], hardRuleBreaks: string[]) =>
      json(200, { score: 20, contributions: [], reasons: [], ruleBreaks, hardRuleBreaks });

    async function swapBoard(forPair: (menteeId: string) => Response) {
      const b = await board(
        draft([a, c]),
        answers({
          previewDraftPair: ({ body }) => forPair((body as { menteeId: string }).menteeId),
          applyDraftAction: () => json(200, draft([a, c], { version: 5 })),
        }),
      );
      await click(byRole('button', 'Assign or swap by hand…'));
      await choose(byLabel('First mentee'), a.menteeId);
      await choose(byLabel('Second mentee'), c.menteeId);
      return b;
    }

    it('lists each person with their organisation', async () => {
      await swapBoard(() => preview([], []));
      const options = [...byLabel('First mentee').querySelectorAll('option')].map((o) => o.textContent);
      expect(options).toContain('Mentee 1 (Acme) with Mentor 1 (Beta)');
    });

    it('previews both resulting pairs and refuses one that breaks a hard rule', async () => {
      const b = await swapBoard((menteeId) =>
        menteeId === a.menteeId ? preview(['same organisation'], ['same organisation']) : preview([], []),
      );
      await click(byRole('button', 'Check this swap'));
      await waitFor(() => expect(document.body.textContent).toContain('Mentee 1 with Mentor 3'));
      expect(document.body.textContent).toContain('Mentee 3 with Mentor 1');
      // Each mentor leaves the other mentee's place.
      expect(callsTo(b.calls, 'previewDraftPair').map((call) => call.body)).toEqual([
        { menteeId: a.menteeId, mentorId: c.mentorId, replacing: c.menteeId },
        { menteeId: c.menteeId, mentorId: a.mentorId, replacing: a.menteeId },
      ]);
      expect(document.querySelector('input[name="acceptSwapRuleBreaks"]')).toBeNull();
      await click(byRole('button', 'Swap mentors'));
      expect(alerts().join(' ')).toContain(
        'This swap cannot be made: Mentee 1 with Mentor 3: same organisation',
      );
      expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(0);
    });

    it('swaps despite a soft rule break only after explicit acceptance', async () => {
      const b = await swapBoard((menteeId) =>
        menteeId === c.menteeId ? preview(['the mentor does not speak fi'], []) : preview([], []),
      );
      await click(byRole('button', 'Check this swap'));
      await waitFor(() => expect(document.body.textContent).toContain('the mentor does not speak fi'));
      await click(byRole('button', 'Swap mentors'));
      expect(alerts().join(' ')).toContain('This swap breaks a rule');
      expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(0);
      await click(byLabel('I accept that this swap breaks the rules above'));
      await click(byRole('button', 'Swap mentors'));
      await waitFor(() => expect(callsTo(b.calls, 'applyDraftAction')).toHaveLength(1));
      expect((callsTo(b.calls, 'applyDraftAction')[0]!.body as { action: unknown }).action).toEqual({
        type: 'swap',
        menteeA: a.menteeId,
        menteeB: c.menteeId,
        acceptRuleBreaks: true,
      });
    });
  });

  describe('says what is true of the draft', () => {
    const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');

    it('before any run', async () => {
      await board(draft([], { unmatched: [], runId: null }));
      expect(text()).toContain('No match run yet.');
      expect(text()).toContain('No proposals yet. Run the matching to fill the draft.');
      expect(text()).toContain('The matching has not run yet, so no mentee is unmatched so far.');
      expect(text()).not.toContain('Every mentee has a proposed mentor');
    });

    it('after a run that left mentees unmatched', async () => {
      await board(draft([proposal(1)], { runId: id(77) }));
      expect(text()).toContain('1 proposed tandem, 1 mentee unmatched.');
      expect(text()).toContain('no mentor speaks fi');
      expect(text()).not.toContain('Every mentee has a proposed mentor');
    });

    it('after a run that matched everyone', async () => {
      await board(draft([proposal(1)], { runId: id(77), unmatched: [] }));
      expect(text()).toContain('Every mentee has a proposed mentor.');
    });

    it('once everything is published', async () => {
      await board(
        draft([], {
          runId: id(77),
          unmatched: [],
          status: 'published',
          can: { edit: false, sendForApproval: false, publish: false, startRun: false, adoptRun: false },
        }),
      );
      expect(text()).toContain('Every approved proposal is published as a tandem; none is left to review.');
      expect(text()).toContain('No mentee was left unmatched; their tandems are published.');
      expect(text()).not.toContain('Run the matching');
    });
  });
});
