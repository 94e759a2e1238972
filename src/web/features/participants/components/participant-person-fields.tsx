import { genders, participantRoles, SENIORITY_LEVELS } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { genderLabel, participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { LanguagesField } from '../../../lib/ui/language-picker.tsx';
import { isMentor, type ParticipantFormValues } from './participant-form-values.ts';

const roleOptions = () => participantRoles.map((r) => ({ value: r, label: participantRoleLabel(r) }));
const genderOptions = () => genders.map((g) => ({ value: g, label: genderLabel(g) }));
const seniorityOptions = Array.from({ length: SENIORITY_LEVELS }, (_, i) => ({
  value: String(i + 1),
  label: String(i + 1),
}));

type Props = {
  values: ParticipantFormValues;
  set: <K extends keyof ParticipantFormValues>(key: K) => (value: ParticipantFormValues[K]) => void;
  errors: FieldErrors;
};

/** Who the participant is: role, name and contact, and what the matching compares. */
export function ParticipantPersonFields({ values, set, errors: e }: Props) {
  const t = useMessages(participantsMessages);
  return (
    <fieldset className="form-section">
      <legend>{t('person')}</legend>
      <SelectField
        name="role"
        label={t('role')}
        required
        emptyLabel={t('chooseMentorOrMentee')}
        options={roleOptions()}
        value={values.role}
        onChange={set('role')}
        error={e.role}
      />
      <TextField
        name="name"
        label={t('name')}
        required
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={e.name}
      />
      <TextField
        name="email"
        label={t('email')}
        type="email"
        required
        autoComplete="off"
        value={values.email}
        onChange={set('email')}
        error={e.email}
      />
      <TextField
        name="jobTitle"
        label={t('jobTitle')}
        value={values.jobTitle}
        onChange={set('jobTitle')}
        error={e.jobTitle}
      />
      <SelectField
        name="seniority"
        label={t('seniority')}
        hint={t('seniorityHint')}
        emptyLabel={t('notGiven')}
        options={seniorityOptions}
        value={values.seniority}
        onChange={set('seniority')}
        error={e.seniority}
      />
      <LanguagesField
        name="languages"
        label={t('languages')}
        value={values.languages}
        onChange={set('languages')}
        error={e.languages}
      />
      <TextField
        name="location"
        label={t('location')}
        value={values.location}
        onChange={set('location')}
        error={e.location}
      />
      <SelectField
        name="gender"
        label={t('gender')}
        options={genderOptions()}
        value={values.gender}
        onChange={set('gender')}
        error={e.gender}
      />
      {isMentor(values) ? (
        <TextField
          name="capacity"
          label={t('capacity')}
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
  );
}
