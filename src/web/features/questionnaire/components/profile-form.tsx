import { type FormEvent, useState } from 'react';
import {
  type ProfileAnswers,
  type ProfileView,
  profileAnswersSchema,
  remotePreferences,
} from '../../../../shared/contract/matching.ts';
import { genders } from '../../../../shared/contract/participants.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { genderLabel } from '../../../lib/format.ts';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { LanguagesField } from '../../../lib/ui/language-picker.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveMyProfile } from '../api/questionnaire.ts';
import { MentorPreferences } from './mentor-preferences.tsx';
import {
  answersOf,
  initialProfileValues,
  type ProfileFormValues,
  profileFields,
} from './profile-form-values.ts';
import { TopicChecklist } from './topic-checklist.tsx';

const seniorityOptions = [
  { value: '1', label: '1: entry level' },
  { value: '2', label: '2: experienced professional' },
  { value: '3', label: '3: team lead' },
  { value: '4', label: '4: head of department' },
  { value: '5', label: '5: director' },
  { value: '6', label: '6: executive board' },
];
const remoteLabels = { 'in-person': 'In person', remote: 'Remote', either: 'Either' } as const;
const genderOptions = () => genders.map((g) => ({ value: g, label: genderLabel(g) }));

/**
 * A participant's own questionnaire: what the matching uses. Nothing typed is lost on a bad answer:
 * the form keeps every value and shows the problem beside its field.
 */
export function ProfileForm({
  profile,
  topics,
  onSaved,
  onStale,
}: {
  profile: ProfileView;
  /** The cycle's topic list, from its questionnaire. */
  topics: readonly string[];
  onSaved: (p: ProfileView) => void;
  /** The profile was saved elsewhere after this form read it (staff, another tab): load it. */
  onStale: () => void;
}) {
  const mentee = profile.role === 'mentee';
  // Never saved by the participant, yet holding answers: those came with the nomination (even when
  // a complete import already counts it as finished).
  const nominated =
    !profile.answeredByParticipant && (profile.topics.length > 0 || profile.languages.length > 0);
  const [v, setV] = useState(() => initialProfileValues(profile));
  const [saved, setSaved] = useState(false);
  // The form stays open after a save: the next save names the version that one made.
  const [version, setVersion] = useState(profile.version);
  const errors = useFormErrors(profileFields);
  const staleness = useStaleVersion();
  const set = (key: Exclude<keyof ProfileFormValues, 'languages' | 'topics'>) => (value: string) =>
    setV((s) => ({ ...s, [key]: value }));
  const toggleTopic = (topic: string, on: boolean) =>
    setV((s) => ({ ...s, topics: on ? [...s.topics, topic] : s.topics.filter((t) => t !== topic) }));
  // Topics chosen earlier that the cycle no longer lists stay visible, so they can be removed.
  const allTopics = [...topics, ...v.topics.filter((t) => !topics.includes(t))];
  const save = useAction(
    async (answers: ProfileAnswers) => {
      errors.clear();
      const next = await saveMyProfile(profile.participantId, answers);
      setVersion(next.version);
      onSaved(next);
      setSaved(true);
    },
    {
      onError: (error) => {
        // A newer save is told beside the save button, where the user is.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(profileAnswersSchema, { ...answersOf(v, mentee), version });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  const e = errors.fieldErrors;
  return (
    <form className="form form--narrow" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      {nominated ? (
        <p>
          Your organisation filled in what it nominated you with. Check each answer, change what is not right,
          and save to confirm.
        </p>
      ) : null}
      <TextField
        name="jobTitle"
        label="Job title"
        value={v.jobTitle}
        onChange={set('jobTitle')}
        error={e.jobTitle}
      />
      <SelectField
        name="seniority"
        label="Seniority"
        emptyLabel="Choose…"
        options={seniorityOptions}
        value={v.seniority}
        onChange={set('seniority')}
        error={e.seniority}
        required
      />
      <LanguagesField
        name="languages"
        label="Languages"
        hint="The languages you could hold your meetings in."
        value={v.languages}
        onChange={(languages) => setV((s) => ({ ...s, languages }))}
        error={e.languages}
        required
      />
      <TextField
        name="location"
        label="Location"
        hint="Your city."
        value={v.location}
        onChange={set('location')}
        error={e.location}
      />
      <SelectField
        name="remote"
        label="Meetings"
        options={remotePreferences.map((r) => ({ value: r, label: remoteLabels[r] }))}
        value={v.remote}
        onChange={set('remote')}
        error={e.remote}
      />
      <SelectField
        name="gender"
        label="Gender"
        options={genderOptions()}
        value={v.gender}
        onChange={set('gender')}
        error={e.gender}
      />
      <TopicChecklist
        topics={allTopics}
        chosen={v.topics}
        onToggle={toggleTopic}
        legend={mentee ? 'Your goals (choose 1 to 10)' : 'Your expertise (choose 1 to 10)'}
        error={e.topics}
      />
      <TextAreaField
        name="text"
        label={mentee ? 'What you want to achieve' : 'What you can pass on'}
        value={v.text}
        onChange={set('text')}
        maxLength={2000}
        error={e.text}
      />
      {mentee ? <MentorPreferences values={v} set={set} genderOptions={genderOptions()} errors={e} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save my profile'}
        </button>
      </div>
      <p role="status">{saved ? 'Your profile is saved. Thank you!' : ''}</p>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
