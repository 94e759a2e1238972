import type { SurveyKind, SurveyQuestion, SurveyRole } from '../../../shared/contract/surveys.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { cycleDefaultsMessages } from '../../../shared/i18n/cycle-defaults.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { addDays, addMonths, daysBetween } from '../../dates.ts';

// The survey set every cycle starts with, in the cycle's language; the coordinator edits it per
// cycle. The tandem-year migration holds a frozen copy of the English set for cycles created
// before surveys existed.

export interface DefaultSurvey {
  kind: SurveyKind;
  role: SurveyRole;
  title: string;
  questions: SurveyQuestion[];
}

/** The default set in a cycle's language (`cycle-defaults` catalogue). */
export function defaultSurveys(language: UiLanguage): DefaultSurvey[] {
  const t = translator(cycleDefaultsMessages, language);
  const scale = (id: string, text: string, required = false): SurveyQuestion => ({
    id,
    type: 'scale',
    text,
    required,
  });
  const text = (id: string, question: string): SurveyQuestion => ({
    id,
    type: 'text',
    text: question,
    required: false,
  });
  const choice = (id: string, question: string, options: string[]): SurveyQuestion => ({
    id,
    type: 'choice',
    text: question,
    required: false,
    options,
  });
  const meetingFrequency = choice('meeting_frequency', t('questionMeetingFrequency'), [
    t('optionEveryTwoWeeks'),
    t('optionOnceAMonth'),
    t('optionLessThanMonthly'),
    t('optionNotMetYet'),
  ]);
  const meetingsTotal = choice('meetings_total', t('questionMeetingsTotal'), [
    t('optionNoMeetings'),
    t('optionOneToThree'),
    t('optionFourToEight'),
    t('optionNineOrMore'),
  ]);
  const yesMaybeNo = [t('optionYes'), t('optionMaybe'), t('optionNo')];
  const yesNoNotYet = [t('optionYes'), t('optionNo'), t('optionNotYet')];
  const inTouch = [t('optionYesRegularly'), t('optionNowAndThen'), t('optionNo')];
  return [
    {
      kind: 'midterm',
      role: 'mentee',
      title: t('surveyMidtermMentees'),
      questions: [
        scale('tandem_fit', t('questionTandemFit'), true),
        scale('meetings_useful', t('questionMeetingsUseful')),
        meetingFrequency,
        scale('goal_progress', t('questionGoalProgress')),
        text('going_well', t('questionGoingWell')),
        text('change', t('questionWhatToChange')),
      ],
    },
    {
      kind: 'midterm',
      role: 'mentor',
      title: t('surveyMidtermMentors'),
      questions: [
        scale('tandem_fit', t('questionTandemFit'), true),
        scale('meetings_useful', t('questionMeetingsUseful')),
        meetingFrequency,
        scale('mentee_commitment', t('questionMenteeCommitment')),
        text('support', t('questionSupport')),
        text('change', t('questionWhatToChange')),
      ],
    },
    {
      kind: 'final',
      role: 'mentee',
      title: t('surveyFinalMentees'),
      questions: [
        scale('overall_value', t('questionOverallValue'), true),
        scale('goals_achieved', t('questionGoalsAchieved')),
        scale('confidence', t('questionConfidence')),
        meetingsTotal,
        choice('recommend', t('questionRecommend'), yesMaybeNo),
        text('most_valuable', t('questionMostValuable')),
        text('change', t('questionProgrammeChange')),
      ],
    },
    {
      kind: 'final',
      role: 'mentor',
      title: t('surveyFinalMentors'),
      questions: [
        scale('overall_value', t('questionOverallValue'), true),
        scale('own_learning', t('questionOwnLearning')),
        meetingsTotal,
        choice('mentor_again', t('questionMentorAgain'), yesMaybeNo),
        text('most_valuable', t('questionMostValuable')),
        text('change', t('questionProgrammeChange')),
      ],
    },
    {
      kind: 'follow_up',
      role: 'mentee',
      title: t('surveyFollowUpMentees'),
      // Outcomes read the career steps and the tandem's value by these ids; a choice's first
      // option is the yes (src/core/reporting/cycle-report.ts).
      questions: [
        choice('promoted', t('questionPromoted'), yesNoNotYet),
        choice('leadership_responsibility', t('questionLeadershipResponsibility'), yesNoNotYet),
        choice('new_role', t('questionNewRole'), yesNoNotYet),
        choice('still_with_employer', t('questionStillWithEmployer'), [t('optionYes'), t('optionNo')]),
        scale('tandem_value', t('questionTandemValue')),
        choice('still_in_touch', t('questionInTouchWithMentor'), inTouch),
        scale('lasting_effect', t('questionLastingEffect')),
        text('what_changed', t('questionWhatChanged')),
      ],
    },
    {
      kind: 'follow_up',
      role: 'mentor',
      title: t('surveyFollowUpMentors'),
      questions: [
        scale('tandem_value', t('questionTandemValue')),
        choice('still_in_touch', t('questionInTouchWithMentee'), inTouch),
        scale('leadership_effect', t('questionLeadershipEffect')),
        choice('mentor_again', t('questionAnotherMentee'), yesNoNotYet),
        text('what_stayed', t('questionWhatStayed')),
      ],
    },
  ];
}

/** The English set: what every cycle got before cycles had a language, and what English ones get. */
export const DEFAULT_SURVEYS: readonly DefaultSurvey[] = defaultSurveys('en');

const SURVEY_DAYS_OPEN = 28;
/** The database's dates end with year 9999; a survey opening later still has room to close. */
const LAST_OPENING = '9999-11-01';

/** The day a survey opens: mid-term halfway through the cycle, final at its end, follow-up 6 months on. */
export function anchorDate(kind: SurveyKind, cycle: { startsOn: string; endsOn: string }) {
  if (kind === 'midterm')
    return addDays(cycle.startsOn, Math.floor(daysBetween(cycle.startsOn, cycle.endsOn) / 2));
  if (kind === 'final') return cycle.endsOn;
  return addMonths(cycle.endsOn, 6);
}

/** An opening day moved with its cycle, kept where a survey can still open and close (from 2000 to 9999). */
export function openingInCalendar(opensOn: string) {
  if (opensOn < '2000-01-01') return '2000-01-01';
  return opensOn > LAST_OPENING ? LAST_OPENING : opensOn;
}

export function defaultDates(kind: SurveyKind, cycle: { startsOn: string; endsOn: string }) {
  const anchor = anchorDate(kind, cycle);
  const opensOn = anchor > LAST_OPENING ? LAST_OPENING : anchor;
  return { opensOn, closesOn: addDays(opensOn, SURVEY_DAYS_OPEN) };
}
