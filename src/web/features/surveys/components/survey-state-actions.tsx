import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Survey } from '../../../../shared/contract/surveys.ts';
import { formatDate } from '../../../lib/format.ts';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { closeSurvey, extendSurvey, reopenSurvey } from '../api/surveys.ts';

type Props = {
  survey: Survey;
  /** The survey as saved by the action; the list shows it (and its new version) from then on. */
  onChanged: (survey: Survey) => void;
};

/**
 * Close now, extend or reopen, as the server's `can` flags offer them. A refusal (someone changed
 * the survey meanwhile, a date too early) shows under the buttons and is read out.
 */
export function SurveyStateActions({ survey, onChanged }: Props) {
  const [choosingDate, setChoosingDate] = useState(false);
  const change = useAction(async (work: () => Promise<Survey>) => {
    onChanged(await work());
    setChoosingDate(false);
  });
  const later = survey.can.extend ? 'extend' : survey.can.reopen ? 'reopen' : null;
  return (
    // Two surveys may be open at once: the legend tells their buttons apart.
    <fieldset className="survey-state-actions">
      <legend className="visually-hidden">Close, extend or reopen {survey.title}</legend>
      {survey.can.close ? (
        <ConfirmButton
          label="Close now"
          question={`Close “${survey.title}” today? Nobody can answer or change their answers after that.`}
          confirmLabel="Close the survey"
          busy={change.busy}
          onConfirm={() => change.run(() => closeSurvey(survey.id, survey.version))}
        />
      ) : null}
      {later && !choosingDate ? (
        <button type="button" className="button button--secondary" onClick={() => setChoosingDate(true)}>
          {later === 'extend' ? 'Extend' : 'Reopen'}
          <span className="visually-hidden"> {survey.title}</span>
        </button>
      ) : null}
      {later && choosingDate ? (
        <NewClosingDate
          survey={survey}
          reopen={later === 'reopen'}
          busy={change.busy}
          onCancel={() => setChoosingDate(false)}
          onSubmit={(closesOn) =>
            change.run(() =>
              later === 'extend'
                ? extendSurvey(survey.id, survey.version, closesOn)
                : reopenSurvey(survey.id, survey.version, closesOn),
            )
          }
        />
      ) : null}
      <FormError message={change.error} />
    </fieldset>
  );
}

type DateProps = {
  survey: Survey;
  reopen: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (closesOn: string) => void;
};

/** The new closing date, asked inline; focus moves into it so a keyboard user lands where to type. */
function NewClosingDate({ survey, reopen, busy, onCancel, onSubmit }: DateProps) {
  const [closesOn, setClosesOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!closesOn) {
      setError('Choose the new closing date.');
      return;
    }
    setError(undefined);
    onSubmit(closesOn);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate className="form form--inline">
      <TextField
        name="closesOn"
        label={reopen ? 'Open again until' : 'New closing date'}
        hint={
          reopen
            ? `It closed on ${formatDate(survey.closesOn)}; answers are taken up to the day before the new date.`
            : `Now closes on ${formatDate(survey.closesOn)}.`
        }
        type="date"
        required
        min={survey.closesOn}
        value={closesOn}
        onChange={setClosesOn}
        error={error}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {reopen ? 'Reopen the survey' : 'Extend the survey'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
