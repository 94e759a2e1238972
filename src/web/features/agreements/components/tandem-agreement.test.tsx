// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementVersion, GoalBoard } from '../../../../shared/contract/agreements.ts';
import type { OperationId } from '../../../../shared/contract/endpoints.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  choose,
  click,
  type EndpointAnswer,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  queryByLabel,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { TandemAgreementAndGoals } from './tandem-agreement.tsx';

const tandemId = '11111111-1111-4111-8111-111111111111';
const goalId = '22222222-2222-4222-8222-222222222222';
const mia = { participantId: '33333333-3333-4333-8333-333333333333', name: 'Mia Mentee' };
const bea = { participantId: '44444444-4444-4444-8444-444444444444', name: 'Bea Mentor' };

function version(values: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    version: 1,
    goals: [{ goalId, title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' }],
    cadenceDays: 30,
    meetingFormat: 'video',
    confidentiality: 'Between us.',
    editedBy: mia,
    savedAt: '2027-01-20T09:00:00.000Z',
    menteeSignedAt: null,
    mentorSignedAt: null,
    ...values,
  };
}

function agreement(values: Partial<Agreement> = {}): Agreement {
  return {
    tandemId,
    status: 'unsigned',
    current: version(),
    history: [],
    mentee: mia,
    mentor: bea,
    viewerSide: 'mentee',
    viewerMustSignAgain: false,
    can: { save: true, sign: true },
    ...values,
  };
}

/** What the server offers on a goal that can change, and on one that cannot. */
const goalCan = { updateProgress: true, addMilestone: true, changeMilestones: true };
const goalReadOnly = { updateProgress: false, addMilestone: false, changeMilestones: false };

const emptyBoard: GoalBoard = { tandemId, goals: [], timeline: [] };
const board: GoalBoard = {
  tandemId,
  goals: [
    {
      id: goalId,
      title: 'Negotiate my budget',
      successMeasure: 'Budget agreed by March',
      state: 'not_started',
      stateComment: '',
      updatedAt: '2027-01-20T09:00:00.000Z',
      milestones: [],
      can: goalCan,
    },
  ],
  timeline: [],
};

/** Answers the tandem's agreement and goal endpoints; a call for another tandem gets no answer. */
function api(byEndpoint: Partial<Record<OperationId, EndpointAnswer>>) {
  const answer = answers(byEndpoint);
  return fakeApi((call) => (endpointOf(call)?.params.id === tandemId ? answer(call) : undefined));
}

describe('the agreement panel', () => {
  it('drafts the first agreement from the cycle defaults, saves it and signs it', async () => {
    let saved: Agreement | null = null;
    const calls = api({
      getTandemAgreement: () =>
        json(
          200,
          agreement({
            status: 'not_saved',
            current: version({ version: 0, goals: [], savedAt: null, editedBy: null }),
            can: { save: true, sign: false },
          }),
        ),
      getGoalBoard: () => json(200, saved ? board : emptyBoard),
      saveTandemAgreement: () => {
        saved = agreement();
        return json(200, saved);
      },
      signTandemAgreement: () =>
        json(
          200,
          agreement({
            status: 'partly_signed',
            current: version({ menteeSignedAt: '2027-01-20T10:00:00.000Z' }),
            can: { save: true, sign: false },
          }),
        ),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byLabel('Goal 1'));
    expect(byLabel('Confidentiality terms').value).toBe('Between us.');

    // The contract's rules show before anything is sent.
    await click(byRole('button', 'Save the agreement'));
    await waitFor(() => expect(fieldError(byLabel('Goal 1'))).toBe('Goal 1 must have a title'));

    await type(byLabel('Goal 1'), 'Negotiate my budget');
    await type(byLabel('Success measure of goal 1'), 'Budget agreed by March');
    await choose(byLabel('How often we meet'), '14');
    await click(byLabel('Video call'));
    await click(byRole('button', 'Save the agreement'));
    await waitFor(() => byRole('button', 'Sign the agreement'));
    expect(callsTo(calls, 'saveTandemAgreement')[0]?.body).toEqual({
      version: 0,
      savedAt: null,
      goals: [{ title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' }],
      cadenceDays: 14,
      meetingFormat: 'video',
      confidentiality: 'Between us.',
    });
    // The goals panel reloads with the goal the agreement created.
    await waitFor(() => byLabel('Progress of Negotiate my budget'));

    await click(byRole('button', 'Sign the agreement'));
    await waitFor(() => expect(queryByRole('button', 'Sign the agreement')).toBeNull());
    expect(document.body.textContent).toContain('Waiting for Bea Mentor');
    expect(callsTo(calls, 'signTandemAgreement')[0]?.body).toEqual({
      version: 1,
      savedAt: '2027-01-20T09:00:00.000Z',
    });
  });

  it('offers at most five goals', async () => {
    api({
      getTandemAgreement: () =>
        json(
          200,
          agreement({
            status: 'not_saved',
            current: version({ version: 0, goals: [] }),
            can: { save: true, sign: false },
          }),
        ),
      getGoalBoard: () => json(200, emptyBoard),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byLabel('Goal 1'));
    for (let i = 0; i < 4; i++) await click(byRole('button', 'Add a goal'));
    expect(byLabel('Goal 5')).toBeTruthy();
    expect(queryByRole('button', 'Add a goal')).toBeNull();
    await click(byRole('button', 'Remove goal 5'));
    expect(queryByLabel('Goal 5')).toBeNull();
  });

  it('asks to sign again after a change, keeps the history, and reports a partner’s newer save', async () => {
    api({
      getTandemAgreement: () =>
        json(
          200,
          agreement({
            current: version({ version: 2, editedBy: bea }),
            viewerMustSignAgain: true,
            history: [
              version({
                menteeSignedAt: '2027-01-20T10:00:00.000Z',
                mentorSignedAt: '2027-01-21T10:00:00.000Z',
              }),
            ],
          }),
        ),
      getGoalBoard: () => json(200, board),
      signTandemAgreement: () =>
        apiError(
          409,
          'stale_version',
          'The agreement changed since you loaded it. Reload it, look at the changes and try again.',
          { currentVersion: 3 },
        ),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byRole('button', 'Sign the agreement'));
    expect(document.body.textContent).toContain('The agreement changed since you signed it');
    expect(document.querySelector('details summary')?.textContent).toMatch(/Version 1.*Mia Mentee signed on/);
    await click(byRole('button', 'Sign the agreement'));
    await waitFor(() => expect(alerts().join(' ')).toContain('The agreement changed since you loaded it'));
  });

  it('tells of a partner’s save beside the save button, moves focus there and keeps what was typed', async () => {
    // Bea saved version 2 while Mia was editing version 1.
    const beas = agreement({
      current: version({ version: 2, editedBy: bea, confidentiality: 'Nothing leaves this room.' }),
    });
    let stored = agreement();
    const calls = api({
      getTandemAgreement: () => json(200, stored),
      getGoalBoard: () => json(200, board),
      saveTandemAgreement: (call) =>
        (call.body as { version: number }).version === 2
          ? json(
              200,
              agreement({ current: version({ version: 3, confidentiality: 'Only between us two.' }) }),
            )
          : apiError(
              409,
              'stale_version',
              'The agreement changed since you loaded it. Reload it, look at the changes and try again.',
              { currentVersion: 2 },
            ),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await click(await waitFor(() => byRole('button', 'Change the agreement')));
    await type(byLabel('Confidentiality terms'), 'Only between us two.');
    stored = beas;
    await click(byRole('button', 'Save the agreement'));

    const notice = await waitFor(() => {
      const shown = document.querySelector<HTMLElement>('.stale-version');
      expect(shown?.textContent).toContain('The agreement changed since you loaded it.');
      return shown!;
    });
    // Focus is on the message, which sits after the save button, not on the page's body.
    expect(document.activeElement).toBe(notice);
    const saveButton = byRole('button', 'Save the agreement');
    expect(saveButton.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alerts()).toContain(
      'The agreement changed since you loaded it. Reload it, look at the changes and try again.',
    );
    // Nothing typed is lost.
    expect(byLabel('Confidentiality terms').value).toBe('Only between us two.');

    // Mia looks at Bea's version without giving up her own text, then saves hers over it.
    await click(byRole('button', 'Show the saved version'));
    await waitFor(() => expect(notice.textContent).toContain('Nothing leaves this room.'));
    expect(byLabel('Confidentiality terms').value).toBe('Only between us two.');
    await click(byRole('button', 'Save my text instead of this version'));
    await waitFor(() => expect(document.body.textContent).toContain('Saved. Now both of you sign it.'));
    expect(callsTo(calls, 'saveTandemAgreement').map((c) => c.body)).toMatchObject([
      { version: 1, confidentiality: 'Only between us two.' },
      { version: 2, savedAt: '2027-01-20T09:00:00.000Z', confidentiality: 'Only between us two.' },
    ]);
  });

  it('loads the partner’s saved version when asked, in place of what was typed', async () => {
    let stored = agreement();
    api({
      getTandemAgreement: () => json(200, stored),
      getGoalBoard: () => json(200, board),
      saveTandemAgreement: () =>
        apiError(409, 'stale_version', 'The agreement changed since you loaded it.', { currentVersion: 2 }),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await click(await waitFor(() => byRole('button', 'Change the agreement')));
    await type(byLabel('Confidentiality terms'), 'Only between us two.');
    stored = agreement({
      current: version({ version: 2, editedBy: bea, confidentiality: 'Nothing leaves this room.' }),
    });
    await click(byRole('button', 'Save the agreement'));
    await click(await waitFor(() => byRole('button', 'Load the saved version')));
    await waitFor(() => expect(document.body.textContent).toContain('Nothing leaves this room.'));
    expect(document.body.textContent).toContain('Version 2');
    expect(queryByLabel('Confidentiality terms')).toBeNull();
  });

  it('is read-only once the tandem has ended', async () => {
    const milestone = {
      id: '55555555-5555-4555-8555-555555555555',
      title: 'Meet the CFO',
      dueOn: null,
      doneAt: null,
    };
    api({
      getTandemAgreement: () => json(200, agreement({ can: { save: false, sign: false } })),
      getGoalBoard: () =>
        json(200, { ...board, goals: [{ ...board.goals[0]!, milestones: [milestone], can: goalReadOnly }] }),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={true} />);
    await waitFor(() => expect(document.querySelector('.goal-card')).not.toBeNull());
    expect(document.body.textContent).toContain('can be read but no longer changed');
    for (const name of ['Sign the agreement', 'Change the agreement', 'Save progress', 'Add milestone']) {
      expect(queryByRole('button', name)).toBeNull();
    }
    expect(document.querySelector('[aria-label="Remove milestone Meet the CFO"]')).toBeNull();
    expect(byLabel('Meet the CFO').disabled).toBe(true);
  });

  it('offers only what the server says: signing once signed, changing while it may change', async () => {
    api({
      getTandemAgreement: () =>
        json(
          200,
          agreement({
            status: 'partly_signed',
            current: version({ menteeSignedAt: '2027-01-20T10:00:00.000Z' }),
            can: { save: true, sign: false },
          }),
        ),
      getGoalBoard: () => json(200, board),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byRole('button', 'Change the agreement'));
    expect(queryByRole('button', 'Sign the agreement')).toBeNull();
  });

  it('never offers a form for an agreement that cannot be saved', async () => {
    api({
      getTandemAgreement: () =>
        json(
          200,
          agreement({
            status: 'not_saved',
            current: version({ version: 0, goals: [], savedAt: null, editedBy: null }),
            can: { save: false, sign: false },
          }),
        ),
      getGoalBoard: () => json(200, emptyBoard),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={true} />);
    await waitFor(() => expect(document.body.textContent).toContain('This tandem never saved an agreement.'));
    expect(queryByRole('button', 'Save the agreement')).toBeNull();
  });
});

describe('the goals panel', () => {
  it('saves a goal’s progress with a comment and shows it on the timeline', async () => {
    const calls = api({
      getTandemAgreement: () => json(200, agreement()),
      getGoalBoard: () => json(200, board),
      updateGoalProgress: () =>
        json(200, {
          ...board,
          goals: [{ ...board.goals[0]!, state: 'at_risk', stateComment: 'Budget round moved' }],
          timeline: [
            {
              id: 7,
              kind: 'goal.progress',
              goalId,
              goalTitle: 'Negotiate my budget',
              milestoneTitle: null,
              agreementVersion: null,
              state: 'at_risk',
              comment: 'Budget round moved',
              author: mia,
              occurredAt: '2027-02-01T10:00:00.000Z',
            },
          ],
        }),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byLabel('Progress of Negotiate my budget'));
    await choose(byLabel('Progress of Negotiate my budget'), 'at_risk');
    await type(byLabel('Comment on Negotiate my budget'), 'Budget round moved');
    await click(byRole('button', 'Save progress'));
    await waitFor(() => expect(document.body.textContent).toContain('Progress saved.'));
    const progress = callsTo(calls, 'updateGoalProgress')[0]!;
    expect(endpointOf(progress)?.params).toEqual({ id: tandemId, goalId });
    expect(progress.body).toEqual({
      state: 'at_risk',
      comment: 'Budget round moved',
    });
    expect(document.querySelector('.goal-timeline')?.textContent).toMatch(
      /Mia Mentee set “Negotiate my budget” to At risk: “Budget round moved”/,
    );
  });

  it('offers no new milestone on a goal that holds the most, but still ticking and removing', async () => {
    const milestone = {
      id: '55555555-5555-4555-8555-555555555555',
      title: 'Meet the CFO',
      dueOn: null,
      doneAt: null,
    };
    api({
      getTandemAgreement: () => json(200, agreement()),
      getGoalBoard: () =>
        json(200, {
          ...board,
          goals: [{ ...board.goals[0]!, milestones: [milestone], can: { ...goalCan, addMilestone: false } }],
        }),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byLabel('Progress of Negotiate my budget'));
    expect(queryByRole('button', 'Add milestone')).toBeNull();
    expect(document.querySelector('[aria-label="Remove milestone Meet the CFO"]')).not.toBeNull();
    expect(byLabel('Meet the CFO').disabled).toBe(false);
  });

  it('adds a milestone and ticks it off', async () => {
    const milestone = {
      id: '55555555-5555-4555-8555-555555555555',
      title: 'Meet the CFO',
      dueOn: '2027-03-01',
      doneAt: null,
    };
    const withMilestone = { ...board, goals: [{ ...board.goals[0]!, milestones: [milestone] }] };
    const calls = api({
      getTandemAgreement: () => json(200, agreement()),
      getGoalBoard: () => json(200, board),
      addGoalMilestone: () => json(201, withMilestone),
      changeGoalMilestone: () =>
        json(200, {
          ...board,
          goals: [{ ...board.goals[0]!, milestones: [{ ...milestone, doneAt: '2027-02-01T10:00:00.000Z' }] }],
        }),
    });
    await render(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />);
    await waitFor(() => byLabel('New milestone for Negotiate my budget'));
    await type(byLabel('New milestone for Negotiate my budget'), 'Meet the CFO');
    await type(byLabel('Due date (optional)'), '2027-03-01');
    await click(byRole('button', 'Add milestone'));
    await waitFor(() => byLabel('Meet the CFO (due 1 Mar 2027)'));
    const added = callsTo(calls, 'addGoalMilestone')[0]!;
    expect(endpointOf(added)?.params).toEqual({ id: tandemId, goalId });
    expect(added.body).toEqual({
      title: 'Meet the CFO',
      dueOn: '2027-03-01',
    });
    await click(byLabel('Meet the CFO (due 1 Mar 2027)'));
    await waitFor(() => expect(byLabel('Meet the CFO (due 1 Mar 2027)').checked).toBe(true));
    const ticked = callsTo(calls, 'changeGoalMilestone')[0]!;
    expect(endpointOf(ticked)?.params).toEqual({ id: tandemId, goalId, milestoneId: milestone.id });
    expect(ticked.body).toEqual({ done: true });
  });
});
