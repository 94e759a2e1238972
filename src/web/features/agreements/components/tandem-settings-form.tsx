import { type FormEvent, useState } from 'react';
import {
  cadenceChoices,
  type TandemSettings,
  tandemSettingsSchema,
} from '../../../../shared/contract/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, SelectField, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { getTandemSettings, saveTandemSettings } from '../api/agreements.ts';
import { cadenceLabel } from './labels.ts';

const fields = ['meetingCadenceDays', 'confidentialityText'];

function SettingsForm({ cycleId, settings }: { cycleId: string; settings: TandemSettings }) {
  const [cadence, setCadence] = useState(String(settings.meetingCadenceDays));
  const [text, setText] = useState(settings.confidentialityText);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(fields);
  const save = useAction(
    async (input: TandemSettings) => {
      const next = await saveTandemSettings(cycleId, input);
      setText(next.confidentialityText);
      errors.clear();
      setSaved(true);
    },
    { onError: errors.showRequestError },
  );
  const options = [
    ...(cadenceChoices.some((c) => c.days === settings.meetingCadenceDays)
      ? []
      : [{ value: String(settings.meetingCadenceDays), label: cadenceLabel(settings.meetingCadenceDays) }]),
    ...cadenceChoices.map((c) => ({ value: String(c.days), label: c.label })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(tandemSettingsSchema, {
      meetingCadenceDays: Number(cadence),
      confidentialityText: text,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <SelectField
        name="meetingCadenceDays"
        label="Default meeting cadence"
        value={cadence}
        onChange={setCadence}
        options={options}
        error={errors.fieldErrors.meetingCadenceDays}
      />
      <TextAreaField
        name="confidentialityText"
        label="Default confidentiality terms"
        hint="Each tandem starts its agreement with this text and may change it."
        value={text}
        onChange={setText}
        rows={5}
        maxLength={5000}
        error={errors.fieldErrors.confidentialityText}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save tandem settings'}
        </button>
      </div>
      <p role="status">{saved ? 'Saved. New agreements start with these settings.' : ''}</p>
    </form>
  );
}

/** Coordinator: what a tandem's agreement starts with in this cycle. Signed agreements keep their terms. */
export function TandemSettingsSection({ cycleId }: { cycleId: string }) {
  const loaded = useResource(`tandem-settings-${cycleId}`, (signal) => getTandemSettings(cycleId, signal));
  return (
    <section className="panel" aria-labelledby="tandem-settings">
      <h2 id="tandem-settings">Tandem settings</h2>
      <p className="muted">
        Defaults for the agreements tandems draft from now on; agreements already saved keep their own terms.
      </p>
      <Loaded resource={loaded} loading="Loading the tandem settings…">
        {(settings) => <SettingsForm cycleId={cycleId} settings={settings} />}
      </Loaded>
    </section>
  );
}
