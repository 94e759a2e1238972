import { questionnaireMessages } from '../../../../shared/i18n/questionnaire.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(questionnaireMessages);
  return (
    <fieldset className="form-section">
      <legend>{t('mentorPreferences')}</legend>
      <LanguageField
        name="requiredLanguage"
        label={t('requiredLanguage')}
        emptyLabel={t('anyLanguage')}
        value={values.requiredLanguage}
        onChange={set('requiredLanguage')}
        error={errors.requiredLanguage}
      />
      <SelectField
        name="preferredMentorGender"
        label={t('preferredMentorGender')}
        emptyLabel={t('noPreference')}
        options={genderOptions.filter((g) => g.value !== 'undisclosed')}
        value={values.preferredMentorGender}
        onChange={set('preferredMentorGender')}
        error={errors.preferredMentorGender}
      />
      {values.preferredMentorGender ? (
        <SelectField
          name="preferredMentorGenderStrength"
          label={t('genderStrength')}
          options={[
            { value: 'soft', label: t('strengthSoft') },
            { value: 'hard', label: t('strengthHard') },
          ]}
          value={values.preferredMentorGenderStrength}
          onChange={set('preferredMentorGenderStrength')}
          error={errors.preferredMentorGenderStrength}
        />
      ) : null}
    </fieldset>
  );
}
