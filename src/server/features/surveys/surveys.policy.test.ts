import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { Actor } from '../../http/actor.ts';
import {
  mayAnswerSurvey,
  mayChangeSurvey,
  mayChangeSurveyQuestions,
  mayCloseSurvey,
  mayExtendSurvey,
  mayReopenSurvey,
  mySurveyAbilities,
  surveyAbilities,
  surveyStatus,
} from './surveys.policy.ts';

const coordinator = actor('coordinator');
const contact = actor('organisation_contact', 'org-a');
const participant = actor('participant', 'org-a');

const dates = { opensOn: '2027-07-01', closesOn: '2027-07-29' };
const at = (day: string) => new Date(`${day}T12:00:00Z`);
const running = { status: 'running' as const };
const closedCycle = { status: 'closed' as const };

describe('survey rules', () => {
  // actor × answers so far → may change title and dates, may change the questions
  const staffTable: [string, Actor, number, string, string][] = [
    ['coordinator, nobody answered', coordinator, 0, 'allowed', 'allowed'],
    ['coordinator, someone answered', coordinator, 1, 'allowed', 'conflict'],
    ['contact, nobody answered', contact, 0, 'forbidden', 'forbidden'],
  ];
  for (const [name, who, allResponses, edit, editQuestions] of staffTable) {
    it(name, () => {
      expect(outcome(mayChangeSurvey(who))).toBe(edit);
      expect(outcome(mayChangeSurveyQuestions(who, { allResponses }))).toBe(editQuestions);
      expect(surveyAbilities(who, { ...dates, allResponses }, running, at('2027-06-01'))).toMatchObject({
        edit: edit === 'allowed',
        editQuestions: editQuestions === 'allowed',
      });
    });
  }

  // the day × the survey's dates → status, and whether its participant may answer
  const days: [string, string, string][] = [
    ['2027-06-30', 'upcoming', 'conflict'],
    ['2027-07-01', 'open', 'allowed'],
    ['2027-07-28', 'open', 'allowed'],
    ['2027-07-29', 'closed', 'conflict'],
  ];
  for (const [day, status, answer] of days) {
    it(`on ${day} the survey is ${status}; answering: ${answer}`, () => {
      expect(surveyStatus(dates, at(day))).toBe(status);
      expect(outcome(mayAnswerSurvey(participant, dates, at(day)))).toBe(answer);
      expect(mySurveyAbilities(participant, dates, at(day))).toEqual({ answer: answer === 'allowed' });
    });
  }

  it('say why, as the error the caller gets', () => {
    expect(mayChangeSurveyQuestions(coordinator, { allResponses: 3 })).toEqual({
      allowed: false,
      code: 'conflict',
      message:
        'The questions can no longer change: participants have already answered this survey. Title and dates still can.',
    });
    expect(mayAnswerSurvey(participant, dates, at('2027-06-01'))).toMatchObject({
      message: 'This survey opens on 2027-07-01; answers can be given from then.',
    });
    expect(mayAnswerSurvey(participant, dates, at('2027-08-01'))).toMatchObject({
      message: 'This survey closed on 2027-07-29; answers can no longer change.',
    });
    expect(outcome(mayAnswerSurvey(coordinator, dates, at('2027-07-10')))).toBe('forbidden');
  });

  // actor × the day × the cycle's phase → close now, extend, reopen
  const stateTable: [string, Actor, string, { status: 'running' | 'closed' }, string, string, string][] = [
    ['coordinator, before it opens', coordinator, '2027-06-30', running, 'conflict', 'allowed', 'conflict'],
    [
      'coordinator, on its opening day',
      coordinator,
      '2027-07-01',
      running,
      'conflict',
      'allowed',
      'conflict',
    ],
    ['coordinator, while open', coordinator, '2027-07-10', running, 'allowed', 'allowed', 'conflict'],
    ['coordinator, after it closed', coordinator, '2027-07-29', running, 'conflict', 'conflict', 'allowed'],
    [
      'coordinator, open in a closed cycle',
      coordinator,
      '2027-07-10',
      closedCycle,
      'allowed',
      'conflict',
      'conflict',
    ],
    [
      'coordinator, closed in a closed cycle',
      coordinator,
      '2027-08-10',
      closedCycle,
      'conflict',
      'conflict',
      'conflict',
    ],
    ['contact, while open', contact, '2027-07-10', running, 'forbidden', 'forbidden', 'forbidden'],
    ['contact, after it closed', contact, '2027-08-10', running, 'forbidden', 'forbidden', 'forbidden'],
  ];
  for (const [name, who, day, cycle, close, extend, reopen] of stateTable) {
    it(`${name}: close ${close}, extend ${extend}, reopen ${reopen}`, () => {
      expect(outcome(mayCloseSurvey(who, dates, at(day)))).toBe(close);
      expect(outcome(mayExtendSurvey(who, dates, cycle, at(day)))).toBe(extend);
      expect(outcome(mayReopenSurvey(who, dates, cycle, at(day)))).toBe(reopen);
      expect(surveyAbilities(who, { ...dates, allResponses: 0 }, cycle, at(day))).toMatchObject({
        close: close === 'allowed',
        extend: extend === 'allowed',
        reopen: reopen === 'allowed',
      });
    });
  }

  it('say which action fits instead', () => {
    expect(mayExtendSurvey(coordinator, dates, running, at('2027-08-01'))).toMatchObject({
      message: 'This survey closed on 2027-07-29; reopen it to take answers again.',
    });
    expect(mayReopenSurvey(coordinator, dates, closedCycle, at('2027-08-01'))).toMatchObject({
      code: 'conflict',
      message: 'The cycle is closed: its surveys can no longer reopen.',
    });
  });
});
