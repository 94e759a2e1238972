import { MAX_MILESTONES_PER_GOAL } from '../../../shared/contract/agreements.ts';
import { errorsAgreementsMessages } from '../../../shared/i18n/errors-agreements.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, refused, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsAgreementsMessages);

// What a tandem's member may do with its agreement and goals. Only the tandem's two members ever
// reach these (everyone else gets 404 before these rules); either member may do all of it, until
// the tandem ends.

export interface AgreementMember {
  /** The tandem's rule for its space: refused once the tandem has ended. */
  mayChangeTandem: Verdict;
}

export interface AgreementFacts {
  /** Saved at least once; before that the tandem sees a draft from the cycle's defaults. */
  saved: boolean;
  /** The member's signature is on the newest version. */
  signedByMember: boolean;
}

/** Saving a change to a signed version makes a new version that both sign again. */
export function maySaveAgreement(member: AgreementMember): Verdict {
  return member.mayChangeTandem;
}

/** Signing again what one signed already changes nothing and is no error. */
export function maySignAgreement(member: AgreementMember, agreement: Pick<AgreementFacts, 'saved'>): Verdict {
  if (!member.mayChangeTandem.allowed) return member.mayChangeTandem;
  if (!agreement.saved) return refused('conflict', say('saveBeforeSigning'));
  return allowed;
}

/** What the member may do with the agreement: signing is offered while their signature is missing. */
export function agreementAbilities(member: AgreementMember, agreement: AgreementFacts) {
  return {
    save: maySaveAgreement(member).allowed,
    sign: !agreement.signedByMember && maySignAgreement(member, agreement).allowed,
  };
}

export interface GoalFacts {
  /** Taken out of the agreement: kept for the history, no longer a live goal. */
  removed: boolean;
  milestones: number;
}

/** A goal's progress and milestones change while it is one of the agreement's live goals. */
export function mayChangeGoal(member: AgreementMember, goal: Pick<GoalFacts, 'removed'>): Verdict {
  if (!member.mayChangeTandem.allowed) return member.mayChangeTandem;
  if (goal.removed) {
    return refused('conflict', say('goalRemoved'));
  }
  return allowed;
}

export function mayAddMilestone(member: AgreementMember, goal: GoalFacts): Verdict {
  const changes = mayChangeGoal(member, goal);
  if (!changes.allowed) return changes;
  if (goal.milestones >= MAX_MILESTONES_PER_GOAL) {
    return refused('conflict', say('milestonesFull', { max: MAX_MILESTONES_PER_GOAL }));
  }
  return allowed;
}

/** What the member may do with a goal: its progress, new milestones, and ticking or removing them. */
export function goalAbilities(member: AgreementMember, goal: GoalFacts) {
  const changes = mayChangeGoal(member, goal).allowed;
  return {
    updateProgress: changes,
    addMilestone: mayAddMilestone(member, goal).allowed,
    changeMilestones: changes,
  };
}
