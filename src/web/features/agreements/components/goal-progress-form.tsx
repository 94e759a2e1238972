import { type FormEvent, useState } from 'react';
import {
  type Goal,
  type GoalBoard,
  type GoalState,
  goalProgressInputSchema,
  goalStates,
} from '../../../../shared/contract/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveGoalProgress } from '../api/agreements.ts';
import { goalStateLabels } from './labels.ts';

const stateOptions = goalStates.map((s) => ({ value: s, label: goalStateLabels[s] }));
const progressFields = ['state', 'comment'];

type Props = { tandemId: string; goal: Goal; onSaved: (board: GoalBoard) => void };

/** Where a goal stands, with a short comment. */
export function GoalProgressForm({ tandemId, goal, onSaved }: Props) {
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
        label={`Progress of ${goal.title}`}
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
        label={`Comment on ${goal.title}`}
        value={comment}
        onChange={(v) => {
          setComment(v);
          setSaved(false);
        }}
        maxLength={500}
        error={errors.fieldErrors.comment}
      />
      <button type="submit" className="button" disabled={save.busy}>
        {save.busy ? 'Saving…' : 'Save progress'}
      </button>
      <p role="status" className="goal-progress__status">
        {saved ? 'Progress saved.' : ''}
      </p>
    </form>
  );
}
