// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MySurvey, Survey, SurveyResults } from '../../../../shared/contract/surveys.ts';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  choose,
  click,
  endpointOf,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { SurveyAnswerForm } from './survey-answer-form.tsx';
import { SurveyEditor } from './survey-editor.tsx';
import { SurveyList } from './survey-list.tsx';
import { SurveyResultsView } from './survey-results.tsx';

const survey: MySurvey = {
  id: '00000000-0000-4000-8000-000000000301',
  cycleId: '00000000-0000-4000-8000-000000000302',
  cycleName: 'Cycle 2027',
  participantId: '00000000-0000-4000-8000-000000000303',
  kind: 'midterm',
  role: 'mentee',
  title: 'Mid-term survey for mentees',
  opensOn: '2027-07-01',
  closesOn: '2027-07-29',
  status: 'open',
  questions: [
    { id: 'tandem_fit', type: 'scale', text: 'How well does your tandem work?', required: true },
    {
      id: 'frequency',
      type: 'choice',
      text: 'How often did you meet?',
      required: false,
      options: ['Monthly', 'Not yet'],
    },
    { id: 'change', type: 'text', text: 'What would you change?', required: false },
  ],
  answers: null,
  submittedAt: null,
  updatedAt: null,
  can: { answer: true },
};

/** The radio labelled `label` inside the fieldset whose legend starts with `question`. */
function radio(question: string, label: string) {
  const fieldset = [...document.querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')?.textContent?.startsWith(question),
  );
  if (!fieldset) throw new Error(`No question "${question}"`);
  return byLabel(label, fieldset);
}

describe('SurveyAnswerForm', () => {
  it('asks for a required answer before sending anything', async () => {
    const calls = fakeApi(() => undefined);
    await render(<SurveyAnswerForm survey={survey} onSaved={() => undefined} />);
    await click(byRole('button', 'Save answers'));
    expect(document.body.textContent).toContain('Please answer this question.');
    expect(calls).toHaveLength(0);
  });

  it('sends the scale as a number, the choice as its text, and empty answers as none', async () => {
    const calls = fakeApi(() => json(200, { ...survey, answers: { tandem_fit: 4 } }));
    await render(<SurveyAnswerForm survey={survey} onSaved={() => undefined} />);
    await click(radio('How well does your tandem work?', '4'));
    await click(radio('How often did you meet?', 'Not yet'));
    await type(byLabel('What would you change?'), 'More time');
    await click(byRole('button', 'Save answers'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'answerSurvey', params: { id: survey.id } });
    expect(calls[0]!.body).toEqual({ answers: { tandem_fit: 4, frequency: 'Not yet', change: 'More time' } });
    await waitFor(() =>
      expect(document.body.textContent).toContain('You can change your answers until 29 Jul 2027'),
    );
  });

  it('shows the server’s refusal, e.g. after the survey closed', async () => {
    fakeApi(() =>
      apiError(409, 'conflict', 'This survey closed on 2027-07-29; answers can no longer change.'),
    );
    await render(<SurveyAnswerForm survey={survey} onSaved={() => undefined} />);
    await click(radio('How well does your tandem work?', '2'));
    await click(byRole('button', 'Save answers'));
    await waitFor(() => expect(document.body.textContent).toContain('answers can no longer change'));
  });
});

describe('SurveyResultsView', () => {
  const base: SurveyResults = {
    survey: {
      id: survey.id,
      cycleId: survey.cycleId,
      kind: 'midterm',
      role: 'mentee',
      title: survey.title,
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
      status: 'closed',
      responseCount: 6,
      audienceSize: 9,
      version: 1,
      can: { edit: true, editQuestions: false, close: false, extend: false, reopen: false },
    },
    scope: 'programme',
    hiddenUntilClosed: false,
    heldBackSinceReopening: false,
    suppressed: false,
    questions: [
      {
        id: 'tandem_fit',
        type: 'scale',
        text: 'How well does your tandem work?',
        answered: 6,
        suppressed: false,
        counts: [0, 1, 1, 2, 2],
        mean: 3.83,
      },
      {
        id: 'change',
        type: 'text',
        text: 'What would you change?',
        answered: 2,
        suppressed: true,
        answers: null,
      },
    ],
  };

  it('shows counts and the mean, and says why a small group is hidden', async () => {
    await render(<SurveyResultsView results={base} />);
    const text = document.body.textContent ?? '';
    expect(text).toContain('6 of 9 participants');
    expect(text).toContain('Mean 3.83');
    expect(text).toContain('Fewer than 5 answers — hidden to protect anonymity.');
  });

  it('hides everything below 5 responses', async () => {
    await render(
      <SurveyResultsView
        results={{
          ...base,
          survey: { ...base.survey, responseCount: 3 },
          suppressed: true,
          questions: base.questions.map((q) => ({ ...q, suppressed: true, answered: 0 })),
        }}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('Fewer than 5 answers — hidden to protect anonymity.');
    expect(text).not.toContain('Mean');
  });

  it('after a reopening with few new answers, says why the figures wait', async () => {
    await render(
      <SurveyResultsView
        results={{
          ...base,
          heldBackSinceReopening: true,
          suppressed: true,
          questions: base.questions.map((q) => ({ ...q, suppressed: true, answered: 0 })),
        }}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('The survey was reopened, and fewer than 5 answers came in or changed since.');
    expect(text).not.toContain('Mean');
  });

  it('while the survey is open, says that figures wait for its close', async () => {
    await render(
      <SurveyResultsView
        results={{
          ...base,
          survey: { ...base.survey, status: 'open', closesOn: '2027-07-29' },
          hiddenUntilClosed: true,
          suppressed: true,
          questions: base.questions.map((q) => ({ ...q, suppressed: true, answered: 0 })),
        }}
      />,
    );
    const text = document.body.textContent ?? '';
    expect(text).toMatch(/Figures appear when the survey closes on .*2027/);
    expect(text).not.toContain('Mean');
  });
});

describe('SurveyEditor', () => {
  const editable: Survey = {
    id: survey.id,
    cycleId: survey.cycleId,
    kind: 'final',
    role: 'mentor',
    title: 'Final survey for mentors',
    opensOn: '2027-12-15',
    closesOn: '2028-01-12',
    status: 'upcoming',
    questions: [
      { id: 'overall_value', type: 'scale', text: 'How valuable was it?', required: true },
      { id: 'change', type: 'text', text: 'What would you change?', required: false },
    ],
    responseCount: 0,
    audienceSize: 12,
    version: 2,
    can: { edit: true, editQuestions: true, close: false, extend: false, reopen: false },
  };

  it('adds, reorders and saves questions with their ids kept', async () => {
    const calls = fakeApi((call) => json(200, { ...editable, ...(call.body as object) }));
    await render(<SurveyEditor survey={editable} onSaved={() => undefined} onStale={() => undefined} />);
    await click(byRole('button', 'Add question'));
    const texts = document.querySelectorAll<HTMLInputElement>('input[data-field$=".text"]');
    await type(texts[2]!, 'Where did you meet?');
    await choose(document.querySelector('select[data-field="questions.2.type"]')!, 'choice');
    await type(document.querySelector('textarea[data-field="questions.2.options"]')!, 'Office\nOnline');
    await click(byRole('button', 'Move up question 3'));
    await click(byRole('button', 'Save survey'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'updateSurvey', params: { id: editable.id } });
    const body = calls[0]!.body as { questions: { id: string; type: string; options?: string[] }[] };
    expect(body.questions.map((q) => q.id)).toEqual(['overall_value', 'q3', 'change']);
    expect(body.questions[1]).toMatchObject({ type: 'choice', options: ['Office', 'Online'] });
  });

  it('checks a choice question has at least two options before sending', async () => {
    const calls = fakeApi(() => undefined);
    await render(<SurveyEditor survey={editable} onSaved={() => undefined} onStale={() => undefined} />);
    await choose(document.querySelector('select[data-field="questions.1.type"]')!, 'choice');
    await type(document.querySelector('textarea[data-field="questions.1.options"]')!, 'Only one');
    await click(byRole('button', 'Save survey'));
    expect(document.body.textContent).toContain('needs at least 2 options');
    expect(calls).toHaveLength(0);
  });

  it('shows the questions read-only once someone has answered', async () => {
    await render(
      <SurveyEditor
        survey={{
          ...editable,
          responseCount: 1,
          can: { edit: true, editQuestions: false, close: false, extend: false, reopen: false },
        }}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    expect(document.body.textContent).toContain('the questions can no longer change');
    expect(queryByRole('button', 'Add question')).toBeNull();
  });

  it('keeps the questions where the server says they may not change, and saves title and dates alone', async () => {
    const frozen: Survey = {
      ...editable,
      can: { edit: true, editQuestions: false, close: false, extend: false, reopen: false },
    };
    const calls = fakeApi((call) => json(200, { ...frozen, ...(call.body as object) }));
    await render(<SurveyEditor survey={frozen} onSaved={() => undefined} onStale={() => undefined} />);
    expect(queryByRole('button', 'Add question')).toBeNull();
    expect(document.body.textContent).toContain('How valuable was it?');
    await type(byLabel('Title'), 'Final survey');
    await click(byRole('button', 'Save survey'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({
      title: 'Final survey',
      opensOn: frozen.opensOn,
      closesOn: frozen.closesOn,
      version: 2,
    });
  });

  it('offers the saved survey when someone saved it meanwhile, keeping the edits until asked', async () => {
    fakeApi(() =>
      apiError(409, 'stale_version', 'This survey changed since you loaded it.', { currentVersion: 3 }),
    );
    let reloads = 0;
    await render(
      <SurveyEditor
        survey={editable}
        onSaved={() => undefined}
        onStale={() => {
          reloads += 1;
        }}
      />,
    );
    await type(byLabel('Title'), 'Final survey');
    await click(byRole('button', 'Save survey'));
    await waitFor(() => expect(alerts()).toContain('This survey changed since you loaded it.'));
    expect(document.body.textContent).not.toContain('Survey saved.');
    expect(byLabel('Title').value).toBe('Final survey');
    await click(byRole('button', 'Load the saved version'));
    expect(reloads).toBe(1);
  });
});

describe('SurveyList', () => {
  const row = (n: number, can: Survey['can']): Survey => ({
    id: `00000000-0000-4000-8000-00000000031${n}`,
    cycleId: survey.cycleId,
    kind: 'midterm',
    role: n === 1 ? 'mentee' : 'mentor',
    title: `Survey ${n}`,
    opensOn: '2027-07-01',
    closesOn: '2027-07-29',
    status: 'open',
    questions: [],
    responseCount: 0,
    audienceSize: 4,
    version: 1,
    can,
  });

  it('offers editing a survey where the server says so, and its results to everyone', async () => {
    await render(
      <SurveyList
        surveys={[
          row(1, { edit: true, editQuestions: true, close: false, extend: false, reopen: false }),
          row(2, { edit: false, editQuestions: false, close: false, extend: false, reopen: false }),
        ]}
      />,
    );
    expect(byRole('link', 'Edit Survey 1').getAttribute('href')).toBe(
      '/surveys/00000000-0000-4000-8000-000000000311/edit',
    );
    expect(queryByRole('link', 'Edit Survey 2')).toBeNull();
    expect(byRole('link', 'Results of Survey 1')).toBeTruthy();
    expect(byRole('link', 'Results of Survey 2')).toBeTruthy();
  });
});
