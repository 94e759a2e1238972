import { type FormEvent, useState } from 'react';
import {
  type Agreement,
  type AgreementInput,
  agreementInputSchema,
  cadenceChoices,
  type MeetingFormat,
  meetingFormats,
} from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveAgreement } from '../api/agreements.ts';
import { agreementFormFields, draftGoals, type GoalDraft, goalInputs } from './agreement-goal-drafts.ts';
import { AgreementGoalsFieldset } from './agreement-goals-fieldset.tsx';
import { cadenceLabel, meetingFormatLabel } from './labels.ts';
import { SavedMeanwhile } from './saved-meanwhile.tsx';

type Props = {
  agreement: Agreement;
  onSaved: (next: Agreement) => void;
  onCancel?: () => void;
  /** The partner saved meanwhile: load what is there now. */
  onStale: () => void;
};

/** Drafting or changing the agreement: goals, how often and how the tandem meets, confidentiality. */
export function AgreementForm({ agreement, onSaved, onCancel, onStale }: Props) {
  const t = useMessages(agreementsMessages);
  const current = agreement.current;
  const [goals, setGoals] = useState<GoalDraft[]>(() => draftGoals(current));
  const [cadenceDays, setCadenceDays] = useState(String(current.cadenceDays));
  const [meetingFormat, setMeetingFormat] = useState<MeetingFormat>(current.meetingFormat);
  const [confidentiality, setConfidentiality] = useState(current.confidentiality);
  // The version this form saves on top of: the one it read, or the partner's once the user has
  // looked at it and chosen to save their own text instead.
  const [base, setBase] = useState({ version: current.version, savedAt: current.savedAt });
  const errors = useFormErrors(agreementFormFields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (input: AgreementInput) => {
      errors.clear();
      onSaved(await saveAgreement(agreement.tandemId, input));
    },
    {
      onError: (error) => {
        // A partner's newer save is told beside the save button, not at the top of the form.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
    },
  );

  const choices = cadenceChoices.map((c) => ({ value: String(c.days), label: cadenceLabel(t, c.days) }));
  const cadenceOptions = cadenceChoices.some((c) => c.days === current.cadenceDays)
    ? choices
    : [{ value: String(current.cadenceDays), label: cadenceLabel(t, current.cadenceDays) }, ...choices];

  const send = (on: typeof base) => {
    const checked = validate(agreementInputSchema, {
      version: on.version,
      savedAt: on.savedAt,
      goals: goalInputs(goals),
      cadenceDays: Number(cadenceDays),
      meetingFormat,
      confidentiality,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(base);
  };

  const saveMine = (saved: Agreement) => {
    const on = { version: saved.current.version, savedAt: saved.current.savedAt };
    setBase(on);
    send(on);
  };

  const signed = current.menteeSignedAt || current.mentorSignedAt;
  return (
    <form className="form agreement-form" onSubmit={submit} noValidate>
      {signed ? <p className="notice notice--info">{t('signedNotice')}</p> : null}
      <FormError message={errors.formError} />
      <AgreementGoalsFieldset goals={goals} onChange={setGoals} fieldErrors={errors.fieldErrors} />
      <SelectField
        name="cadenceDays"
        label={t('cadenceField')}
        value={cadenceDays}
        onChange={setCadenceDays}
        options={cadenceOptions}
        error={errors.fieldErrors.cadenceDays}
      />
      <fieldset className="field checklist">
        <legend>{t('formatField')}</legend>
        <ul>
          {meetingFormats.map((f) => (
            <li key={f}>
              <label>
                <input
                  type="radio"
                  name="meetingFormat"
                  data-field={f === meetingFormats[0] ? 'meetingFormat' : undefined}
                  value={f}
                  checked={meetingFormat === f}
                  onChange={() => setMeetingFormat(f)}
                />{' '}
                {meetingFormatLabel(t, f)}
              </label>
            </li>
          ))}
        </ul>
        {errors.fieldErrors.meetingFormat ? (
          <p className="field__error">{t('formatError', { error: errors.fieldErrors.meetingFormat })}</p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="confidentiality"
        label={t('confidentialityField')}
        hint={t('confidentialityHint')}
        value={confidentiality}
        onChange={setConfidentiality}
        rows={5}
        maxLength={5000}
        error={errors.fieldErrors.confidentiality}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('saveAgreement')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      >
        <SavedMeanwhile
          key={staleness.times}
          tandemId={agreement.tandemId}
          onSaveMine={saveMine}
          busy={save.busy}
        />
      </StaleVersionNotice>
    </form>
  );
}
