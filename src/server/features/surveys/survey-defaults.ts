import type { SurveyKind, SurveyQuestion, SurveyRole } from '../../../shared/contract/surveys.ts';
import { addDays, addMonths, daysBetween } from '../../dates.ts';

// The survey set every cycle starts with; the coordinator edits it per cycle. The tandem-year
// migration holds a frozen copy of this set for cycles created before surveys existed.

export interface DefaultSurvey {
  kind: SurveyKind;
  role: SurveyRole;
  title: string;
  questions: SurveyQuestion[];
}

const meetingFrequency: SurveyQuestion = {
  id: 'meeting_frequency',
  type: 'choice',
  text: 'How often did you meet?',
  required: false,
  options: ['Every two weeks or more often', 'About once a month', 'Less than once a month', 'Not yet'],
};
const meetingsTotal: SurveyQuestion = {
  id: 'meetings_total',
  type: 'choice',
  text: 'How many meetings did you have in total?',
  required: false,
  options: ['None', '1–3', '4–8', '9 or more'],
};
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

export const DEFAULT_SURVEYS: readonly DefaultSurvey[] = [
  {
    kind: 'midterm',
    role: 'mentee',
    title: 'Mid-term survey for mentees',
    questions: [
      scale('tandem_fit', 'How well does your tandem work for you so far?', true),
      scale('meetings_useful', 'How useful were the meetings so far?'),
      meetingFrequency,
      scale('goal_progress', 'How much progress have you made towards your goals?'),
      text('going_well', 'What is going well?'),
      text('change', 'What would you change?'),
    ],
  },
  {
    kind: 'midterm',
    role: 'mentor',
    title: 'Mid-term survey for mentors',
    questions: [
      scale('tandem_fit', 'How well does your tandem work for you so far?', true),
      scale('meetings_useful', 'How useful were the meetings so far?'),
      meetingFrequency,
      scale('mentee_commitment', 'How committed is your mentee to the tandem?'),
      text('support', 'What support from the programme would help you?'),
      text('change', 'What would you change?'),
    ],
  },
  {
    kind: 'final',
    role: 'mentee',
    title: 'Final survey for mentees',
    questions: [
      scale('overall_value', 'Overall, how valuable was the programme for you?', true),
      scale('goals_achieved', 'How far did you reach the goals you set at the start?'),
      scale('confidence', 'How much more confident do you feel in your role now?'),
      meetingsTotal,
      choice('recommend', 'Would you recommend the programme to a colleague?', ['Yes', 'Maybe', 'No']),
      text('most_valuable', 'What was the most valuable thing you took away?'),
      text('change', 'What should the programme change next time?'),
    ],
  },
  {
    kind: 'final',
    role: 'mentor',
    title: 'Final survey for mentors',
    questions: [
      scale('overall_value', 'Overall, how valuable was the programme for you?', true),
      scale('own_learning', 'How much did you learn yourself as a mentor?'),
      meetingsTotal,
      choice('mentor_again', 'Would you be a mentor again?', ['Yes', 'Maybe', 'No']),
      text('most_valuable', 'What was the most valuable thing you took away?'),
      text('change', 'What should the programme change next time?'),
    ],
  },
  {
    kind: 'follow_up',
    role: 'mentee',
    title: 'Follow-up survey for mentees',
    questions: [
      choice('promoted', 'Have you been promoted or taken on a larger role since the programme?', [
        'Yes',
        'No',
        'Not yet',
      ]),
      choice('still_in_touch', 'Are you still in touch with your mentor?', [
        'Yes, regularly',
        'Now and then',
        'No',
      ]),
      scale('lasting_effect', 'How much does the programme still help you in your work today?'),
      text('what_changed', 'What has changed for you since the programme?'),
    ],
  },
  {
    kind: 'follow_up',
    role: 'mentor',
    title: 'Follow-up survey for mentors',
    questions: [
      choice('still_in_touch', 'Are you still in touch with your mentee?', [
        'Yes, regularly',
        'Now and then',
        'No',
      ]),
      scale('leadership_effect', 'How much did mentoring change the way you lead?'),
      choice('mentor_again', 'Have you taken on another mentee since the programme?', [
        'Yes',
        'No',
        'Not yet',
      ]),
      text('what_stayed', 'What has stayed with you from the programme?'),
    ],
  },
];

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
