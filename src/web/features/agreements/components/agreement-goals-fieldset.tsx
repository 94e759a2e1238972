import { MAX_GOALS } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TextField } from '../../../lib/ui/fields.tsx';
import { emptyGoalDraft, type GoalDraft } from './agreement-goal-drafts.ts';

type Props = {
  goals: readonly GoalDraft[];
  onChange: (change: (goals: GoalDraft[]) => GoalDraft[]) => void;
  fieldErrors: FieldErrors;
};

/** The agreement's goals, each with its success measure; up to MAX_GOALS. */
export function AgreementGoalsFieldset({ goals, onChange, fieldErrors }: Props) {
  const t = useMessages(agreementsMessages);
  const changeGoal = (key: string, change: Partial<GoalDraft>) =>
    onChange((gs) => gs.map((g) => (g.key === key ? { ...g, ...change } : g)));
  return (
    <fieldset className="form-section">
      <legend>{t('goalsLegend', { max: MAX_GOALS })}</legend>
      {fieldErrors.goals ? (
        <p className="field__error" data-field="goals" tabIndex={-1}>
          {t('goalsError', { error: fieldErrors.goals })}
        </p>
      ) : null}
      {goals.map((g, i) => (
        <div className="agreement-goal" key={g.key}>
          <TextField
            name={`goals.${i}.title`}
            label={t('goalField', { number: i + 1 })}
            value={g.title}
            onChange={(title) => changeGoal(g.key, { title })}
            maxLength={200}
            required
            error={fieldErrors[`goals.${i}.title`]}
          />
          <TextField
            name={`goals.${i}.successMeasure`}
            label={t('successMeasureField', { number: i + 1 })}
            hint={t('successMeasureHint')}
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
              {t('removeGoal', { number: i + 1 })}
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
          {t('addGoal')}
        </button>
      ) : (
        <p className="muted">{t('goalsAtMost', { max: MAX_GOALS })}</p>
      )}
    </fieldset>
  );
}
