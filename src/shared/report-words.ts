import type { Gender } from './contract/participants.ts';
import type {
  ActivityMeasure,
  AttentionReason,
  FunnelStage,
  HiddenReason,
  OutcomeMeasure,
} from './contract/reports.ts';
import { translator } from './i18n/catalogue.ts';
import type en from './i18n/en/reports.ts';
import type { UiLanguage } from './i18n/languages.ts';
import { reportsMessages } from './i18n/reports.ts';

// The names the reports catalogue gives each value the contract names, for the web pages and the
// PDFs alike. The keys are written out so the catalogue check sees every one in use.

type ReportsKey = keyof typeof en;

const stageKeys: Record<FunnelStage, ReportsKey> = {
  nominated: 'stageNominated',
  profile_finished: 'stageProfileFinished',
  proposed: 'stageProposed',
  approved: 'stageApproved',
  published: 'stagePublished',
  agreement_signed: 'stageAgreementSigned',
  first_meeting: 'stageFirstMeeting',
  active_recently: 'stageActiveRecently',
  midterm_answered: 'stageMidtermAnswered',
  final_answered: 'stageFinalAnswered',
};

const activityKeys: Record<ActivityMeasure, ReportsKey> = {
  agreements_signed: 'measureAgreementsSigned',
  first_meeting: 'measureFirstMeeting',
  meetings_held: 'measureMeetingsHeld',
  meetings_expected: 'measureMeetingsExpected',
};

const outcomeKeys: Record<OutcomeMeasure, ReportsKey> = {
  career_step: 'outcomeCareerStep',
  promoted: 'outcomePromoted',
  leadership_responsibility: 'outcomeLeadershipResponsibility',
  new_role: 'outcomeNewRole',
  still_with_employer: 'outcomeStillWithEmployer',
  mentee_value: 'outcomeMenteeValue',
  mentor_value: 'outcomeMentorValue',
};

const genderKeys: Record<Gender, ReportsKey> = {
  female: 'genderFemale',
  male: 'genderMale',
  non_binary: 'genderNonBinary',
  undisclosed: 'genderUndisclosed',
};

/** The genders in the order reports list them. */
export const reportGenders = Object.keys(genderKeys) as Gender[];

const attentionKeys: Record<AttentionReason, ReportsKey> = {
  inactive: 'attentionInactive',
  overdue: 'attentionOverdue',
  agreement_unsigned: 'attentionAgreementUnsigned',
};

const hiddenKeys: Record<HiddenReason, ReportsKey> = {
  small_group: 'hiddenSmallGroup',
  complementary: 'hiddenComplementary',
};

/** Names of stages, measures, genders, attention reasons and hidden figures in one language. */
export function reportWords(language: UiLanguage) {
  const r = translator(reportsMessages, language);
  return {
    stage: (stage: FunnelStage) => r(stageKeys[stage]),
    activity: (measure: ActivityMeasure) => r(activityKeys[measure]),
    outcome: (measure: OutcomeMeasure) => r(outcomeKeys[measure]),
    gender: (gender: Gender) => r(genderKeys[gender]),
    attention: (reason: AttentionReason) => r(attentionKeys[reason]),
    /** "hidden: fewer than 5 people": why a figure is not shown. */
    hidden: (reason: HiddenReason, threshold: number) => r(hiddenKeys[reason], { threshold }),
    /** "hidden": the word a table shows in place of the figure. */
    hiddenShort: () => r('hiddenShort'),
    /** The programme's column beside the organisations'. */
    programme: () => r('programme'),
    /** The row that sums the organisations up. */
    allOrganisations: () => r('allOrganisations'),
    mentees: () => r('roleMentees'),
    mentors: () => r('roleMentors'),
  };
}
