import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Actor } from '../../http/actor.ts';
import {
  mayChangeQuestionnaire,
  maySeeProfile,
  participantMayReadQuestionnaire,
  questionnaireAbilities,
} from './questionnaire.policy.ts';

const coordinator = actor('coordinator');
const contact = actor('organisation_contact', 'org-a');
const mia = actor('participant', 'org-a', 'person-mia');

describe('questionnaire rules', () => {
  // actor × the cycle's phase → may change the questionnaire
  const table: [string, Actor, CycleStatus, string][] = [
    ['coordinator, draft', coordinator, 'draft', 'allowed'],
    ['coordinator, open', coordinator, 'open', 'allowed'],
    ['coordinator, matching', coordinator, 'matching', 'allowed'],
    ['coordinator, running', coordinator, 'running', 'conflict'],
    ['coordinator, closed', coordinator, 'closed', 'conflict'],
    ['contact, open', contact, 'open', 'forbidden'],
    ['participant, open', mia, 'open', 'forbidden'],
  ];
  for (const [name, who, status, expected] of table) {
    it(name, () => {
      expect(outcome(mayChangeQuestionnaire(who, { status }))).toBe(expected);
      expect(questionnaireAbilities(who, { status })).toEqual({ edit: expected === 'allowed' });
    });
  }

  it('say why a running cycle’s questionnaire stays', () => {
    expect(mayChangeQuestionnaire(coordinator, { status: 'running' })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'The questionnaire of a running cycle can no longer change.',
    });
  });

  it('let a participant read the questionnaire of their own cycles only', () => {
    expect(outcome(participantMayReadQuestionnaire(mia, true))).toBe('allowed');
    expect(participantMayReadQuestionnaire(mia, false)).toMatchObject({
      code: 'not_found',
      message: 'The cycle was not found',
    });
  });

  it('keep a profile to its participant', () => {
    expect(outcome(maySeeProfile(mia, { personId: 'person-mia' }))).toBe('allowed');
    expect(maySeeProfile(mia, { personId: 'person-ben' })).toMatchObject({
      code: 'not_found',
      message: 'The profile was not found',
    });
    expect(outcome(maySeeProfile(coordinator, { personId: 'person-mia' }))).toBe('not_found');
  });
});
