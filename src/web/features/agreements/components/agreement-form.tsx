import { type FormEvent, useState } from 'react';
import {
  type Agreement,
  type AgreementInput,
  agreementInputSchema,
  cadenceChoices,
  type MeetingFormat,
  meetingFormats,
} from '../../../../shared/contract/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveAgreement } from '../api/agreements.ts';
import { agreementFormFields, draftGoals, type GoalDraft, goalInputs } from './agreement-goal-drafts.ts';
import { AgreementGoalsFieldset } from './agreement-goals-fieldset.tsx';
import { cadenceLabel, meetingFormatLabels } from './labels.ts';

type Props = {
  agreement: Agreement;
  onSaved: (next: Agreement) => void;
  onCancel?: () => void;
  /** The partner saved meanwhile: load what is there now. */
  onStale: () => void;
};

/** Drafting or changing the agreement: goals, how often and how the tandem meets, confidentiality. */
export function AgreementForm({ agreement, onSaved, onCancel, onStale }: Props) {
  const current = agreement.current;
  const [goals, setGoals] = useState<GoalDraft[]>(() => draftGoals(current));
  const [cadenceDays, setCadenceDays] = useState(String(current.cadenceDays));
  const [meetingFormat, setMeetingFormat] = useState<MeetingFormat>(current.meetingFormat);
  const [confidentiality, setConfidentiality] = useState(current.confidentiality);
  const [stale, setStale] = useState(false);
  const errors = useFormErrors(agreementFormFields);
  const save = useAction(
    async (input: AgreementInput) => onSaved(await saveAgreement(agreement.tandemId, input)),
    {
      onError: (error) => {
        errors.showRequestError(error);
        setStale(isStaleVersion(error));
      },
    },
  );

  const cadenceOptions = cadenceChoices.some((c) => c.days === current.cadenceDays)
    ? cadenceChoices.map((c) => ({ value: String(c.days), label: c.label }))
    : [
        { value: String(current.cadenceDays), label: cadenceLabel(current.cadenceDays) },
        ...cadenceChoices.map((c) => ({ value: String(c.days), label: c.label })),
      ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(agreementInputSchema, {
      version: current.version,
      savedAt: current.savedAt,
      goals: goalInputs(goals),
      cadenceDays: Number(cadenceDays),
      meetingFormat,
      confidentiality,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  const signed = current.menteeSignedAt || current.mentorSignedAt;
  return (
    <form className="form agreement-form" onSubmit={submit} noValidate>
      {signed ? (
        <p className="notice notice--info">
          This agreement is signed. Saving a change makes a new version that you both sign again; the signed
          version stays in the history.
        </p>
      ) : null}
      <FormError message={errors.formError} />
      {stale ? (
        <button type="button" className="button button--secondary" onClick={onStale}>
          Load the newest version
        </button>
      ) : null}
      <AgreementGoalsFieldset goals={goals} onChange={setGoals} fieldErrors={errors.fieldErrors} />
      <SelectField
        name="cadenceDays"
        label="How often we meet"
        value={cadenceDays}
        onChange={setCadenceDays}
        options={cadenceOptions}
        error={errors.fieldErrors.cadenceDays}
      />
      <fieldset className="field checklist">
        <legend>Preferred format</legend>
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
                {meetingFormatLabels[f]}
              </label>
            </li>
          ))}
        </ul>
        {errors.fieldErrors.meetingFormat ? (
          <p className="field__error">Preferred format: {errors.fieldErrors.meetingFormat}</p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="confidentiality"
        label="Confidentiality terms"
        hint="Proposed by the programme; change them to what you both agree on."
        value={confidentiality}
        onChange={setConfidentiality}
        rows={5}
        maxLength={5000}
        error={errors.fieldErrors.confidentiality}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save the agreement'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
