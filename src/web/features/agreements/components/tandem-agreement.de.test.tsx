// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementVersion, GoalBoard } from '../../../../shared/contract/agreements.ts';
import {
  answers,
  byLabel,
  byRole,
  click,
  fakeApi,
  inGerman,
  json,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { TandemAgreementAndGoals } from './tandem-agreement.tsx';

// The tandem's agreement and goals as a German reader sees them: words, dates, lists and quotes.

const tandemId = '11111111-1111-4111-8111-111111111111';
const goalId = '22222222-2222-4222-8222-222222222222';
const mia = { participantId: '33333333-3333-4333-8333-333333333333', name: 'Mia Mentee' };
const bea = { participantId: '44444444-4444-4444-8444-444444444444', name: 'Bea Mentor' };

const text = (selector = 'body') =>
  (document.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ');

function version(values: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    version: 2,
    goals: [{ goalId, title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' }],
    cadenceDays: 30,
    meetingFormat: 'video',
    confidentiality: 'Between us.',
    editedBy: bea,
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

const board: GoalBoard = {
  tandemId,
  goals: [
    {
      id: goalId,
      title: 'Negotiate my budget',
      successMeasure: 'Budget agreed by March',
      state: 'at_risk',
      stateComment: 'Budget round moved',
      updatedAt: '2027-02-01T10:00:00.000Z',
      milestones: [
        {
          id: '55555555-5555-4555-8555-555555555555',
          title: 'Meet the CFO',
          dueOn: '2027-03-01',
          doneAt: null,
        },
      ],
      can: { updateProgress: true, addMilestone: true, changeMilestones: true },
    },
  ],
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
    {
      id: 6,
      kind: 'milestone.added',
      goalId,
      goalTitle: 'Negotiate my budget',
      milestoneTitle: 'Meet the CFO',
      agreementVersion: null,
      state: null,
      comment: '',
      author: null,
      occurredAt: '2027-01-25T10:00:00.000Z',
    },
  ],
};

describe('TandemAgreementAndGoals in German', () => {
  it('shows the agreement, its signatures and history, and the goals in German', async () => {
    fakeApi(
      answers({
        getTandemAgreement: () =>
          json(
            200,
            agreement({
              status: 'partly_signed',
              current: version({ menteeSignedAt: '2027-01-21T10:00:00.000Z' }),
              history: [version({ version: 1, editedBy: mia, cadenceDays: 21 })],
              can: { save: true, sign: false },
            }),
          ),
        getGoalBoard: () => json(200, board),
      }),
    );
    await render(inGerman(<TandemAgreementAndGoals tandemId={tandemId} ended />));
    await waitFor(() => expect(text()).toContain('Unsere Vereinbarung'));
    await waitFor(() => expect(text()).toContain('Unsere Ziele'));
    const page = text();
    expect(page).toContain('Dieses Tandem ist beendet;');
    expect(page).toContain('Wartet auf Bea Mentor');
    expect(page).toContain('Mia Mentee hat am 21. Jan. 2027');
    expect(page).toMatch(/Fassung 2, gespeichert am 20\. Jan\. 2027, \d\d:\d\d von Bea Mentor/);
    expect(page).toContain('Wir treffen unsJeden Monat');
    expect(page).toContain('Bevorzugte Form der TreffenVideoanruf');
    expect(byRole('button', 'Vereinbarung ändern')).toBeTruthy();
    expect(text('#agreement-history + ul summary')).toMatch(
      /^Fassung 1, gespeichert am 20\. Jan\. 2027, \d\d:\d\d von Mia Mentee · nie unterschrieben$/,
    );
    expect(text('.goal-card h3')).toBe('Negotiate my budget Gefährdet');
    expect(page).toContain('Erfolgskriterium: Budget agreed by March');
    expect(page).toContain('„Budget round moved“');
    expect(byLabel('Meet the CFO (fällig am 1. März 2027)')).toBeTruthy();
    expect(
      (byLabel('Stand von Negotiate my budget') as unknown as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('Gefährdet');
    expect(byLabel('Neuer Meilenstein für Negotiate my budget')).toBeTruthy();
    const timeline = [...document.querySelectorAll('.goal-timeline li')].map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' '),
    );
    expect(timeline[0]).toMatch(
      /Mia Mentee hat das Ziel „Negotiate my budget“ auf „Gefährdet“ gesetzt: „Budget round moved“$/,
    );
    expect(timeline[1]).toMatch(
      /Jemand hat dem Ziel „Negotiate my budget“ den Meilenstein „Meet the CFO“ hinzugefügt$/,
    );
  });

  it('names both who still sign, as a German list, and offers the form in German', async () => {
    fakeApi(
      answers({
        getTandemAgreement: () => json(200, agreement({ current: version({ cadenceDays: 21 }) })),
        getGoalBoard: () => json(200, { tandemId, goals: [], timeline: [] }),
      }),
    );
    await render(inGerman(<TandemAgreementAndGoals tandemId={tandemId} ended={false} />));
    await waitFor(() => expect(text()).toContain('Wartet auf Mia Mentee und Bea Mentor'));
    expect(text()).toContain('Wir treffen unsAlle 21 Tage');
    expect(text()).toContain('Noch keine Ziele.');
    await click(byRole('button', 'Vereinbarung ändern'));
    await waitFor(() => byLabel('Ziel 1'));
    expect(byLabel('Erfolgskriterium für Ziel 1').value).toBe('Budget agreed by March');
    expect(
      [...(byLabel('Wie oft wir uns treffen') as unknown as HTMLSelectElement).options].map(
        (o) => o.textContent,
      ),
    ).toEqual([
      'Alle 21 Tage',
      'Jede Woche',
      'Alle zwei Wochen',
      'Jeden Monat',
      'Alle sechs Wochen',
      'Jedes Quartal',
    ]);
    expect(byRole('button', 'Vereinbarung speichern')).toBeTruthy();
  });
});
