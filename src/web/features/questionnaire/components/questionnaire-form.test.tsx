// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { QuestionnaireView } from '../../../../shared/contract/matching.ts';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { QuestionnaireForm } from './questionnaire-form.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const questionnaire: QuestionnaireView = {
  topics: ['Negotiation', 'Leadership'],
  weights: { topics: 40, seniority: 20, language: 10, location: 10, gender: 10, industry: 10 },
  idealSeniorityGap: 2,
  preferDifferentIndustry: true,
  version: 2,
  can: { edit: true },
};

/** Whether the control takes no input: disabled itself or inside a disabled fieldset. */
const disabled = (control: HTMLElement) =>
  (control as HTMLInputElement).disabled || control.closest('fieldset[disabled]') !== null;

describe('QuestionnaireForm', () => {
  it('is changed and saved where the server says it may change', async () => {
    const calls = fakeApi(() => json(200, { ...questionnaire, topics: ['Negotiation'], version: 3 }));
    await render(
      <QuestionnaireForm
        cycleId={cycleId}
        questionnaire={questionnaire}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    expect(disabled(byLabel('Goal and expertise topics'))).toBe(false);
    expect(disabled(byRole('button', 'Restore default weights'))).toBe(false);
    await type(byLabel('Goal and expertise topics'), 'Negotiation');
    await click(byRole('button', 'Save questionnaire'));
    await waitFor(() => expect(document.body.textContent).toContain('Questionnaire saved.'));
    expect(callsTo(calls, 'saveQuestionnaire')[0]!.body).toMatchObject({
      topics: ['Negotiation'],
      version: 2,
    });
    expect(document.body.textContent).not.toContain('can no longer change');
    // The form stays open: the next save names the version the first one made.
    await click(byRole('button', 'Save questionnaire'));
    await waitFor(() => expect(callsTo(calls, 'saveQuestionnaire')).toHaveLength(2));
    expect(callsTo(calls, 'saveQuestionnaire')[1]!.body).toMatchObject({ version: 3 });
  });

  it('is read-only where the server says it may no longer change', async () => {
    const calls = fakeApi(() => undefined);
    await render(
      <QuestionnaireForm
        cycleId={cycleId}
        questionnaire={{ ...questionnaire, can: { edit: false } }}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    expect(document.body.textContent).toContain('The questionnaire can no longer change.');
    expect(queryByRole('button', 'Save questionnaire')).toBeNull();
    expect(disabled(byLabel('Goal and expertise topics'))).toBe(true);
    expect(disabled(byLabel('Ideal seniority gap'))).toBe(true);
    expect(disabled(byRole('button', 'Restore default weights'))).toBe(true);
    // What it holds is still shown.
    expect(byLabel('Goal and expertise topics').value).toBe('Negotiation\nLeadership');
    expect(calls).toHaveLength(0);
  });

  it('offers the saved questionnaire when someone saved it meanwhile', async () => {
    fakeApi(() =>
      apiError(409, 'stale_version', 'The questionnaire changed since you loaded it.', { currentVersion: 3 }),
    );
    let reloads = 0;
    await render(
      <QuestionnaireForm
        cycleId={cycleId}
        questionnaire={questionnaire}
        onSaved={() => undefined}
        onStale={() => {
          reloads += 1;
        }}
      />,
    );
    await type(byLabel('Goal and expertise topics'), 'Negotiation');
    await click(byRole('button', 'Save questionnaire'));
    await waitFor(() => expect(alerts()).toContain('The questionnaire changed since you loaded it.'));
    expect(document.body.textContent).not.toContain('Questionnaire saved.');
    expect(byLabel('Goal and expertise topics').value).toBe('Negotiation');
    await click(byRole('button', 'Load the saved version'));
    expect(reloads).toBe(1);
  });
});
