import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Actor } from '../../http/actor.ts';
import {
  mayAddParticipantsTo,
  mayChangeParticipant,
  mayInviteParticipant,
  mayNominateFor,
  mayRemoveParticipant,
  maySeeParticipant,
  participantAbilities,
} from './participants.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');
const participantA = actor('participant', 'org-a');

const ofAlpha = (cycleStatus: CycleStatus, hasAccount = true) => ({
  organisationId: 'org-a',
  email: 'mia@alpha.example',
  hasAccount,
  cycleStatus,
});

describe('participant rules', () => {
  // actor × the cycle's phase → may change and remove (the same outcome for both), what is offered
  const table: [string, Actor, CycleStatus, string][] = [
    ['coordinator, open cycle', coordinator, 'open', 'allowed'],
    ['coordinator, running cycle', coordinator, 'running', 'allowed'],
    ['coordinator, closed cycle', coordinator, 'closed', 'conflict'],
    ['own contact, matching cycle', contactA, 'matching', 'allowed'],
    ['own contact, closed cycle', contactA, 'closed', 'conflict'],
    ["another organisation's contact", contactB, 'open', 'not_found'],
    ["another organisation's contact, closed cycle", contactB, 'closed', 'not_found'],
    ['the participant themself', participantA, 'open', 'forbidden'],
  ];
  for (const [name, who, status, expected] of table) {
    it(name, () => {
      expect(outcome(mayChangeParticipant(who, ofAlpha(status)))).toBe(expected);
      expect(outcome(mayRemoveParticipant(who, ofAlpha(status)))).toBe(expected);
      const offered = expected === 'allowed';
      expect(participantAbilities(who, ofAlpha(status))).toEqual({
        edit: offered,
        remove: offered,
        invite: false,
      });
    });
  }

  it('say why, as the error the caller gets', () => {
    expect(mayChangeParticipant(coordinator, ofAlpha('closed'))).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'The cycle is closed; its participants can no longer change.',
    });
    expect(maySeeParticipant(contactB, ofAlpha('open'))).toEqual({
      allowed: false,
      code: 'not_found',
      message: 'The participant was not found',
    });
  });

  // actor × whether the person has an account → may invite them (in any phase of the cycle)
  const invites: [string, Actor, boolean, string][] = [
    ['coordinator, no account yet', coordinator, false, 'allowed'],
    ['coordinator, an account already', coordinator, true, 'conflict'],
    ['own contact, no account yet', contactA, false, 'allowed'],
    ['own contact, an account already', contactA, true, 'conflict'],
    ["another organisation's contact", contactB, false, 'not_found'],
    ['the participant themself', participantA, false, 'forbidden'],
  ];
  for (const [name, who, hasAccount, expected] of invites) {
    it(`invite: ${name}`, () => {
      for (const status of ['open', 'closed'] as const) {
        expect(outcome(mayInviteParticipant(who, ofAlpha(status, hasAccount)))).toBe(expected);
        expect(participantAbilities(who, ofAlpha(status, hasAccount)).invite).toBe(expected === 'allowed');
      }
    });
  }

  it('say why inviting is refused', () => {
    expect(mayInviteParticipant(contactA, ofAlpha('open', true))).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'mia@alpha.example has an account already.',
    });
  });

  it('let staff nominate for their own organisation, into a cycle that is not closed', () => {
    expect(outcome(mayNominateFor(coordinator, 'org-b'))).toBe('allowed');
    expect(outcome(mayNominateFor(contactA, 'org-a'))).toBe('allowed');
    expect(mayNominateFor(contactA, 'org-b')).toMatchObject({
      code: 'not_found',
      message: 'The organisation was not found',
    });
    for (const status of ['draft', 'open', 'matching', 'running'] as const) {
      expect(outcome(mayAddParticipantsTo(contactA, { status }))).toBe('allowed');
    }
    expect(mayAddParticipantsTo(coordinator, { status: 'closed' })).toMatchObject({
      code: 'conflict',
      message: 'The cycle is closed; it takes no new participants.',
    });
    expect(outcome(mayAddParticipantsTo(participantA, { status: 'open' }))).toBe('forbidden');
  });
});
