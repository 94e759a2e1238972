import { type AgreementVersion, MAX_GOALS } from '../../../../shared/contract/agreements.ts';

/** A goal as the form edits it; `key` stays put while goals are added and removed. */
export type GoalDraft = { key: string; goalId?: string; title: string; successMeasure: string };

// Field paths as the contract reports them, in the order the form shows them.
const goalFields = Array.from({ length: MAX_GOALS }, (_, i) => [
  `goals.${i}.title`,
  `goals.${i}.successMeasure`,
]).flat();
export const agreementFormFields = [
  ...goalFields,
  'goals',
  'cadenceDays',
  'meetingFormat',
  'confidentiality',
];

let nextKey = 0;
const newKey = () => `new-${nextKey++}`;

export function emptyGoalDraft(): GoalDraft {
  return { key: newKey(), title: '', successMeasure: '' };
}

/** The version's goals to edit; one empty goal when it has none yet. */
export function draftGoals(version: AgreementVersion): GoalDraft[] {
  const goals = version.goals.map((g) => ({
    key: g.goalId ?? newKey(),
    ...(g.goalId ? { goalId: g.goalId } : {}),
    title: g.title,
    successMeasure: g.successMeasure,
  }));
  return goals.length ? goals : [emptyGoalDraft()];
}

/** The goals as the contract takes them. */
export function goalInputs(goals: readonly GoalDraft[]) {
  return goals.map(({ goalId, title, successMeasure }) => ({
    ...(goalId ? { goalId } : {}),
    title,
    successMeasure,
  }));
}
