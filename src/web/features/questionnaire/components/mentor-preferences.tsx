import type { FieldErrors } from '../../../lib/form.ts';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { LanguageField } from '../../../lib/ui/language-picker.tsx';
import type { ProfileFormValues } from './profile-form-values.ts';

type Props = {
  values: ProfileFormValues;
  set: (key: Exclude<keyof ProfileFormValues, 'languages' | 'topics'>) => (value: string) => void;
  genderOptions: readonly Option[];
  errors: FieldErrors;
};

/** A mentee's wishes for their mentor: a language, a gender, and how much the gender matters. */
export function MentorPreferences({ values, set, genderOptions, errors }: Props) {
  return (
    <fieldset className="form-section">
      <legend>Preferences for your mentor</legend>
      <LanguageField
        name="requiredLanguage"
        label="Language your mentor must speak"
        emptyLabel="Any language"
        value={values.requiredLanguage}
        onChange={set('requiredLanguage')}
        error={errors.requiredLanguage}
      />
      <SelectField
        name="preferredMentorGender"
        label="Preferred mentor gender"
        emptyLabel="No preference"
        options={genderOptions.filter((g) => g.value !== 'undisclosed')}
        value={values.preferredMentorGender}
        onChange={set('preferredMentorGender')}
        error={errors.preferredMentorGender}
      />
      {values.preferredMentorGender ? (
        <SelectField
          name="preferredMentorGenderStrength"
          label="How important is that?"
          options={[
            { value: 'soft', label: 'A wish' },
            { value: 'hard', label: 'A must' },
          ]}
          value={values.preferredMentorGenderStrength}
          onChange={set('preferredMentorGenderStrength')}
          error={errors.preferredMentorGenderStrength}
        />
      ) : null}
    </fieldset>
  );
}
