import { type FormEvent, useState } from 'react';
import {
  type ProfileAnswers,
  type ProfileView,
  profileAnswersSchema,
  remotePreferences,
} from '../../../../shared/contract/matching.ts';
import { genders } from '../../../../shared/contract/participants.ts';
import { questionnaireMessages } from '../../../../shared/i18n/questionnaire.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { genderLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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

const seniorityKeys = [
  'seniority1',
  'seniority2',
  'seniority3',
  'seniority4',
  'seniority5',
  'seniority6',
] as const;
const remoteKeys = { 'in-person': 'remoteInPerson', remote: 'remoteRemote', either: 'remoteEither' } as const;
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
  const t = useMessages(questionnaireMessages);
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
    setV((s) => ({
      ...s,
      topics: on ? [...s.topics, topic] : s.topics.filter((chosen) => chosen !== topic),
    }));
  // Topics chosen earlier that the cycle no longer lists stay visible, so they can be removed.
  const allTopics = [...topics, ...v.topics.filter((chosen) => !topics.includes(chosen))];
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
      {nominated ? <p>{t('nominatedNotice')}</p> : null}
      <TextField
        name="jobTitle"
        label={t('jobTitle')}
        value={v.jobTitle}
        onChange={set('jobTitle')}
        error={e.jobTitle}
      />
      <SelectField
        name="seniority"
        label={t('seniority')}
        emptyLabel={t('choose')}
        options={seniorityKeys.map((key, i) => ({ value: String(i + 1), label: t(key) }))}
        value={v.seniority}
        onChange={set('seniority')}
        error={e.seniority}
        required
      />
      <LanguagesField
        name="languages"
        label={t('languages')}
        hint={t('languagesHint')}
        value={v.languages}
        onChange={(languages) => setV((s) => ({ ...s, languages }))}
        error={e.languages}
        required
      />
      <TextField
        name="location"
        label={t('location')}
        hint={t('locationHint')}
        value={v.location}
        onChange={set('location')}
        error={e.location}
      />
      <SelectField
        name="remote"
        label={t('meetings')}
        options={remotePreferences.map((r) => ({ value: r, label: t(remoteKeys[r]) }))}
        value={v.remote}
        onChange={set('remote')}
        error={e.remote}
      />
      <SelectField
        name="gender"
        label={t('gender')}
        options={genderOptions()}
        value={v.gender}
        onChange={set('gender')}
        error={e.gender}
      />
      <TopicChecklist
        topics={allTopics}
        chosen={v.topics}
        onToggle={toggleTopic}
        legend={mentee ? t('goalsLegend') : t('expertiseLegend')}
        error={e.topics}
      />
      <TextAreaField
        name="text"
        label={mentee ? t('textMentee') : t('textMentor')}
        value={v.text}
        onChange={set('text')}
        maxLength={2000}
        error={e.text}
      />
      {mentee ? <MentorPreferences values={v} set={set} genderOptions={genderOptions()} errors={e} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('saveProfile')}
        </button>
      </div>
      <p role="status">{saved ? t('profileSaved') : ''}</p>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
