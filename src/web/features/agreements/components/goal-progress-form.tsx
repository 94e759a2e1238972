import { type FormEvent, useState } from 'react';
import {
  type Goal,
  type GoalBoard,
  type GoalState,
  goalProgressInputSchema,
  goalStates,
} from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveGoalProgress } from '../api/agreements.ts';
import { goalStateLabel } from './labels.ts';

const progressFields = ['state', 'comment'];

type Props = { tandemId: string; goal: Goal; onSaved: (board: GoalBoard) => void };

/** Where a goal stands, with a short comment. */
export function GoalProgressForm({ tandemId, goal, onSaved }: Props) {
  const t = useMessages(agreementsMessages);
  const stateOptions = goalStates.map((s) => ({ value: s, label: goalStateLabel(t, s) }));
  const [state, setState] = useState<string>(goal.state);
  const [comment, setComment] = useState(goal.stateComment);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(progressFields);
  const save = useAction(
    async (progress: { state: GoalState; comment: string }) => {
      onSaved(await saveGoalProgress(tandemId, goal.id, progress.state, progress.comment));
      errors.clear();
      setSaved(true);
    },
    { onError: errors.showRequestError },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(goalProgressInputSchema, { state, comment });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form form--inline goal-progress" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <SelectField
        name="state"
        label={t('progressOf', { goal: goal.title })}
        value={state}
        onChange={(v) => {
          setState(v);
          setSaved(false);
        }}
        options={stateOptions}
        error={errors.fieldErrors.state}
      />
      <TextField
        name="comment"
        label={t('commentOn', { goal: goal.title })}
        value={comment}
        onChange={(v) => {
          setComment(v);
          setSaved(false);
        }}
        maxLength={500}
        error={errors.fieldErrors.comment}
      />
      <button type="submit" className="button" disabled={save.busy}>
        {save.busy ? t('saving') : t('saveProgress')}
      </button>
      <p role="status" className="goal-progress__status">
        {saved ? t('progressSaved') : ''}
      </p>
    </form>
  );
}
