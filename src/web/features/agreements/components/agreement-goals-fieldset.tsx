import { MAX_GOALS } from '../../../../shared/contract/agreements.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { TextField } from '../../../lib/ui/fields.tsx';
import { emptyGoalDraft, type GoalDraft } from './agreement-goal-drafts.ts';

type Props = {
  goals: readonly GoalDraft[];
  onChange: (change: (goals: GoalDraft[]) => GoalDraft[]) => void;
  fieldErrors: FieldErrors;
};

/** The agreement's goals, each with its success measure; up to MAX_GOALS. */
export function AgreementGoalsFieldset({ goals, onChange, fieldErrors }: Props) {
  const changeGoal = (key: string, change: Partial<GoalDraft>) =>
    onChange((gs) => gs.map((g) => (g.key === key ? { ...g, ...change } : g)));
  return (
    <fieldset className="form-section">
      <legend>Goals (up to {MAX_GOALS})</legend>
      {fieldErrors.goals ? (
        <p className="field__error" data-field="goals" tabIndex={-1}>
          Goals: {fieldErrors.goals}
        </p>
      ) : null}
      {goals.map((g, i) => (
        <div className="agreement-goal" key={g.key}>
          <TextField
            name={`goals.${i}.title`}
            label={`Goal ${i + 1}`}
            value={g.title}
            onChange={(title) => changeGoal(g.key, { title })}
            maxLength={200}
            required
            error={fieldErrors[`goals.${i}.title`]}
          />
          <TextField
            name={`goals.${i}.successMeasure`}
            label={`Success measure of goal ${i + 1}`}
            hint="How will you both know the goal is reached?"
            value={g.successMeasure}
            onChange={(successMeasure) => changeGoal(g.key, { successMeasure })}
            maxLength={1000}
            required
            error={fieldErrors[`goals.${i}.successMeasure`]}
          />
          {goals.length > 1 ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onChange((gs) => gs.filter((x) => x.key !== g.key))}
            >
              Remove goal {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      {goals.length < MAX_GOALS ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange((gs) => [...gs, emptyGoalDraft()])}
        >
          Add a goal
        </button>
      ) : (
        <p className="muted">An agreement has at most {MAX_GOALS} goals.</p>
      )}
    </fieldset>
  );
}
