import { type FormEvent, useState } from 'react';
import { type Goal, type GoalBoard, milestoneInputSchema } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { addMilestone, changeMilestone, removeMilestone } from '../api/agreements.ts';

const milestoneFields = ['title', 'dueOn'];

type Props = { tandemId: string; goal: Goal; onChanged: (board: GoalBoard) => void };

/**
 * A goal's milestones: ticked off when done, removed, or added with an optional due date, each as
 * the server offers it for the goal.
 */
export function GoalMilestones({ tandemId, goal, onChanged }: Props) {
  const t = useMessages(agreementsMessages);
  const { can } = goal;
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const errors = useFormErrors(milestoneFields);
  // Ticking and removing report failures in one message; adding reports them in its form.
  const changing = useAction(async (change: () => Promise<GoalBoard>) => onChanged(await change()));
  const adding = useAction(
    async (milestone: { title: string; dueOn: string | null }) => {
      onChanged(await addMilestone(tandemId, goal.id, milestone.title, milestone.dueOn));
      setTitle('');
      setDueOn('');
      errors.clear();
    },
    { onError: errors.showRequestError },
  );
  const busy = changing.busy || adding.busy;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(milestoneInputSchema, { title, dueOn: dueOn || null });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void adding.run(checked.data);
  };

  return (
    <div className="milestones">
      <h4>{t('milestones')}</h4>
      {goal.milestones.length === 0 ? <p className="muted">{t('noMilestones')}</p> : null}
      {goal.milestones.length ? (
        <ul className="plain-list milestone-list">
          {goal.milestones.map((m) => {
            const label = m.dueOn
              ? t('milestoneDue', { title: m.title, date: formatDate(m.dueOn) })
              : m.title;
            return (
              <li key={m.id} className={m.doneAt ? 'milestone milestone--done' : 'milestone'}>
                <label>
                  <input
                    type="checkbox"
                    checked={m.doneAt !== null}
                    disabled={!can.changeMilestones || busy}
                    onChange={(e) =>
                      void changing.run(() =>
                        changeMilestone(tandemId, goal.id, m.id, { done: e.target.checked }),
                      )
                    }
                  />{' '}
                  {label}
                </label>
                {can.changeMilestones ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('removeMilestone', { title: m.title })}
                    disabled={busy}
                    onClick={() => void changing.run(() => removeMilestone(tandemId, goal.id, m.id))}
                  >
                    {t('remove')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {changing.error ? (
        <p role="alert" className="notice notice--error">
          {changing.error}
        </p>
      ) : null}
      {can.addMilestone ? (
        <form className="form form--inline" onSubmit={add} noValidate>
          <FormError message={errors.formError} />
          <TextField
            name="title"
            label={t('newMilestone', { goal: goal.title })}
            value={title}
            onChange={setTitle}
            maxLength={200}
            error={errors.fieldErrors.title}
          />
          <TextField
            name="dueOn"
            type="date"
            label={t('dueDate')}
            value={dueOn}
            onChange={setDueOn}
            error={errors.fieldErrors.dueOn}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('addMilestone')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
