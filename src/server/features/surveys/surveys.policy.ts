import { type SurveyStatus, surveyEndpoints } from '../../../shared/contract/surveys.ts';
import { today } from '../../dates.ts';
import type { Actor } from '../../http/actor.ts';
import { allowed, mayCall, refused, type Verdict } from '../../policy.ts';

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
    return refused(
      'conflict',
      'The questions can no longer change: participants have already answered this survey. Title and dates still can.',
    );
  }
  return allowed;
}

/** Answers are given and changed while the survey is open. */
export function mayAnswerSurvey(actor: Actor, survey: SurveyDates, now: Date): Verdict {
  const door = mayCall(actor, surveyEndpoints.answer);
  if (!door.allowed) return door;
  const status = surveyStatus(survey, now);
  if (status === 'upcoming') {
    return refused('conflict', `This survey opens on ${survey.opensOn}; answers can be given from then.`);
  }
  if (status === 'closed') {
    return refused('conflict', `This survey closed on ${survey.closesOn}; answers can no longer change.`);
  }
  return allowed;
}

/** What staff may do with the survey now. */
export function surveyAbilities(actor: Actor, survey: { allResponses: number }) {
  return {
    edit: mayChangeSurvey(actor).allowed,
    editQuestions: mayChangeSurveyQuestions(actor, survey).allowed,
  };
}

/** What the participant may do with their own survey now. */
export function mySurveyAbilities(actor: Actor, survey: SurveyDates, now: Date) {
  return { answer: mayAnswerSurvey(actor, survey, now).allowed };
}
