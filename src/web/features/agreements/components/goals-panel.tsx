import { type FormEvent, useState } from 'react';
import {
  type Goal,
  type GoalBoard,
  type GoalState,
  goalProgressInputSchema,
  goalStates,
  MAX_MILESTONES_PER_GOAL,
  milestoneInputSchema,
} from '../../../../shared/contract/agreements.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import {
  addMilestone,
  changeMilestone,
  getGoalBoard,
  removeMilestone,
  saveGoalProgress,
} from '../api/agreements.ts';
import { describeEvent, goalStateLabels } from './labels.ts';

const stateOptions = goalStates.map((s) => ({ value: s, label: goalStateLabels[s] }));
const progressFields = ['state', 'comment'];
const milestoneFields = ['title', 'dueOn'];

function ProgressForm({
  tandemId,
  goal,
  onSaved,
}: {
  tandemId: string;
  goal: Goal;
  onSaved: (board: GoalBoard) => void;
}) {
  const [state, setState] = useState<string>(goal.state);
  const [comment, setComment] = useState(goal.stateComment);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(progressFields);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(goalProgressInputSchema, { state, comment });
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    try {
      onSaved(await saveGoalProgress(tandemId, goal.id, checked.data.state, checked.data.comment));
      errors.clear();
      setSaved(true);
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form form--inline goal-progress" onSubmit={(e) => void submit(e)} noValidate>
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
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Saving…' : 'Save progress'}
      </button>
      <p role="status" className="goal-progress__status">
        {saved ? 'Progress saved.' : ''}
      </p>
    </form>
  );
}

function Milestones({
  tandemId,
  goal,
  readOnly,
  onChanged,
}: {
  tandemId: string;
  goal: Goal;
  readOnly: boolean;
  onChanged: (board: GoalBoard) => void;
}) {
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const errors = useFormErrors(milestoneFields);

  const run = async (action: () => Promise<GoalBoard>) => {
    setBusy(true);
    setMessage(null);
    try {
      onChanged(await action());
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(milestoneInputSchema, { title, dueOn: dueOn || null });
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    try {
      onChanged(await addMilestone(tandemId, goal.id, checked.data.title, checked.data.dueOn));
      setTitle('');
      setDueOn('');
      errors.clear();
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="milestones">
      <h4>Milestones</h4>
      {goal.milestones.length === 0 ? <p className="muted">No milestones yet.</p> : null}
      {goal.milestones.length ? (
        <ul className="plain-list milestone-list">
          {goal.milestones.map((m) => {
            const label = `${m.title}${m.dueOn ? ` (due ${formatDate(m.dueOn)})` : ''}`;
            return (
              <li key={m.id} className={m.doneAt ? 'milestone milestone--done' : 'milestone'}>
                <label>
                  <input
                    type="checkbox"
                    checked={m.doneAt !== null}
                    disabled={readOnly || busy}
                    onChange={(e) =>
                      void run(() => changeMilestone(tandemId, goal.id, m.id, { done: e.target.checked }))
                    }
                  />{' '}
                  {label}
                </label>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Remove milestone ${m.title}`}
                    disabled={busy}
                    onClick={() => void run(() => removeMilestone(tandemId, goal.id, m.id))}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {message ? (
        <p role="alert" className="notice notice--error">
          {message}
        </p>
      ) : null}
      {readOnly || goal.milestones.length >= MAX_MILESTONES_PER_GOAL ? null : (
        <form className="form form--inline" onSubmit={(e) => void add(e)} noValidate>
          <FormError message={errors.formError} />
          <TextField
            name="title"
            label={`New milestone for ${goal.title}`}
            value={title}
            onChange={setTitle}
            maxLength={200}
            error={errors.fieldErrors.title}
          />
          <TextField
            name="dueOn"
            type="date"
            label="Due date (optional)"
            value={dueOn}
            onChange={setDueOn}
            error={errors.fieldErrors.dueOn}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            Add milestone
          </button>
        </form>
      )}
    </div>
  );
}

function Timeline({ board }: { board: GoalBoard }) {
  return (
    <section aria-labelledby="goal-timeline">
      <h3 id="goal-timeline">What changed</h3>
      {board.timeline.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="plain-list goal-timeline">
          {board.timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt} className="muted">
                {formatDateTime(e.occurredAt)}
              </time>{' '}
              <strong>{e.author?.name ?? 'Someone'}</strong> {describeEvent(e)}
              {e.comment ? <span className="goal-timeline__comment">: “{e.comment}”</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The goals the tandem agreed on, their progress and milestones, and what changed when. */
export function GoalsPanel({
  tandemId,
  readOnly,
  reloadKey,
}: {
  tandemId: string;
  readOnly: boolean;
  /** Changes when the agreement was saved, since that changes the goals. */
  reloadKey: number;
}) {
  const loaded = useResource(`goals-${tandemId}-${reloadKey}`, (signal) => getGoalBoard(tandemId, signal));
  const [replaced, setReplaced] = useState<{ key: number; board: GoalBoard } | null>(null);
  return (
    <section className="panel goals-panel" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Our goals</h2>
      <Loaded resource={loaded} loading="Loading the goals…">
        {(fromServer) => {
          const board = replaced?.key === reloadKey ? replaced.board : fromServer;
          const update = (next: GoalBoard) => setReplaced({ key: reloadKey, board: next });
          return (
            <>
              {board.goals.length === 0 ? (
                <Empty>
                  <p>
                    No goals yet. Write them down in the agreement above; they appear here once it is saved.
                  </p>
                </Empty>
              ) : (
                <ul className="plain-list goal-list">
                  {board.goals.map((goal) => (
                    <li key={goal.id} className="card goal-card">
                      <h3>
                        {goal.title}{' '}
                        <span className={`badge goal-state goal-state--${goal.state}`}>
                          {goalStateLabels[goal.state as GoalState]}
                        </span>
                      </h3>
                      <p>
                        <span className="muted">Success measure:</span> {goal.successMeasure}
                      </p>
                      {goal.stateComment ? <p className="prose">“{goal.stateComment}”</p> : null}
                      {readOnly ? null : (
                        <ProgressForm key={goal.id} tandemId={tandemId} goal={goal} onSaved={update} />
                      )}
                      <Milestones tandemId={tandemId} goal={goal} readOnly={readOnly} onChanged={update} />
                    </li>
                  ))}
                </ul>
              )}
              <Timeline board={board} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
