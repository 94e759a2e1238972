import type { Gender } from '../../../../shared/contract/participants.ts';
import type {
  ActivityMeasure,
  AttentionReason,
  FunnelStage,
  HiddenReason,
  OutcomeMeasure,
} from '../../../../shared/contract/reports.ts';
import type en from '../../../../shared/i18n/en/reports.ts';
import { reportsMessages } from '../../../../shared/i18n/reports.ts';
import { useMessages } from '../../../lib/i18n.tsx';

// The names the reports catalogue gives each value the contract names, shared with the PDF. The
// keys are written out so the catalogue check sees every one in use.

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

const attentionKeys: Record<AttentionReason, ReportsKey> = {
  inactive: 'attentionInactive',
  overdue: 'attentionOverdue',
  agreement_unsigned: 'attentionAgreementUnsigned',
};

const hiddenKeys: Record<HiddenReason, ReportsKey> = {
  small_group: 'hiddenSmallGroup',
  complementary: 'hiddenComplementary',
};

/** The mark a hidden figure carries in tables, explained in the report's legend. */
export const hiddenMarks: Record<HiddenReason, string> = {
  small_group: '*',
  complementary: '†',
};

/** Names of stages, measures, genders, attention reasons and hidden figures in the reader's language. */
export function useReportWords() {
  const r = useMessages(reportsMessages);
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
