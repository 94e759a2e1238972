import type { AccountRole } from '../../shared/contract/auth.ts';
import type { CycleStatus } from '../../shared/contract/cycles.ts';
import type { CriterionName } from '../../shared/contract/matching.ts';
import type { Gender, ParticipantRole } from '../../shared/contract/participants.ts';
import type { SurveyKind } from '../../shared/contract/surveys.ts';
import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { commonMessages } from '../../shared/i18n/common.ts';
import type en from '../../shared/i18n/en/common.ts';
import * as formats from '../../shared/i18n/formats.ts';
import { activeLanguage } from './i18n.tsx';

// Names of the contract's enum values, in the reader's language, and dates as the reader writes
// them. Called while rendering, so they follow the language the page is rendered in.

type CommonKey = keyof typeof en;

const accountRoleKeys: Record<AccountRole, CommonKey> = {
  coordinator: 'roleCoordinator',
  organisation_contact: 'roleOrganisationContact',
  participant: 'roleParticipant',
};
const participantRoleKeys: Record<ParticipantRole, CommonKey> = {
  mentor: 'roleMentor',
  mentee: 'roleMentee',
};
const participantRolePluralKeys: Record<ParticipantRole, CommonKey> = {
  mentor: 'roleMentors',
  mentee: 'roleMentees',
};
const cycleStatusKeys: Record<CycleStatus, CommonKey> = {
  draft: 'statusDraft',
  open: 'statusOpen',
  matching: 'statusMatching',
  running: 'statusRunning',
  closed: 'statusClosed',
};
const genderKeys: Record<Gender, CommonKey> = {
  female: 'genderFemale',
  male: 'genderMale',
  non_binary: 'genderNonBinary',
  undisclosed: 'genderUndisclosed',
};

const surveyKindKeys: Record<SurveyKind, CommonKey> = {
  midterm: 'surveyMidterm',
  final: 'surveyFinal',
  follow_up: 'surveyFollowUp',
};

const criterionKeys: Record<CriterionName, CommonKey> = {
  topics: 'criterionTopics',
  seniority: 'criterionSeniority',
  language: 'criterionLanguage',
  location: 'criterionLocation',
  gender: 'criterionGender',
  industry: 'criterionIndustry',
};

const word = (key: CommonKey) => formatMessage(commonMessages, activeLanguage(), key);

export const accountRoleLabel = (role: AccountRole) => word(accountRoleKeys[role]);
export const participantRoleLabel = (role: ParticipantRole) => word(participantRoleKeys[role]);
/** "Mentors", "Mentees": the people of a role together. */
export const participantRolePlural = (role: ParticipantRole) => word(participantRolePluralKeys[role]);
export const cycleStatusLabel = (status: CycleStatus) => word(cycleStatusKeys[status]);
export const genderLabel = (gender: Gender) => word(genderKeys[gender]);
/** A matching criterion's name, the same in the questionnaire and on the board. */
export const criterionLabel = (criterion: CriterionName) => word(criterionKeys[criterion]);
/** "Mid-term", "Final", "Follow-up": which of a cycle's surveys. */
export const surveyKindLabel = (kind: SurveyKind) => word(surveyKindKeys[kind]);

/** Any role name the API sends as free text (demo accounts): known ones get their name. */
export function roleLabel(role: string): string {
  if (role in accountRoleKeys) return accountRoleLabel(role as AccountRole);
  if (role in participantRoleKeys) return participantRoleLabel(role as ParticipantRole);
  return role;
}

/** `2025-03-01` (a calendar date, no time zone) as "1 Mar 2025" / "1. März 2025". */
export function formatDate(isoDate: string): string {
  return formats.formatDate(activeLanguage(), isoDate);
}

/** A timestamp in the reader's own time zone. */
export function formatDateTime(iso: string): string {
  return formats.formatDateTime(activeLanguage(), iso);
}

/** A number as the reader writes it ("1,234" / "1.234"). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return formats.formatNumber(activeLanguage(), value, options);
}
