import { type FormEvent, useState } from 'react';
import {
  type ChangedCycle,
  type Cycle,
  type CycleInput,
  cycleInputSchema,
} from '../../../../shared/contract/cycles.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
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

const fields = ['name', 'startsOn', 'endsOn'] as const;

export function CycleForm({ cycle, onSaved, onCancel, onStale }: Props) {
  const [name, setName] = useState(cycle?.name ?? '');
  const [startsOn, setStartsOn] = useState(cycle?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(cycle?.endsOn ?? '');
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
    const checked = validate(cycleInputSchema, { name, startsOn, endsOn });
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
        label="Name"
        required
        hint="For example “Leadership programme 2025”"
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
      />
      <div className="field-pair">
        <TextField
          name="startsOn"
          label="Start date"
          type="date"
          required
          value={startsOn}
          onChange={setStartsOn}
          error={errors.fieldErrors.startsOn}
        />
        <TextField
          name="endsOn"
          label="End date"
          type="date"
          required
          min={startsOn || undefined}
          value={endsOn}
          onChange={setEndsOn}
          error={errors.fieldErrors.endsOn}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {cycle ? 'Save cycle' : 'Create cycle'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
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
