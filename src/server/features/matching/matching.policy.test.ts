import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Actor } from '../../http/actor.ts';
import {
  type DraftStatus,
  draftAbilities,
  hardRuleBreaks,
  isHardRuleBreak,
  mayAdoptRun,
  mayChangeRules,
  mayDecideProposal,
  mayEditDraft,
  mayPairDespiteRules,
  mayPublishDraft,
  mayRemindApprovers,
  mayReplaceDraft,
  maySeeProposals,
  maySendDraftForApproval,
  mayStartRun,
  proposalAbilities,
  rulesAbilities,
} from './matching.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');

describe('matching rules', () => {
  // the cycle's phase → the coordinator may change the rules, start a run (draft editing)
  const phases: [CycleStatus, string, string][] = [
    ['draft', 'allowed', 'allowed'],
    ['open', 'allowed', 'allowed'],
    ['matching', 'allowed', 'allowed'],
    ['running', 'allowed', 'allowed'],
    ['closed', 'conflict', 'conflict'],
  ];
  for (const [status, rules, run] of phases) {
    it(`a ${status} cycle: rules ${rules}, a run ${run}`, () => {
      expect(outcome(mayChangeRules(coordinator, { status }))).toBe(rules);
      expect(rulesAbilities(coordinator, { status })).toEqual({ edit: rules === 'allowed' });
      expect(outcome(mayStartRun(coordinator, { status }, { status: 'editing' }))).toBe(run);
    });
  }

  it('leave the rules and runs to the coordinator', () => {
    expect(outcome(mayChangeRules(contactA, { status: 'open' }))).toBe('forbidden');
    expect(outcome(mayStartRun(contactA, { status: 'open' }, { status: 'editing' }))).toBe('forbidden');
    expect(mayChangeRules(coordinator, { status: 'closed' })).toMatchObject({
      message: 'The rules of a closed cycle can no longer change.',
    });
  });

  // the draft's state → what the coordinator may do with it (a matching cycle)
  type Abilities = ReturnType<typeof draftAbilities>;
  const drafts: [string, DraftStatus, number, number, Abilities][] = [
    [
      'editing, empty',
      'editing',
      0,
      0,
      { edit: true, sendForApproval: false, publish: false, startRun: true, adoptRun: true },
    ],
    [
      'editing, with proposals',
      'editing',
      3,
      0,
      { edit: true, sendForApproval: true, publish: false, startRun: true, adoptRun: true },
    ],
    [
      'in approval, nothing approved',
      'in_approval',
      3,
      0,
      { edit: true, sendForApproval: false, publish: false, startRun: true, adoptRun: true },
    ],
    [
      'in approval, one approved',
      'in_approval',
      3,
      1,
      { edit: true, sendForApproval: false, publish: true, startRun: true, adoptRun: true },
    ],
    [
      'published',
      'published',
      0,
      0,
      { edit: false, sendForApproval: false, publish: false, startRun: false, adoptRun: false },
    ],
  ];
  for (const [name, status, proposals, approved, expected] of drafts) {
    it(`the draft ${name}`, () => {
      expect(draftAbilities(coordinator, { status: 'matching' }, { status, proposals, approved })).toEqual(
        expected,
      );
    });
  }

  it('offer a contact nothing on the board', () => {
    expect(
      draftAbilities(contactA, { status: 'matching' }, { status: 'editing', proposals: 3, approved: 0 }),
    ).toEqual({ edit: false, sendForApproval: false, publish: false, startRun: false, adoptRun: false });
  });

  it('say why the draft refuses, as the error the coordinator gets', () => {
    expect(mayEditDraft(coordinator, { status: 'published' })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'The draft is published and can no longer change.',
    });
    expect(maySendDraftForApproval(coordinator, { status: 'in_approval', proposals: 2 })).toMatchObject({
      message: 'The draft is with the organisations for approval already.',
    });
    expect(maySendDraftForApproval(coordinator, { status: 'editing', proposals: 0 })).toMatchObject({
      message: 'The draft has no proposals to approve; run the matching first.',
    });
    expect(maySendDraftForApproval(coordinator, { status: 'published', proposals: 0 })).toMatchObject({
      message: 'The draft is published and can no longer change.',
    });
    expect(mayPublishDraft({ status: 'editing', approved: 0 })).toMatchObject({
      message: 'Send the draft to the organisations for approval first.',
    });
    expect(mayPublishDraft({ status: 'published', approved: 0 })).toMatchObject({
      message: 'This draft is published already.',
    });
    expect(mayPublishDraft({ status: 'in_approval', approved: 0 })).toMatchObject({
      message: 'No proposal is approved yet; nothing to publish.',
    });
    expect(mayStartRun(coordinator, { status: 'running' }, { status: 'published' })).toMatchObject({
      message: 'This cycle is published; dissolve tandems and re-match mentees one by one instead.',
    });
    expect(mayReplaceDraft({ status: 'published' })).toMatchObject({
      message: 'The draft is published; dissolve and re-match tandems instead.',
    });
    expect(outcome(mayReplaceDraft({ status: 'in_approval' }))).toBe('allowed');
  });

  it('adopt only a run that finished', () => {
    expect(outcome(mayAdoptRun(coordinator, { status: 'done', number: 2 }))).toBe('allowed');
    expect(mayAdoptRun(coordinator, { status: 'failed', number: 2 })).toMatchObject({
      code: 'conflict',
      message: 'Run 2 has not finished successfully; it cannot become the draft.',
    });
    expect(outcome(mayAdoptRun(coordinator, { status: 'running', number: 3 }))).toBe('conflict');
  });

  // contact × proposal × draft → may decide, and whether deciding is offered
  const ofA = { menteeOrganisationId: 'org-a' };
  const approvals: [string, Actor, typeof ofA | undefined, DraftStatus | null, string][] = [
    ['own mentee, in approval', contactA, ofA, 'in_approval', 'allowed'],
    ['own mentee, editing', contactA, ofA, 'editing', 'conflict'],
    ['own mentee, published', contactA, ofA, 'published', 'conflict'],
    ["another organisation's mentee", contactB, ofA, 'in_approval', 'not_found'],
    ['no such proposal', contactA, undefined, 'in_approval', 'not_found'],
    ['no draft', contactA, ofA, null, 'not_found'],
    ['the coordinator', coordinator, ofA, 'in_approval', 'forbidden'],
  ];
  for (const [name, who, proposal, status, expected] of approvals) {
    it(`deciding a proposal: ${name}`, () => {
      const draft = status === null ? null : { status };
      expect(outcome(mayDecideProposal(who, proposal, draft))).toBe(expected);
      if (proposal && draft) {
        expect(proposalAbilities(who, proposal, draft)).toEqual({ decide: expected === 'allowed' });
      }
    });
  }

  it('say why a decision is refused, and show contacts the proposals once sent', () => {
    expect(mayDecideProposal(contactA, ofA, { status: 'editing' })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'The proposals are not open for approval right now.',
    });
    expect(mayDecideProposal(contactB, ofA, { status: 'in_approval' })).toMatchObject({
      message: 'The proposal was not found',
    });
    expect(outcome(maySeeProposals(contactA, { status: 'editing' }))).toBe('not_found');
    expect(outcome(maySeeProposals(contactA, { status: 'in_approval' }))).toBe('allowed');
    expect(outcome(maySeeProposals(contactA, { status: 'published' }))).toBe('allowed');
  });
});

describe('reminding the approvers', () => {
  // actor × draft → whether reminders may go out
  const table: [string, Actor, DraftStatus, string][] = [
    ['coordinator, editing', coordinator, 'editing', 'conflict'],
    ['coordinator, in approval', coordinator, 'in_approval', 'allowed'],
    ['coordinator, published', coordinator, 'published', 'conflict'],
    ['contact, in approval', contactA, 'in_approval', 'forbidden'],
  ];
  it.each(table)('%s → %s', (_, who, status, expected) => {
    expect(outcome(mayRemindApprovers(who, { status }))).toBe(expected);
  });
});

describe('hard rules', () => {
  const competitors = (a: string, b: string) => [a, b].sort().join('/') === 'org-a/org-c';
  // mentee's organisation, mentor's organisation, a tandem before (with the rule on) → the hard rules
  // the pair breaks
  const pairs: [string, string, boolean, string[]][] = [
    ['org-a', 'org-b', false, []],
    ['org-a', 'org-a', false, ['same organisation']],
    ['org-a', 'org-c', false, ['their organisations are excluded from each other']],
    ['org-c', 'org-a', false, ['their organisations are excluded from each other']],
    ['org-a', 'org-b', true, ['they were a tandem before']],
    ['org-a', 'org-a', true, ['same organisation', 'they were a tandem before']],
    [
      'org-a',
      'org-c',
      true,
      ['their organisations are excluded from each other', 'they were a tandem before'],
    ],
  ];
  for (const [mentee, mentor, formerTandem, breaks] of pairs) {
    const before = formerTandem ? ', a tandem before' : '';
    it(`a mentee of ${mentee} with a mentor of ${mentor}${before}: ${breaks.join(', ') || 'allowed'}`, () => {
      expect(
        hardRuleBreaks(
          { menteeOrganisationId: mentee, mentorOrganisationId: mentor, formerTandem },
          competitors,
        ),
      ).toEqual(breaks);
    });
  }

  it('are the breaks no acceptance passes; the others may be accepted', () => {
    expect(
      [
        'same organisation',
        'their organisations are excluded from each other',
        'they were a tandem before',
        'the pair is forbidden',
        'the mentor does not speak de',
        'the mentor has no free place',
      ].filter(isHardRuleBreak),
    ).toEqual([
      'same organisation',
      'their organisations are excluded from each other',
      'they were a tandem before',
    ]);
  });

  it('refuse a pair that breaks one with 422, naming the pair, whatever was accepted', () => {
    expect(outcome(mayPairDespiteRules([{ what: 'Mia with Bea', hardRuleBreaks: [] }]))).toBe('allowed');
    const verdict = mayPairDespiteRules([
      { what: 'Mia with Mona', hardRuleBreaks: ['same organisation'] },
      { what: 'Ben with Bea', hardRuleBreaks: [] },
    ]);
    expect(outcome(verdict)).toBe('hard_rule_broken');
    expect(verdict).toMatchObject({ message: expect.stringMatching(/^Mia with Mona: same organisation\./) });
  });
});
