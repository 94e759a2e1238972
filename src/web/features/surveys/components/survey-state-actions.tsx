import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { Survey } from '../../../../shared/contract/surveys.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

export function SurveyStateActions({ survey, onChanged }: Props) {
  const t = useMessages(surveysMessages);
  const [choosingDate, setChoosingDate] = useState(false);
  const change = useAction(async (work: () => Promise<Survey>) => {
    onChanged(await work());
    setChoosingDate(false);
  });
  const later = survey.can.extend ? 'extend' : survey.can.reopen ? 'reopen' : null;
  return (
    // Two surveys may be open at once: the legend tells their buttons apart.
    <fieldset className="survey-state-actions">
      <legend className="visually-hidden">{t('stateActions', { title: survey.title })}</legend>
      {survey.can.close ? (
        <ConfirmButton
          label={t('closeNow')}
          question={t('closeQuestion', { title: survey.title })}
          confirmLabel={t('closeConfirm')}
          busy={change.busy}
          onConfirm={() => change.run(() => closeSurvey(survey.id, survey.version))}
        />
      ) : null}
      {later && !choosingDate ? (
        <button type="button" className="button button--secondary" onClick={() => setChoosingDate(true)}>
          {later === 'extend'
            ? t.rich('extend', { title: survey.title, hidden })
            : t.rich('reopen', { title: survey.title, hidden })}
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
  const t = useMessages(surveysMessages);
  const common = useMessages(commonMessages);
  const [closesOn, setClosesOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!closesOn) {
      setError(t('chooseClosingDate'));
      return;
    }
    setError(undefined);
    onSubmit(closesOn);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate className="form form--inline">
      <TextField
        name="closesOn"
        label={reopen ? t('openAgainUntil') : t('newClosingDate')}
        hint={
          reopen
            ? t('reopenHint', { date: formatDate(survey.closesOn) })
            : t('extendHint', { date: formatDate(survey.closesOn) })
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
          {reopen ? t('reopenSurvey') : t('extendSurvey')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {common('cancel')}
        </button>
      </div>
    </form>
  );
}
