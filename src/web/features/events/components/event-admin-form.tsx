import { type FormEvent, useMemo, useState } from 'react';
import {
  type CycleEvent,
  type EventInput,
  eventAudiences,
  eventInputSchema,
  MAX_EVENT_CAPACITY,
  MAX_EVENT_DESCRIPTION,
} from '../../../../shared/contract/events.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { browserTimeZone, timeZoneOptions } from '../../../lib/describe-time-span.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Markdown } from '../../../lib/markdown.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { createEvent, updateEvent } from '../api/event-admin.ts';
import { audienceLabel } from './event-admin-labels.tsx';

type Values = {
  title: string;
  description: string;
  startsAtLocal: string;
  endsAtLocal: string;
  timeZone: string;
  place: string;
  onlineLink: string;
  audience: string;
  capacity: string;
  registrationDeadlineLocal: string;
};

/** The form's fields, named as the contract's paths, so the server's details land beside them. */
const fields = [
  'title',
  'description',
  'startsAtLocal',
  'endsAtLocal',
  'timeZone',
  'registrationDeadlineLocal',
  'place',
  'onlineLink',
  'audience',
  'capacity',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock time (`2027-03-04T16:00`) a week earlier, on the same clock; '' for anything else. */
export function weekBefore(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return '';
  const [, y, m, d, h, min] = match.map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d - 7, h, min));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

function initialValues(event?: CycleEvent): Values {
  if (!event) {
    return {
      title: '',
      description: '',
      startsAtLocal: '',
      endsAtLocal: '',
      timeZone: browserTimeZone(),
      place: '',
      onlineLink: '',
      audience: 'everyone',
      capacity: '',
      registrationDeadlineLocal: '',
    };
  }
  return {
    title: event.title,
    description: event.description,
    startsAtLocal: event.startsAtLocal,
    endsAtLocal: event.endsAtLocal,
    timeZone: event.timeZone,
    place: event.place,
    onlineLink: event.onlineLink,
    audience: event.audience,
    capacity: event.capacity === null ? '' : String(event.capacity),
    registrationDeadlineLocal: event.registrationDeadlineLocal,
  };
}

/** The values as the contract takes them: an empty capacity is no limit. */
function toInput(values: Values): Record<keyof Values, unknown> {
  const capacity = values.capacity.trim();
  return { ...values, capacity: capacity === '' ? null : Number(capacity) };
}

type Props = {
  cycleId: string;
  /** The event to change; a new one when left out. */
  event?: CycleEvent;
  onSaved: (event: CycleEvent) => void;
  onCancel: () => void;
  /** Someone saved the event after this form read it: load what is saved now. */
  onStale: () => void;
};

/** A new event, or a change of one: the same form. */
export function EventAdminForm({ cycleId, event, onSaved, onCancel, onStale }: Props) {
  const t = useMessages(eventAdminMessages);
  const common = useMessages(commonMessages);
  const { language } = useLanguage();
  const [values, setValues] = useState(() => initialValues(event));
  // A new event's deadline follows its start (a week before) until it is set by hand.
  const [deadlineSet, setDeadlineSet] = useState(event !== undefined);
  const zones = useMemo(() => timeZoneOptions(values.timeZone), [values.timeZone]);
  const audiences = eventAudiences.map((a) => ({ value: a, label: audienceLabel(language, a) }));
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const setStart = (value: string) =>
    setValues((v) => ({
      ...v,
      startsAtLocal: value,
      registrationDeadlineLocal: deadlineSet ? v.registrationDeadlineLocal : weekBefore(value),
    }));
  const setDeadline = (value: string) => {
    setDeadlineSet(true);
    set('registrationDeadlineLocal')(value);
  };

  const save = useAction(
    async (input: EventInput) => {
      errors.clear();
      onSaved(
        event
          ? await updateEvent(event.id, { ...input, version: event.version })
          : await createEvent(cycleId, input),
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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validate(eventInputSchema, toInput(values));
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void save.run(checked.data);
  };

  const fieldErrors = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      <TextField
        name="title"
        label={t('fieldTitle')}
        required
        maxLength={200}
        value={values.title}
        onChange={set('title')}
        error={fieldErrors.title}
      />
      <TextAreaField
        name="description"
        label={t('fieldDescription')}
        hint={t('fieldDescriptionHint')}
        rows={5}
        maxLength={MAX_EVENT_DESCRIPTION}
        value={values.description}
        onChange={set('description')}
        error={fieldErrors.description}
      />
      {values.description.trim() ? (
        <section className="panel" aria-label={t('preview')}>
          <p className="muted">{t('preview')}</p>
          <Markdown source={values.description} />
        </section>
      ) : null}
      <div className="field-pair">
        <TextField
          name="startsAtLocal"
          label={t('fieldStarts')}
          type="datetime-local"
          required
          value={values.startsAtLocal}
          onChange={setStart}
          error={fieldErrors.startsAtLocal}
        />
        <TextField
          name="endsAtLocal"
          label={t('fieldEnds')}
          type="datetime-local"
          required
          min={values.startsAtLocal || undefined}
          value={values.endsAtLocal}
          onChange={set('endsAtLocal')}
          error={fieldErrors.endsAtLocal}
        />
      </div>
      <div className="field-pair">
        <SelectField
          name="timeZone"
          label={t('fieldTimeZone')}
          hint={t('fieldTimeZoneHint')}
          options={zones}
          value={values.timeZone}
          onChange={set('timeZone')}
          error={fieldErrors.timeZone}
        />
        <TextField
          name="registrationDeadlineLocal"
          label={t('fieldDeadline')}
          hint={t('fieldDeadlineHint')}
          type="datetime-local"
          required
          max={values.startsAtLocal || undefined}
          value={values.registrationDeadlineLocal}
          onChange={setDeadline}
          error={fieldErrors.registrationDeadlineLocal}
        />
      </div>
      <div className="field-pair">
        <TextField
          name="place"
          label={t('fieldPlace')}
          hint={t('fieldPlaceHint')}
          maxLength={300}
          value={values.place}
          onChange={set('place')}
          error={fieldErrors.place}
        />
        <TextField
          name="onlineLink"
          label={t('fieldOnlineLink')}
          hint={t('fieldOnlineLinkHint')}
          type="url"
          maxLength={500}
          value={values.onlineLink}
          onChange={set('onlineLink')}
          error={fieldErrors.onlineLink}
        />
      </div>
      <div className="field-pair">
        <SelectField
          name="audience"
          label={t('fieldAudience')}
          required
          options={audiences}
          value={values.audience}
          onChange={set('audience')}
          error={fieldErrors.audience}
        />
        <TextField
          name="capacity"
          label={t('fieldCapacity')}
          hint={t('fieldCapacityHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_EVENT_CAPACITY}
          value={values.capacity}
          onChange={set('capacity')}
          error={fieldErrors.capacity}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : event ? t('saveEvent') : t('createEvent')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {common('cancel')}
        </button>
      </div>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
