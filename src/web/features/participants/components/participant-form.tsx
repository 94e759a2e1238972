import { type FormEvent, useState } from 'react';
import {
  genders,
  type Participant,
  participantInputSchema,
  participantRoles,
  participantUpdateSchema,
  SENIORITY_LEVELS,
} from '../../../../shared/contract/participants.ts';
import { missingChoices, useFormErrors, validate } from '../../../lib/form.ts';
import { genderLabels, participantRoleLabels } from '../../../lib/format.ts';
import { FormError, type Option, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { createParticipant, updateParticipant } from '../api/participants.ts';

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
};

const fields = [
  'cycleId',
  'organisationId',
  'role',
  'name',
  'email',
  'jobTitle',
  'seniority',
  'languages',
  'location',
  'gender',
  'capacity',
  'goals',
  'expertise',
] as const;

const roleOptions = participantRoles.map((r) => ({ value: r, label: participantRoleLabels[r] }));
const genderOptions = genders.map((g) => ({ value: g, label: genderLabels[g] }));
const seniorityOptions = Array.from({ length: SENIORITY_LEVELS }, (_, i) => ({
  value: String(i + 1),
  label: String(i + 1),
}));

/** Languages are typed as "en, de"; the contract wants a list of codes. */
function splitLanguages(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function ParticipantForm({
  participant,
  cycles,
  organisations,
  fixedOrganisationId,
  defaultCycleId,
  onSaved,
  onCancel,
}: Props) {
  const [values, setValues] = useState({
    cycleId: participant?.cycleId ?? defaultCycleId ?? (cycles.length === 1 ? cycles[0]!.value : ''),
    organisationId: participant?.organisationId ?? fixedOrganisationId ?? '',
    role: participant?.role ?? '',
    name: participant?.name ?? '',
    email: participant?.email ?? '',
    jobTitle: participant?.jobTitle ?? '',
    seniority: participant?.seniority ? String(participant.seniority) : '',
    languages: participant?.languages.join(', ') ?? '',
    location: participant?.location ?? '',
    gender: participant?.gender ?? 'undisclosed',
    capacity: String(participant?.capacity ?? 1),
    goals: participant?.goals ?? '',
    expertise: participant?.expertise ?? '',
  });
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(fields);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const isMentor = values.role === 'mentor';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const profile = {
      role: values.role || undefined,
      name: values.name,
      email: values.email,
      jobTitle: values.jobTitle,
      seniority: values.seniority === '' ? null : Number(values.seniority),
      languages: splitLanguages(values.languages),
      location: values.location,
      gender: values.gender,
      goals: values.goals,
      expertise: values.expertise,
      // Capacity is the number of mentees a mentor takes; a mentee always has one mentor.
      capacity: isMentor ? (values.capacity === '' ? Number.NaN : Number(values.capacity)) : 1,
    };
    const missingRole = missingChoices({ role: [values.role, 'Choose mentor or mentee.'] });
    if (participant) {
      const checked = validate(participantUpdateSchema, profile);
      if (!checked.ok) return errors.showErrors({ ...checked.errors, ...missingRole });
      await save(() => updateParticipant(participant.id, checked.data));
    } else {
      const checked = validate(participantInputSchema, {
        ...profile,
        cycleId: values.cycleId,
        organisationId: values.organisationId,
      });
      const missing = missingChoices({
        cycleId: [values.cycleId, 'Choose the cycle.'],
        organisationId: [values.organisationId, 'Choose the organisation.'],
        role: [values.role, 'Choose mentor or mentee.'],
      });
      if (!checked.ok) return errors.showErrors({ ...checked.errors, ...missing });
      await save(() => createParticipant(checked.data));
    }
  };

  const save = async (send: () => Promise<Participant>) => {
    setBusy(true);
    errors.clear();
    try {
      onSaved(await send());
    } catch (error) {
      errors.showRequestError(error);
      setBusy(false);
    }
  };

  const e = errors.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      {participant ? null : (
        <fieldset className="form-section">
          <legend>Programme</legend>
          <SelectField
            name="cycleId"
            label="Cycle"
            required
            emptyLabel="Choose a cycle"
            options={cycles}
            value={values.cycleId}
            onChange={set('cycleId')}
            error={e.cycleId}
          />
          {fixedOrganisationId ? null : (
            <SelectField
              name="organisationId"
              label="Organisation"
              required
              emptyLabel="Choose an organisation"
              options={organisations}
              value={values.organisationId}
              onChange={set('organisationId')}
              error={e.organisationId}
            />
          )}
        </fieldset>
      )}
      <fieldset className="form-section">
        <legend>Person</legend>
        <SelectField
          name="role"
          label="Role"
          required
          emptyLabel="Choose mentor or mentee"
          options={roleOptions}
          value={values.role}
          onChange={set('role')}
          error={e.role}
        />
        <TextField
          name="name"
          label="Name"
          required
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={e.name}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={set('email')}
          error={e.email}
        />
        <TextField
          name="jobTitle"
          label="Job title"
          value={values.jobTitle}
          onChange={set('jobTitle')}
          error={e.jobTitle}
        />
        <SelectField
          name="seniority"
          label="Seniority"
          hint="1 is a first leadership role, 6 is the executive board."
          emptyLabel="Not given"
          options={seniorityOptions}
          value={values.seniority}
          onChange={set('seniority')}
          error={e.seniority}
        />
        <TextField
          name="languages"
          label="Languages"
          hint="Two-letter codes separated by commas, for example: en, de"
          autoComplete="off"
          value={values.languages}
          onChange={set('languages')}
          error={e.languages}
        />
        <TextField
          name="location"
          label="Location"
          value={values.location}
          onChange={set('location')}
          error={e.location}
        />
        <SelectField
          name="gender"
          label="Gender"
          options={genderOptions}
          value={values.gender}
          onChange={set('gender')}
          error={e.gender}
        />
        {isMentor ? (
          <TextField
            name="capacity"
            label="Mentees this mentor can take"
            type="number"
            min={1}
            max={20}
            inputMode="numeric"
            value={values.capacity}
            onChange={set('capacity')}
            error={e.capacity}
          />
        ) : null}
      </fieldset>
      <fieldset className="form-section">
        <legend>Profile</legend>
        <TextAreaField
          name="goals"
          label={isMentor ? 'What they want to pass on' : 'Goals'}
          maxLength={2000}
          value={values.goals}
          onChange={set('goals')}
          error={e.goals}
        />
        <TextAreaField
          name="expertise"
          label="Expertise"
          maxLength={2000}
          value={values.expertise}
          onChange={set('expertise')}
          error={e.expertise}
        />
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {participant ? 'Save participant' : 'Add participant'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
