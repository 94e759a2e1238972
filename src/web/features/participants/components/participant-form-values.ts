import type { Participant } from '../../../../shared/contract/participants.ts';
import type { Option } from '../../../lib/ui/fields.tsx';

/** The form's fields in the order they are shown; the first with an error receives focus. */
export const participantFields = [
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

/** Text for every box; the languages as the list of codes the picker keeps. */
export type ParticipantFormValues = Record<
  Exclude<(typeof participantFields)[number], 'languages'>,
  string
> & {
  languages: string[];
};

type Defaults = {
  participant?: Participant;
  cycles: readonly Option[];
  fixedOrganisationId?: string;
  defaultCycleId?: string;
};

/** What the form starts with: the participant's own values, or a new one's defaults. */
export function initialParticipantValues({
  participant,
  cycles,
  fixedOrganisationId,
  defaultCycleId,
}: Defaults): ParticipantFormValues {
  return {
    cycleId: participant?.cycleId ?? defaultCycleId ?? (cycles.length === 1 ? cycles[0]!.value : ''),
    organisationId: participant?.organisationId ?? fixedOrganisationId ?? '',
    role: participant?.role ?? '',
    name: participant?.name ?? '',
    email: participant?.email ?? '',
    jobTitle: participant?.jobTitle ?? '',
    seniority: participant?.seniority ? String(participant.seniority) : '',
    languages: participant?.languages ?? [],
    location: participant?.location ?? '',
    gender: participant?.gender ?? 'undisclosed',
    capacity: String(participant?.capacity ?? 1),
    goals: participant?.goals ?? '',
    expertise: participant?.expertise ?? '',
  };
}

/** Mentors have a capacity and pass something on; the form asks for both only for them. */
export function isMentor(values: Pick<ParticipantFormValues, 'role'>): boolean {
  return values.role === 'mentor';
}

/** The person and profile as the contract takes them, for a new participant and an update alike. */
export function profileOf(values: ParticipantFormValues) {
  return {
    role: values.role || undefined,
    name: values.name,
    email: values.email,
    jobTitle: values.jobTitle,
    seniority: values.seniority === '' ? null : Number(values.seniority),
    languages: values.languages,
    location: values.location,
    gender: values.gender,
    goals: values.goals,
    expertise: values.expertise,
    // Capacity is the number of mentees a mentor takes; a mentee always has one mentor.
    capacity: isMentor(values) ? (values.capacity === '' ? Number.NaN : Number(values.capacity)) : 1,
  };
}
