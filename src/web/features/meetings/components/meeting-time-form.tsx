import { type FormEvent, useMemo, useState } from 'react';
import {
  MAX_MEETING_MINUTES,
  type MeetingTimeInput,
  MIN_MEETING_MINUTES,
  meetingTimeSchema,
} from '../../../../shared/contract/meetings.ts';
import { meetingsMessages } from '../../../../shared/i18n/meetings.ts';
import { ApiError } from '../../../lib/api.ts';
import { browserTimeZone, timeZoneOptions } from '../../../lib/describe-time-span.ts';
import { type FieldErrors, issuesToFieldErrors, useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CheckboxField, FormError, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';

export type MeetingTimeValues = {
  date: string;
  time: string;
  durationMinutes: string;
  where: string;
  timeZone: string;
};

export function emptyMeetingTime(): MeetingTimeValues {
  return { date: '', time: '', durationMinutes: '60', where: '', timeZone: browserTimeZone() };
}

/** The form's fields as the contract takes them: one box for a place or a video link. */
function toInput(values: MeetingTimeValues): MeetingTimeInput {
  const where = values.where.trim();
  const isLink = /^https?:\/\//i.test(where);
  return {
    startsAtLocal: `${values.date}T${values.time}`,
    timeZone: values.timeZone,
    durationMinutes: Number(values.durationMinutes),
    place: isLink ? '' : where,
    videoLink: isLink ? where : '',
  };
}

const fields = ['date', 'time', 'durationMinutes', 'where', 'timeZone'] as const;

/** Contract paths become the form's own fields: the start belongs to the date, place and link to one box. */
function onFormFields(errors: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field =
      path === 'startsAtLocal' ? 'date' : path === 'place' || path === 'videoLink' ? 'where' : path;
    if (!(field in mapped)) mapped[field] = message;
  }
  return mapped;
}

type Props = {
  initial: MeetingTimeValues;
  submitLabel: string;
  /** Offers "already took place" (creating only); the submit label then reads `heldLabel`. */
  heldLabel?: string;
  onSubmit: (input: MeetingTimeInput, alreadyHeld: boolean) => Promise<void>;
  onClose?: () => void;
};

/** Date, time, duration, place or video link and time zone of a meeting. */
export function MeetingTimeForm({ initial, submitLabel, heldLabel, onSubmit, onClose }: Props) {
  const t = useMessages(meetingsMessages);
  const [values, setValues] = useState(initial);
  const [alreadyHeld, setAlreadyHeld] = useState(false);
  const errors = useFormErrors(fields);
  const zones = useMemo(() => timeZoneOptions(initial.timeZone), [initial.timeZone]);
  const set = (field: keyof MeetingTimeValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  const send = useAction(
    async (input: MeetingTimeInput) => {
      await onSubmit(input, alreadyHeld);
      errors.clear();
    },
    {
      onError: (error) => {
        if (error instanceof ApiError && error.fieldIssues().length) {
          errors.showErrors(onFormFields(issuesToFieldErrors(error.fieldIssues())), error.message);
        } else {
          errors.showRequestError(error);
        }
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!values.date) missing.date = t('mustBeGiven');
    if (!values.time) missing.time = t('mustBeGiven');
    if (Object.keys(missing).length) return errors.showErrors(missing);
    const checked = validate(meetingTimeSchema, toInput(values));
    if (!checked.ok) return errors.showErrors(onFormFields(checked.errors));
    void send.run(checked.data);
  };

  return (
    <form className="form meeting-form" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <div className="field-pair">
        <TextField
          name="date"
          label={t('date')}
          type="date"
          value={values.date}
          onChange={set('date')}
          required
          error={errors.fieldErrors.date}
        />
        <TextField
          name="time"
          label={t('time')}
          type="time"
          value={values.time}
          onChange={set('time')}
          required
          error={errors.fieldErrors.time}
        />
      </div>
      <div className="field-pair">
        <TextField
          name="durationMinutes"
          label={t('durationField')}
          type="number"
          inputMode="numeric"
          min={MIN_MEETING_MINUTES}
          max={MAX_MEETING_MINUTES}
          step={15}
          value={values.durationMinutes}
          onChange={set('durationMinutes')}
          required
          error={errors.fieldErrors.durationMinutes}
        />
        <SelectField
          name="timeZone"
          label={t('timeZone')}
          value={values.timeZone}
          onChange={set('timeZone')}
          options={zones}
          error={errors.fieldErrors.timeZone}
        />
      </div>
      <TextField
        name="where"
        label={t('where')}
        hint={t('whereHint')}
        value={values.where}
        onChange={set('where')}
        maxLength={500}
        error={errors.fieldErrors.where}
      />
      {heldLabel ? (
        <CheckboxField
          name="alreadyHeld"
          label={t('alreadyHeld')}
          hint={t('alreadyHeldHint')}
          checked={alreadyHeld}
          onChange={setAlreadyHeld}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={send.busy}>
          {send.busy ? t('sending') : alreadyHeld && heldLabel ? heldLabel : submitLabel}
        </button>
        {onClose ? (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('close')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
