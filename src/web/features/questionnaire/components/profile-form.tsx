import { type FormEvent, useState } from 'react';
import {
  type ProfileView,
  profileAnswersSchema,
  remotePreferences,
} from '../../../../shared/contract/matching.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { genderLabels } from '../../../lib/format.ts';
import { FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { saveMyProfile } from '../api/questionnaire.ts';

const fields = [
  'jobTitle',
  'seniority',
  'languages',
  'location',
  'remote',
  'gender',
  'topics',
  'text',
  'requiredLanguage',
  'preferredMentorGender',
  'preferredMentorGenderStrength',
];

const seniorityOptions = [
  { value: '1', label: '1: entry level' },
  { value: '2', label: '2: experienced professional' },
  { value: '3', label: '3: team lead' },
  { value: '4', label: '4: head of department' },
  { value: '5', label: '5: director' },
  { value: '6', label: '6: executive board' },
];
const remoteLabels = { 'in-person': 'In person', remote: 'Remote', either: 'Either' } as const;
const genderOptions = Object.entries(genderLabels).map(([value, label]) => ({ value, label }));

/**
 * A participant's own questionnaire: what the matching uses. Nothing typed is lost on a bad answer:
 * the form keeps every value and shows the problem beside its field.
 */
export function ProfileForm({
  profile,
  topics,
  onSaved,
}: {
  profile: ProfileView;
  /** The cycle's topic list, from its questionnaire. */
  topics: readonly string[];
  onSaved: (p: ProfileView) => void;
}) {
  const mentee = profile.role === 'mentee';
  const [v, setV] = useState({
    jobTitle: profile.jobTitle,
    seniority: profile.seniority === null ? '' : String(profile.seniority),
    languages: profile.languages.join(', '),
    location: profile.location,
    remote: profile.remote as string,
    gender: profile.gender as string,
    topics: profile.topics,
    text: profile.text,
    requiredLanguage: profile.requiredLanguage ?? '',
    preferredMentorGender: profile.preferredMentorGender ?? '',
    preferredMentorGenderStrength: profile.preferredMentorGenderStrength as string,
  });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(fields);
  const set = (key: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const toggleTopic = (topic: string, on: boolean) =>
    setV((s) => ({ ...s, topics: on ? [...s.topics, topic] : s.topics.filter((t) => t !== topic) }));
  // Topics chosen earlier that the cycle no longer lists stay visible, so they can be removed.
  const allTopics = [...topics, ...v.topics.filter((t) => !topics.includes(t))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const answers = {
      jobTitle: v.jobTitle,
      seniority: v.seniority === '' ? Number.NaN : Number(v.seniority),
      languages: v.languages
        .split(/[,\s]+/)
        .map((l) => l.trim())
        .filter(Boolean),
      location: v.location,
      remote: v.remote,
      gender: v.gender,
      topics: v.topics,
      text: v.text,
      requiredLanguage: mentee && v.requiredLanguage.trim() ? v.requiredLanguage.trim() : null,
      preferredMentorGender: mentee && v.preferredMentorGender ? v.preferredMentorGender : null,
      preferredMentorGenderStrength: mentee ? v.preferredMentorGenderStrength : 'soft',
    };
    const checked = validate(profileAnswersSchema, answers);
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    errors.clear();
    try {
      onSaved(await saveMyProfile(profile.participantId, checked.data));
      setSaved(true);
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form form--narrow" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errors.formError} />
      <TextField
        name="jobTitle"
        label="Job title"
        value={v.jobTitle}
        onChange={set('jobTitle')}
        error={errors.fieldErrors.jobTitle}
      />
      <SelectField
        name="seniority"
        label="Seniority"
        emptyLabel="Choose…"
        options={seniorityOptions}
        value={v.seniority}
        onChange={set('seniority')}
        error={errors.fieldErrors.seniority}
        required
      />
      <TextField
        name="languages"
        label="Languages"
        hint="Two-letter codes, separated by commas, e.g. de, en."
        value={v.languages}
        onChange={set('languages')}
        error={errors.fieldErrors.languages}
        required
      />
      <TextField
        name="location"
        label="Location"
        hint="Your city."
        value={v.location}
        onChange={set('location')}
        error={errors.fieldErrors.location}
      />
      <SelectField
        name="remote"
        label="Meetings"
        options={remotePreferences.map((r) => ({ value: r, label: remoteLabels[r] }))}
        value={v.remote}
        onChange={set('remote')}
        error={errors.fieldErrors.remote}
      />
      <SelectField
        name="gender"
        label="Gender"
        options={genderOptions}
        value={v.gender}
        onChange={set('gender')}
        error={errors.fieldErrors.gender}
      />
      <fieldset className={errors.fieldErrors.topics ? 'form-section field--invalid' : 'form-section'}>
        <legend>{mentee ? 'Your goals (choose 1 to 10)' : 'Your expertise (choose 1 to 10)'}</legend>
        <div className="checklist">
          {allTopics.map((t, i) => (
            <label key={t} className="field--checkbox">
              <input
                type="checkbox"
                data-field={i === 0 ? 'topics' : undefined}
                checked={v.topics.includes(t)}
                onChange={(e) => toggleTopic(t, e.target.checked)}
              />{' '}
              {t}
            </label>
          ))}
        </div>
        {errors.fieldErrors.topics ? (
          <p className="field__error" role="alert">
            Topics: {errors.fieldErrors.topics}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="text"
        label={mentee ? 'What you want to achieve' : 'What you can pass on'}
        value={v.text}
        onChange={set('text')}
        maxLength={2000}
        error={errors.fieldErrors.text}
      />
      {mentee ? (
        <fieldset className="form-section">
          <legend>Preferences for your mentor</legend>
          <TextField
            name="requiredLanguage"
            label="Language your mentor must speak"
            hint="A two-letter code, or leave empty."
            value={v.requiredLanguage}
            onChange={set('requiredLanguage')}
            error={errors.fieldErrors.requiredLanguage}
          />
          <SelectField
            name="preferredMentorGender"
            label="Preferred mentor gender"
            emptyLabel="No preference"
            options={genderOptions.filter((g) => g.value !== 'undisclosed')}
            value={v.preferredMentorGender}
            onChange={set('preferredMentorGender')}
            error={errors.fieldErrors.preferredMentorGender}
          />
          {v.preferredMentorGender ? (
            <SelectField
              name="preferredMentorGenderStrength"
              label="How important is that?"
              options={[
                { value: 'soft', label: 'A wish' },
                { value: 'hard', label: 'A must' },
              ]}
              value={v.preferredMentorGenderStrength}
              onChange={set('preferredMentorGenderStrength')}
              error={errors.fieldErrors.preferredMentorGenderStrength}
            />
          ) : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save my profile'}
        </button>
      </div>
      <p role="status">{saved ? 'Your profile is saved. Thank you!' : ''}</p>
    </form>
  );
}
