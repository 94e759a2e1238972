import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { type SurveyStatus, surveyEndpoints } from '../../../shared/contract/surveys.ts';
import { errorsSurveysMessages } from '../../../shared/i18n/errors-surveys.ts';
import { today } from '../../dates.ts';
import type { Actor } from '../../http/actor.ts';
import { isoDay, messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsSurveysMessages);

// What may happen to a survey and when. The coordinator changes a survey's title and dates at any
// time, its questions only until the first answer (answers would no longer match them). A
// participant answers their own survey while it is open, and may change their answers until it
// closes. Staff see a survey when they see its cycle (the cycles feature decides that).

interface SurveyDates {
  opensOn: string;
  closesOn: string;
}

/** Open from its opening day up to (not including) its closing day; computed, so no job is needed. */
export function surveyStatus(survey: SurveyDates, now: Date): SurveyStatus {
  const day = today(now);
  if (day < survey.opensOn) return 'upcoming';
  if (day < survey.closesOn) return 'open';
  return 'closed';
}

/** Title and dates. */
export function mayChangeSurvey(actor: Actor): Verdict {
  return mayCall(actor, surveyEndpoints.update);
}

/** Questions change until anybody, of any organisation, has answered. */
export function mayChangeSurveyQuestions(actor: Actor, survey: { allResponses: number }): Verdict {
  const door = mayChangeSurvey(actor);
  if (!door.allowed) return door;
  if (survey.allResponses > 0) {
    return refused('conflict', say('questionsFixed'));
  }
  return allowed;
}

/** Answers are given and changed while the survey is open. */
export function mayAnswerSurvey(actor: Actor, survey: SurveyDates, now: Date): Verdict {
  const door = mayCall(actor, surveyEndpoints.answer);
  if (!door.allowed) return door;
  const status = surveyStatus(survey, now);
  if (status === 'upcoming') {
    return refused('conflict', say('opensOnAnswer', { date: isoDay(survey.opensOn) }));
  }
  if (status === 'closed') {
    return refused('conflict', say('closedOnAnswer', { date: isoDay(survey.closesOn) }));
  }
  return allowed;
}

/** Closing early stops answers today: only an open survey that did not open today (it must close after it opens). */
export function mayCloseSurvey(actor: Actor, survey: SurveyDates, now: Date): Verdict {
  const door = mayCall(actor, surveyEndpoints.close);
  if (!door.allowed) return door;
  const status = surveyStatus(survey, now);
  if (status === 'upcoming') {
    return refused('conflict', say('opensOnClose', { date: isoDay(survey.opensOn) }));
  }
  if (status === 'closed')
    return refused('conflict', say('closedAlready', { date: isoDay(survey.closesOn) }));
  if (survey.opensOn === today(now)) {
    return refused('conflict', say('openedToday'));
  }
  return allowed;
}

const cycleClosed = (change: 'dates' | 'extend' | 'reopen' | 'move') =>
  refused('conflict', say('cycleClosed', { change }));

/** Dates of a survey in a closed cycle stay as they are, whichever way they would be changed. */
export function mayChangeSurveyDates(cycle: { status: CycleStatus }): Verdict {
  return cycle.status === 'closed' ? cycleClosed('dates') : allowed;
}

/** A later closing date while the survey has not closed; a closed one is reopened instead. */
export function mayExtendSurvey(
  actor: Actor,
  survey: SurveyDates,
  cycle: { status: CycleStatus },
  now: Date,
): Verdict {
  const door = mayCall(actor, surveyEndpoints.extend);
  if (!door.allowed) return door;
  if (surveyStatus(survey, now) === 'closed') {
    return refused('conflict', say('closedReopen', { date: isoDay(survey.closesOn) }));
  }
  if (cycle.status === 'closed') return cycleClosed('extend');
  return allowed;
}

/** A closed survey opens again until a new date, unless its cycle is over. */
export function mayReopenSurvey(
  actor: Actor,
  survey: SurveyDates,
  cycle: { status: CycleStatus },
  now: Date,
): Verdict {
  const door = mayCall(actor, surveyEndpoints.reopen);
  if (!door.allowed) return door;
  const status = surveyStatus(survey, now);
  if (status === 'upcoming')
    return refused('conflict', say('notOpenedYet', { date: isoDay(survey.opensOn) }));
  if (status === 'open') return refused('conflict', say('openExtend'));
  if (cycle.status === 'closed') return cycleClosed('reopen');
  return allowed;
}

/**
 * Moving a survey's dates with the cycle's (the offer after a date change): only a survey that has
 * not opened, to dates still ahead, in a cycle that is not over. One that opened changes on its own.
 */
export function mayMoveSurveyDates(
  survey: SurveyDates & { title: string },
  to: { opensOn: string },
  cycle: { status: CycleStatus },
  now: Date,
): Verdict {
  if (cycle.status === 'closed') return cycleClosed('move');
  if (surveyStatus(survey, now) !== 'upcoming') {
    return refused('conflict', say('openedNoMove', { title: survey.title, date: isoDay(survey.opensOn) }));
  }
  if (to.opensOn <= today(now)) {
    return refused(
      'validation_failed',
      say('wouldOpenPast', { title: survey.title, date: isoDay(to.opensOn) }),
    );
  }
  return allowed;
}

/** What staff may do with the survey now. */
export function surveyAbilities(
  actor: Actor,
  survey: SurveyDates & { allResponses: number },
  cycle: { status: CycleStatus },
  now: Date,
) {
  return {
    edit: mayChangeSurvey(actor).allowed,
    editQuestions: mayChangeSurveyQuestions(actor, survey).allowed,
    close: mayCloseSurvey(actor, survey, now).allowed,
    extend: mayExtendSurvey(actor, survey, cycle, now).allowed,
    reopen: mayReopenSurvey(actor, survey, cycle, now).allowed,
  };
}

/** What the participant may do with their own survey now. */
export function mySurveyAbilities(actor: Actor, survey: SurveyDates, now: Date) {
  return { answer: mayAnswerSurvey(actor, survey, now).allowed };
}
