import { type FormEvent, useState } from 'react';
import {
  type Participant,
  participantInputSchema,
  participantUpdateSchema,
} from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { missingChoices, useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, type Option, SelectField, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { createParticipant, updateParticipant } from '../api/participants.ts';
import {
  initialParticipantValues,
  isMentor,
  type ParticipantFormValues,
  participantFields,
  profileOf,
} from './participant-form-values.ts';
import { ParticipantPersonFields } from './participant-person-fields.tsx';

type Props = {
  /** The participant being edited; a new one is nominated when absent. */
  participant?: Participant;
  cycles: readonly Option[];
  organisations: readonly Option[];
  /** An organisation contact nominates for their own organisation only. */
  fixedOrganisationId?: string;
  /** Preselected cycle for a new participant (from the list's filter). */
  defaultCycleId?: string;
  onSaved: (participant: Participant) => void;
  onCancel: () => void;
  /** Someone saved the participant after this form read it: load what is saved now. */
  onStale?: () => void;
};

export function ParticipantForm(props: Props) {
  const t = useMessages(participantsMessages);
  const { participant, cycles, organisations, fixedOrganisationId, onSaved, onCancel, onStale } = props;
  const [values, setValues] = useState(() => initialParticipantValues(props));
  const errors = useFormErrors(participantFields);
  const staleness = useStaleVersion();
  const set =
    <K extends keyof ParticipantFormValues>(key: K) =>
    (value: ParticipantFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const save = useAction(
    async (send: () => Promise<Participant>) => {
      errors.clear();
      onSaved(await send());
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
    const profile = profileOf(values);
    const missingRole = missingChoices({ role: [values.role, t('missingRole')] });
    if (participant) {
      const checked = validate(participantUpdateSchema, { ...profile, version: participant.version });
      if (!checked.ok) return errors.showErrors({ ...checked.errors, ...missingRole });
      void save.run(() => updateParticipant(participant.id, checked.data));
    } else {
      const checked = validate(participantInputSchema, {
        ...profile,
        cycleId: values.cycleId,
        organisationId: values.organisationId,
      });
      const missing = missingChoices({
        cycleId: [values.cycleId, t('missingCycle')],
        organisationId: [values.organisationId, t('missingOrganisation')],
        role: [values.role, t('missingRole')],
      });
      if (!checked.ok) return errors.showErrors({ ...checked.errors, ...missing });
      void save.run(() => createParticipant(checked.data));
    }
  };

  const e = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      {participant ? null : (
        <fieldset className="form-section">
          <legend>{t('programme')}</legend>
          <SelectField
            name="cycleId"
            label={t('cycle')}
            required
            emptyLabel={t('chooseCycle')}
            options={cycles}
            value={values.cycleId}
            onChange={set('cycleId')}
            error={e.cycleId}
          />
          {fixedOrganisationId ? null : (
            <SelectField
              name="organisationId"
              label={t('organisation')}
              required
              emptyLabel={t('chooseAnOrganisation')}
              options={organisations}
              value={values.organisationId}
              onChange={set('organisationId')}
              error={e.organisationId}
            />
          )}
        </fieldset>
      )}
      <ParticipantPersonFields values={values} set={set} errors={e} />
      <fieldset className="form-section">
        <legend>{t('profile')}</legend>
        <TextAreaField
          name="goals"
          label={isMentor(values) ? t('goalsOfMentor') : t('goals')}
          maxLength={2000}
          value={values.goals}
          onChange={set('goals')}
          error={e.goals}
        />
        <TextAreaField
          name="expertise"
          label={t('expertise')}
          maxLength={2000}
          value={values.expertise}
          onChange={set('expertise')}
          error={e.expertise}
        />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {participant ? t('save') : t('addParticipant')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
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
