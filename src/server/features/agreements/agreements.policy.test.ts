import { describe, expect, it } from 'vitest';
import { outcome } from '../../../../test/policy-fixtures.ts';
import { MAX_MILESTONES_PER_GOAL } from '../../../shared/contract/agreements.ts';
import { allowed } from '../../policy.ts';
import { mayChangeTandemSpace } from '../tandems/tandems.policy.ts';
import {
  type AgreementFacts,
  type AgreementMember,
  agreementAbilities,
  type GoalFacts,
  goalAbilities,
  mayAddMilestone,
  mayChangeGoal,
  maySaveAgreement,
  maySignAgreement,
} from './agreements.policy.ts';

const member: AgreementMember = { mayChangeTandem: allowed };
// The refusal of an ended tandem ("This tandem has ended; it can no longer be changed."), as its rule gives it.
const ended: AgreementMember = { mayChangeTandem: mayChangeTandemSpace({ dissolved: true }) };

describe('agreement rules', () => {
  // member × agreement → may save, may sign (outcome code), and what is offered
  const table: [string, AgreementMember, AgreementFacts, string, string, { save: boolean; sign: boolean }][] =
    [
      [
        'never saved',
        member,
        { saved: false, signedByMember: false },
        'allowed',
        'conflict',
        { save: true, sign: false },
      ],
      [
        'saved, my signature missing',
        member,
        { saved: true, signedByMember: false },
        'allowed',
        'allowed',
        { save: true, sign: true },
      ],
      [
        'saved and signed by me: again is no error',
        member,
        { saved: true, signedByMember: true },
        'allowed',
        'allowed',
        { save: true, sign: false },
      ],
      [
        'the tandem has ended, never saved',
        ended,
        { saved: false, signedByMember: false },
        'conflict',
        'conflict',
        { save: false, sign: false },
      ],
      [
        'the tandem has ended, my signature missing',
        ended,
        { saved: true, signedByMember: false },
        'conflict',
        'conflict',
        { save: false, sign: false },
      ],
    ];
  for (const [name, who, agreement, save, sign, offered] of table) {
    it(name, () => {
      expect(outcome(maySaveAgreement(who))).toBe(save);
      expect(outcome(maySignAgreement(who, agreement))).toBe(sign);
      expect(agreementAbilities(who, agreement)).toEqual(offered);
    });
  }

  it('say why they refuse', () => {
    expect(maySignAgreement(member, { saved: false })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'Save the agreement before signing it.',
    });
    // An ended tandem is the first thing said, before anything about the agreement.
    expect(maySignAgreement(ended, { saved: false })).toMatchObject({
      message: 'This tandem has ended; it can no longer be changed.',
    });
  });
});

describe('goal rules', () => {
  const full = MAX_MILESTONES_PER_GOAL;
  // member × goal → may change it (progress, milestones), may add a milestone, and what is offered
  const table: [string, AgreementMember, GoalFacts, string, string, ReturnType<typeof goalAbilities>][] = [
    [
      'a live goal',
      member,
      { removed: false, milestones: 0 },
      'allowed',
      'allowed',
      { updateProgress: true, addMilestone: true, changeMilestones: true },
    ],
    [
      'one milestone short of the most',
      member,
      { removed: false, milestones: full - 1 },
      'allowed',
      'allowed',
      { updateProgress: true, addMilestone: true, changeMilestones: true },
    ],
    [
      'the most milestones',
      member,
      { removed: false, milestones: full },
      'allowed',
      'conflict',
      { updateProgress: true, addMilestone: false, changeMilestones: true },
    ],
    [
      'taken out of the agreement',
      member,
      { removed: true, milestones: 0 },
      'conflict',
      'conflict',
      { updateProgress: false, addMilestone: false, changeMilestones: false },
    ],
    [
      'the tandem has ended',
      ended,
      { removed: false, milestones: 0 },
      'conflict',
      'conflict',
      { updateProgress: false, addMilestone: false, changeMilestones: false },
    ],
  ];
  for (const [name, who, goal, change, add, offered] of table) {
    it(name, () => {
      expect(outcome(mayChangeGoal(who, goal))).toBe(change);
      expect(outcome(mayAddMilestone(who, goal))).toBe(add);
      expect(goalAbilities(who, goal)).toEqual(offered);
    });
  }

  it('say why they refuse', () => {
    expect(mayChangeGoal(member, { removed: true })).toMatchObject({
      message: 'This goal was taken out of the agreement; it can no longer change.',
    });
    expect(mayAddMilestone(member, { removed: false, milestones: full })).toMatchObject({
      message: `A goal has at most ${full} milestones; remove one first.`,
    });
    expect(mayAddMilestone(ended, { removed: true, milestones: full })).toMatchObject({
      message: 'This tandem has ended; it can no longer be changed.',
    });
  });
});
