import { type FormEvent, useContext, useState } from 'react';
import {
  type ChangedCycle,
  type Cycle,
  type CycleInput,
  cycleInputSchema,
} from '../../../../shared/contract/cycles.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import { ownNames, type UiLanguage, uiLanguages } from '../../../../shared/i18n/languages.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { SessionContext } from '../../../lib/session.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { createCycle, updateCycle } from '../api/cycles.ts';

type Props = {
  cycle?: Cycle;
  /** A change of an existing cycle answers with the surveys its new dates would move. */
  onSaved: (cycle: Cycle | ChangedCycle) => void;
  onCancel?: () => void;
  /** Someone saved the cycle after this form read it: load what is saved now. */
  onStale?: () => void;
};

const fields = ['name', 'startsOn', 'endsOn', 'language'] as const;

/** Each language by its own name, so a reader finds theirs whatever language the page is in. */
const languageOptions = uiLanguages.map((code) => ({ value: code, label: ownNames[code] }));

export function CycleForm({ cycle, onSaved, onCancel, onStale }: Props) {
  const t = useMessages(cyclesMessages);
  const common = useMessages(commonMessages);
  const [name, setName] = useState(cycle?.name ?? '');
  const [startsOn, setStartsOn] = useState(cycle?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(cycle?.endsOn ?? '');
  // A new cycle's default texts are written in the signed-in account's language unless chosen otherwise.
  const interfaceLanguage = useLanguage().language;
  const accountLanguage = useContext(SessionContext)?.account.language ?? interfaceLanguage;
  const [language, setLanguage] = useState<UiLanguage>(accountLanguage);
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (input: CycleInput) => {
      errors.clear();
      onSaved(
        cycle ? await updateCycle(cycle.id, { ...input, version: cycle.version }) : await createCycle(input),
      );
    },
    {
      onError: (error) => {
        // A newer save is told beside the save button, where the user is.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
      keepBusyOnSuccess: true,
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The language is chosen once, when the cycle is created; a change sends the name and dates only.
    const checked = validate(
      cycleInputSchema,
      cycle ? { name, startsOn, endsOn } : { name, startsOn, endsOn, language },
    );
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void save.run(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      <TextField
        name="name"
        label={t('fieldName')}
        required
        hint={t('fieldNameHint')}
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
      />
      <div className="field-pair">
        <TextField
          name="startsOn"
          label={t('fieldStartsOn')}
          type="date"
          required
          value={startsOn}
          onChange={setStartsOn}
          error={errors.fieldErrors.startsOn}
        />
        <TextField
          name="endsOn"
          label={t('fieldEndsOn')}
          type="date"
          required
          min={startsOn || undefined}
          value={endsOn}
          onChange={setEndsOn}
          error={errors.fieldErrors.endsOn}
        />
      </div>
      {cycle ? null : (
        <SelectField
          name="language"
          label={t('fieldLanguage')}
          hint={t('fieldLanguageHint')}
          required
          options={languageOptions}
          value={language}
          onChange={(value) => setLanguage(value as UiLanguage)}
          error={errors.fieldErrors.language}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {cycle ? t('saveCycle') : t('createCycle')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {common('cancel')}
          </button>
        ) : null}
      </div>
      {onStale ? (
        <StaleVersionNotice
          stale={staleness.stale}
          message={staleness.message}
          times={staleness.times}
          onReload={onStale}
        />
      ) : null}
    </form>
  );
}
