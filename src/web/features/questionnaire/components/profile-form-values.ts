import type { ProfileView } from '../../../../shared/contract/matching.ts';

/** The form's fields in the order they are shown; the first with an error receives focus. */
export const profileFields = [
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

export type ProfileFormValues = ReturnType<typeof initialProfileValues>;

/** The answers as the form edits them: text for every box, a list for the topics and the languages. */
export function initialProfileValues(profile: ProfileView) {
  return {
    jobTitle: profile.jobTitle,
    seniority: profile.seniority === null ? '' : String(profile.seniority),
    languages: profile.languages,
    location: profile.location,
    remote: profile.remote as string,
    gender: profile.gender as string,
    topics: profile.topics,
    text: profile.text,
    requiredLanguage: profile.requiredLanguage ?? '',
    preferredMentorGender: profile.preferredMentorGender ?? '',
    preferredMentorGenderStrength: profile.preferredMentorGenderStrength as string,
  };
}

/** The answers as the contract takes them; the mentor preferences count for mentees only. */
export function answersOf(v: ProfileFormValues, mentee: boolean) {
  return {
    jobTitle: v.jobTitle,
    seniority: v.seniority === '' ? Number.NaN : Number(v.seniority),
    languages: v.languages,
    location: v.location,
    remote: v.remote,
    gender: v.gender,
    topics: v.topics,
    text: v.text,
    requiredLanguage: mentee && v.requiredLanguage ? v.requiredLanguage : null,
    preferredMentorGender: mentee && v.preferredMentorGender ? v.preferredMentorGender : null,
    preferredMentorGenderStrength: mentee ? v.preferredMentorGenderStrength : 'soft',
  };
}
