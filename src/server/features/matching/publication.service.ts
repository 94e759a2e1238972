import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Trx } from '../../db/database.ts';
import { staleVersion } from '../../errors.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { deleteProposals, findDraft, listProposals, updateDraft } from './draft.repository.ts';
import { refuseHardRuleBreaks } from './draft.service.ts';
import { mayPublishDraft } from './matching.policy.ts';

const say = messagesOf(errorsMatchingMessages);

// The draft's side of publication. The tandems feature publishes: it checks the actor's access to
// the cycle, asks for the approved proposals, makes them tandems and hands them back here.

export interface ApprovedProposal {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  score: number;
  reasons: string[];
}

export interface DraftPublication {
  cycleId: string;
  approved: ApprovedProposal[];
  /** Proposals that stay on the draft, not approved yet. */
  remaining: number;
}

/**
 * The approved proposals of the cycle's draft at `version`. Locks the draft until the transaction
 * ends; refuses (409) a draft that changed, is published, is not with the organisations, or has
 * nothing approved.
 */
export async function approvedProposalsToPublish(
  trx: Trx,
  cycleId: string,
  version: number,
): Promise<DraftPublication> {
  const draft = await findDraft(trx, cycleId, true);
  if (!draft || draft.version !== version) {
    throw staleVersion(say('draftChangedReload'), draft?.version);
  }
  const proposals = await listProposals(trx, cycleId);
  const approved = proposals.filter((p) => p.approval === 'approved');
  enforce(mayPublishDraft({ status: draft.status, approved: approved.length }));
  // Defence in depth: a pair of the same or excluded organisations never becomes a tandem, even if
  // it reached the draft (a competitor link added after the run).
  await refuseHardRuleBreaks(trx, cycleId, approved);
  return {
    cycleId,
    approved: approved.map((p) => ({
      menteeId: p.mentee_id,
      menteeName: p.mentee_name,
      mentorId: p.mentor_id,
      score: Number(p.score),
      reasons: p.reasons,
    })),
    remaining: proposals.length - approved.length,
  };
}

/** Takes the published proposals off the draft; the draft is published once none is left. */
export async function takePublishedProposalsOffDraft(trx: Trx, publication: DraftPublication, now: Date) {
  const { cycleId, approved, remaining } = publication;
  await deleteProposals(
    trx,
    cycleId,
    approved.map((p) => p.menteeId),
  );
  await updateDraft(trx, cycleId, remaining === 0 ? { status: 'published', publishedAt: now } : {});
}
