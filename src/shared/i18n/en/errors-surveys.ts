// The server's refusals about surveys, their dates and answers.
export default {
  questionsFixed:
    'The questions can no longer change: participants have already answered this survey. Title and dates still can.',
  opensOnAnswer: 'This survey opens on {date}; answers can be given from then.',
  closedOnAnswer: 'This survey closed on {date}; answers can no longer change.',
  opensOnClose: 'This survey opens on {date}; change its dates instead of closing it.',
  closedAlready: 'This survey already closed on {date}.',
  openedToday:
    'This survey opened today and cannot close on the day it opens: close it tomorrow, or change its dates.',
  cycleClosed:
    '{change, select, dates {The cycle is closed: its surveys can no longer change their dates.} extend {The cycle is closed: its surveys can no longer be extended.} reopen {The cycle is closed: its surveys can no longer reopen.} other {The cycle is closed: its surveys can no longer move.}}',
  closedReopen: 'This survey closed on {date}; reopen it to take answers again.',
  notOpenedYet: 'This survey has not opened yet; it opens on {date}.',
  openExtend: 'This survey is open; extend it to give it a later closing date.',
  openedNoMove:
    'The survey “{title}” opened on {date}; it moves no more with the cycle. Extend or close it instead.',
  wouldOpenPast:
    'The survey “{title}” would open on {date}, which is not after today; keep its dates or set them on the survey.',
  surveyChanged:
    'This survey changed since you loaded it. Load it again to see the change, then make yours again.',
  namedSurveyChanged:
    'The survey “{title}” changed since you loaded it. Load it again to see the change, then make yours again.',
  closesBeforeOpens: 'The survey must close after it opens.',
  closesBeforeOpensField: 'must be after the opening date',
  answersProblem: 'Please check your answers: {problem}.',
  notAQuestion: 'is not a question of this survey',
  needsAnswer: '"{question}" needs an answer',
  scaleRange: 'must be a whole number from 1 to 5',
  oneOfOptions: 'must be one of: {options}',
  mustBeText: 'must be text',
  textTooLong: 'must be at most {max} characters',
  closingDateProblem: 'The new closing date {problem}.',
  afterCurrentClosing: 'must be after the current closing date, {date}',
  afterToday: 'must be after today, {date}, so the survey takes answers again',
};
