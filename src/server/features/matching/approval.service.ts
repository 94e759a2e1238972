import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { decideProposal, findDraft, findProposal, listProposals } from './draft.repository.ts';
import { mayDecideProposal, maySeeProposals, proposalAbilities } from './matching.policy.ts';

/**
 * An organisation contact's view of the proposals for their own mentees: the proposed mentor's
 * name, organisation, title and the reasons; never scores, alternatives or other organisations.
 */
export async function readApproval(trx: Trx, actor: Actor, cycleId: string) {
  await getVisibleCycle(trx, actor, cycleId);
  const organisationId = organisationScope(actor)!;
  const draft = { status: (await findDraft(trx, cycleId))?.status ?? 'editing' };
  const rows = maySeeProposals(actor, draft).allowed ? await listProposals(trx, cycleId, organisationId) : [];
  return {
    cycleId,
    status: draft.status,
    proposals: rows.map((r) => ({
      menteeId: r.mentee_id,
      menteeName: r.mentee_name,
      mentorName: r.mentor_name,
      mentorOrganisationName: r.mentor_organisation_name,
      mentorJobTitle: r.mentor_job_title,
      reasons: r.reasons,
      approval: r.approval,
      approvalComment: r.approval_comment,
      can: proposalAbilities(actor, { menteeOrganisationId: r.mentee_organisation_id }, draft),
    })),
  };
}

export async function decideApproval(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  decision: { decision: 'approve' | 'request_change'; comment: string },
  now: Date,
) {
  await getVisibleCycle(trx, actor, cycleId);
  const draft = await findDraft(trx, cycleId, true);
  const proposal = await findProposal(trx, cycleId, menteeId);
  enforce(
    mayDecideProposal(actor, proposal && { menteeOrganisationId: proposal.mentee_organisation_id }, draft),
  );
  await decideProposal(trx, cycleId, menteeId, {
    approval: decision.decision === 'approve' ? 'approved' : 'change_requested',
    comment: decision.comment || null,
    by: actor.accountId,
    at: now,
  });
  await recordAudit(trx, auditContext(actor, null), {
    action: decision.decision === 'approve' ? 'approval.approved' : 'approval.change_requested',
    targetType: 'participant',
    targetId: menteeId,
    details: { cycleId, comment: decision.comment },
  });
  return readApproval(trx, actor, cycleId);
}
