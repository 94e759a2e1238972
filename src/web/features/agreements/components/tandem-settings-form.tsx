import { type FormEvent, useState } from 'react';
import {
  cadenceChoices,
  type TandemSettings,
  tandemSettingsSchema,
} from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { getTandemSettings, saveTandemSettings } from '../api/agreements.ts';
import { cadenceLabel } from './labels.ts';

const fields = ['meetingCadenceDays', 'confidentialityText'];

type FormProps = {
  cycleId: string;
  settings: TandemSettings;
  /** Someone saved the settings after this form read them: load what is saved now. */
  onStale: () => void;
};

function SettingsForm({ cycleId, settings, onStale }: FormProps) {
  const t = useMessages(agreementsMessages);
  const [cadence, setCadence] = useState(String(settings.meetingCadenceDays));
  const [text, setText] = useState(settings.confidentialityText);
  // The form stays open after a save: the next save names the version that one made.
  const [version, setVersion] = useState(settings.version);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (input: TandemSettings) => {
      const next = await saveTandemSettings(cycleId, input);
      setText(next.confidentialityText);
      setVersion(next.version);
      errors.clear();
      setSaved(true);
    },
    {
      onError: (error) => {
        // A newer save is told beside the save button, where the user is.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
    },
  );
  const options = [
    ...(cadenceChoices.some((c) => c.days === settings.meetingCadenceDays)
      ? []
      : [
          { value: String(settings.meetingCadenceDays), label: cadenceLabel(t, settings.meetingCadenceDays) },
        ]),
    ...cadenceChoices.map((c) => ({ value: String(c.days), label: cadenceLabel(t, c.days) })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(tandemSettingsSchema, {
      meetingCadenceDays: Number(cadence),
      confidentialityText: text,
      version,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <SelectField
        name="meetingCadenceDays"
        label={t('defaultCadence')}
        value={cadence}
        onChange={setCadence}
        options={options}
        error={errors.fieldErrors.meetingCadenceDays}
      />
      <TextAreaField
        name="confidentialityText"
        label={t('defaultConfidentiality')}
        hint={t('defaultConfidentialityHint')}
        value={text}
        onChange={setText}
        rows={5}
        maxLength={5000}
        error={errors.fieldErrors.confidentialityText}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('saveSettings')}
        </button>
      </div>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
      <p role="status">{saved ? t('settingsSaved') : ''}</p>
    </form>
  );
}

/** Coordinator: what a tandem's agreement starts with in this cycle. Signed agreements keep their terms. */
export function TandemSettingsSection({ cycleId }: { cycleId: string }) {
  const t = useMessages(agreementsMessages);
  const loaded = useResource(`tandem-settings-${cycleId}`, (signal) => getTandemSettings(cycleId, signal));
  return (
    <section className="panel" aria-labelledby="tandem-settings">
      <h2 id="tandem-settings">{t('settingsHeading')}</h2>
      <p className="muted">{t('settingsIntro')}</p>
      <Loaded resource={loaded} loading={t('loadingSettings')}>
        {(settings) => (
          // A reload after a stale save brings a new version: the form starts from it.
          <SettingsForm
            key={settings.version}
            cycleId={cycleId}
            settings={settings}
            onStale={loaded.reload}
          />
        )}
      </Loaded>
    </section>
  );
}
