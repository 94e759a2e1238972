import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { type draftStatuses, type MatchRun, matchingEndpoints } from '../../../shared/contract/matching.ts';
import { tandemEndpoints } from '../../../shared/contract/tandems.ts';
import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Actor } from '../../http/actor.ts';
import { JoinedWording, messagesOf, type Wording } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';
import { ruleBreakWording } from './rule-breaks.ts';

const say = messagesOf(errorsMatchingMessages);

// What each phase of matching allows. The coordinator sets a cycle's rules until it is closed,
// runs the engine until the draft is published, and edits the draft (board actions, adopting a
// run) until then too. The draft goes to the organisations once, from editing; it is published
// from approval, once something is approved. Organisation contacts see the proposals for their own
// mentees once the draft has been sent, and decide them while it is with the organisations.
//
// Whether the caller sees the cycle at all is the cycles feature's rule (`getVisibleCycle`); a draft
// changed since the caller loaded it (its version) is a stale request, not a rule, and stays in the
// services.

export type DraftStatus = (typeof draftStatuses)[number];

/** The draft as the rules see it; a cycle never matched has none yet and reads as editing. */
export interface DraftFacts {
  status: DraftStatus;
}

// Rules ----------------------------------------------------------------------------------------

export function mayChangeRules(actor: Actor, cycle: { status: CycleStatus }): Verdict {
  const door = mayCall(actor, matchingEndpoints.saveRules);
  if (!door.allowed) return door;
  if (cycle.status === 'closed') return refused('conflict', say('closedCycleRules'));
  return allowed;
}

export function rulesAbilities(actor: Actor, cycle: { status: CycleStatus }) {
  return { edit: mayChangeRules(actor, cycle).allowed };
}

// Runs -----------------------------------------------------------------------------------------

export function mayStartRun(actor: Actor, cycle: { status: CycleStatus }, draft: DraftFacts): Verdict {
  const door = mayCall(actor, matchingEndpoints.startRun);
  if (!door.allowed) return door;
  if (cycle.status === 'closed') return refused('conflict', say('closedNotMatched'));
  if (draft.status === 'published') {
    return refused('conflict', say('publishedNoRuns'));
  }
  return allowed;
}

/** Only a run that finished successfully has pairs to become the draft. */
export function mayAdoptRun(actor: Actor, run: Pick<MatchRun, 'status' | 'number'>): Verdict {
  const door = mayCall(actor, matchingEndpoints.adoptRun);
  if (!door.allowed) return door;
  if (run.status !== 'done') {
    return refused('conflict', say('runNotDone', { number: run.number }));
  }
  return allowed;
}

/** A run's pairs replace the draft until it is published (by hand also while it is in approval). */
export function mayReplaceDraft(draft: DraftFacts): Verdict {
  if (draft.status === 'published') {
    return refused('conflict', say('publishedReplace'));
  }
  return allowed;
}

// The draft ------------------------------------------------------------------------------------

/** Board actions (pin, forbid, assign, swap…) change the draft until it is published. */
export function mayEditDraft(actor: Actor, draft: DraftFacts): Verdict {
  const door = mayCall(actor, matchingEndpoints.applyDraftAction);
  if (!door.allowed) return door;
  if (draft.status === 'published') return refused('conflict', say('publishedFixed'));
  return allowed;
}

/** The draft goes to the organisations once, while it is being edited, with proposals to approve. */
export function maySendDraftForApproval(actor: Actor, draft: DraftFacts & { proposals: number }): Verdict {
  const door = mayCall(actor, matchingEndpoints.sendForApproval);
  if (!door.allowed) return door;
  if (draft.status === 'published') return refused('conflict', say('publishedFixed'));
  if (draft.status !== 'editing') {
    return refused('conflict', say('inApprovalAlready'));
  }
  if (draft.proposals === 0) {
    return refused('conflict', say('noProposals'));
  }
  return allowed;
}

/**
 * Approved proposals become tandems while the draft is with the organisations. The tandems feature
 * publishes; who may call it is its endpoint's door.
 */
export function mayPublishDraft(draft: DraftFacts & { approved: number }): Verdict {
  if (draft.status === 'published') return refused('conflict', say('publishedAlready'));
  if (draft.status !== 'in_approval') {
    return refused('conflict', say('sendForApprovalFirst'));
  }
  if (draft.approved === 0) return refused('conflict', say('nothingApproved'));
  return allowed;
}

/** What the coordinator may do with the draft and the cycle's runs now. */
export function draftAbilities(
  actor: Actor,
  cycle: { status: CycleStatus },
  draft: DraftFacts & { proposals: number; approved: number },
) {
  return {
    edit: mayEditDraft(actor, draft).allowed,
    sendForApproval: maySendDraftForApproval(actor, draft).allowed,
    publish: mayCall(actor, tandemEndpoints.publishDraft).allowed && mayPublishDraft(draft).allowed,
    startRun: mayStartRun(actor, cycle, draft).allowed,
    adoptRun: mayCall(actor, matchingEndpoints.adoptRun).allowed && mayReplaceDraft(draft).allowed,
  };
}

// Approval -------------------------------------------------------------------------------------

/** Contacts see the proposals once the coordinator has sent the draft; while it is edited there are none to see. */
export function maySeeProposals(actor: Actor, draft: DraftFacts): Verdict {
  const door = mayCall(actor, matchingEndpoints.getApproval);
  if (!door.allowed) return door;
  if (draft.status === 'editing') return refusedNotFound('proposals');
  return allowed;
}

/**
 * A contact decides the proposals for their own organisation's mentees, while the draft is with
 * the organisations. Another organisation's proposal, or none, does not exist for them.
 */
export function mayDecideProposal(
  actor: Actor,
  proposal: { menteeOrganisationId: string } | undefined,
  draft: DraftFacts | null,
): Verdict {
  const door = mayCall(actor, matchingEndpoints.decideApproval);
  if (!door.allowed) return door;
  if (!proposal || !draft || !seesOrganisation(actor, proposal.menteeOrganisationId)) {
    return refusedNotFound('proposal');
  }
  if (draft.status !== 'in_approval') {
    return refused('conflict', say('approvalClosed'));
  }
  return allowed;
}

/** What the contact may do with a proposal for one of their mentees now. */
export function proposalAbilities(
  actor: Actor,
  proposal: { menteeOrganisationId: string },
  draft: DraftFacts,
) {
  return { decide: mayDecideProposal(actor, proposal, draft).allowed };
}

// Hard rules -----------------------------------------------------------------------------------

// Mentor and mentee from different organisations is what cross-mentoring is, and excluded
// organisations (competitors, group companies) never meeting is the consortium's promise to its
// members: no acceptance on the board passes these two, on any path. Nor does pairing two people who
// were a tandem before while the cycle's rule `neverPairAgain` is on (decision 0023): turning the
// rule off is the way to pair them. Other rule breaks (language, gender preference, a forbidden pair,
// capacity) the coordinator may accept explicitly.

export const SAME_ORGANISATION = 'same organisation';
export const EXCLUDED_ORGANISATIONS = 'their organisations are excluded from each other';
export const FORMER_TANDEM = 'they were a tandem before';

const hardRules = new Set([SAME_ORGANISATION, EXCLUDED_ORGANISATIONS, FORMER_TANDEM]);

/** Whether a rule break (as `ruleChecker` writes it) is one no acceptance passes. */
export const isHardRuleBreak = (ruleBreak: string) => hardRules.has(ruleBreak);

/**
 * The hard rules a pair breaks, from the organisations on each side and whether the two people were
 * a tandem before while the rule keeps such pairs apart (empty when none).
 */
export function hardRuleBreaks(
  pair: { menteeOrganisationId: string; mentorOrganisationId: string; formerTandem?: boolean },
  excluded: (organisationA: string, organisationB: string) => boolean,
): string[] {
  const breaks: string[] = [];
  if (pair.menteeOrganisationId === pair.mentorOrganisationId) breaks.push(SAME_ORGANISATION);
  else if (excluded(pair.menteeOrganisationId, pair.mentorOrganisationId))
    breaks.push(EXCLUDED_ORGANISATIONS);
  if (pair.formerTandem) breaks.push(FORMER_TANDEM);
  return breaks;
}

/**
 * A pair that breaks a hard rule is refused (422) whatever was accepted; `what` names the pair
 * (`say('pairName', …)`, or the names as they are).
 */
export function mayPairDespiteRules(pairs: { what: Wording | string; hardRuleBreaks: string[] }[]): Verdict {
  const broken = pairs.filter((p) => p.hardRuleBreaks.length > 0);
  if (broken.length === 0) return allowed;
  const pairBreaks = broken.map((p) =>
    say('pairBreaks', {
      pair: p.what,
      breaks: new JoinedWording(p.hardRuleBreaks.map(ruleBreakWording), ', '),
    }),
  );
  return refused(
    'hard_rule_broken',
    say('hardRuleBroken', { pairs: new JoinedWording(pairBreaks, '; ') }),
    broken.flatMap((p) =>
      p.hardRuleBreaks.map((message) => ({ path: p.what, message: ruleBreakWording(message) })),
    ),
  );
}

/**
 * Re-matching one mentee belongs to the tandem year: the cycle runs, and the mentee's proposal is not
 * on the draft (that one is changed on the review board, where the organisation approves it).
 */
export function mayRematchInCycle(
  cycle: { status: CycleStatus },
  mentee: { name: string; proposalOnDraft: boolean },
): Verdict {
  if (cycle.status === 'closed') return refused('conflict', say('closedNoTandems'));
  if (cycle.status !== 'running') {
    return refused('conflict', say('rematchInTandemYear'));
  }
  if (mentee.proposalOnDraft) {
    return refused('conflict', say('proposalOnDraft', { name: mentee.name }));
  }
  return allowed;
}

/** Reminders about approval go out while the draft is with the organisations, and only then. */
export function mayRemindApprovers(actor: Actor, draft: DraftFacts): Verdict {
  const door = mayCall(actor, matchingEndpoints.remindApprovers);
  if (!door.allowed) return door;
  if (draft.status === 'editing') {
    return refused('conflict', say('notWithOrganisations'));
  }
  if (draft.status === 'published') {
    return refused('conflict', say('publishedNothingWaits'));
  }
  return allowed;
}
