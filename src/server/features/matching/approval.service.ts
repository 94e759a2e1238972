import type { Queryable, Trx } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { decideProposal, findDraft, listProposals } from './draft.repository.ts';

/**
 * An organisation contact's view of the proposals for their own mentees: the proposed mentor's
 * name, organisation, title and the reasons; never scores, alternatives or other organisations.
 */
export async function readApproval(trx: Trx, actor: Actor, cycleId: string) {
  await getVisibleCycle(trx, actor, cycleId);
  const organisationId = organisationScope(actor)!;
  const status = (await findDraft(trx, cycleId))?.status ?? 'editing';
  const rows = status === 'editing' ? [] : await listProposals(trx, cycleId, organisationId);
  return {
    cycleId,
    status,
    proposals: rows.map((r) => ({
      menteeId: r.mentee_id,
      menteeName: r.mentee_name,
      mentorName: r.mentor_name,
      mentorOrganisationName: r.mentor_organisation_name,
      mentorJobTitle: r.mentor_job_title,
      reasons: r.reasons,
      approval: r.approval,
      approvalComment: r.approval_comment,
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
  const organisationId = organisationScope(actor)!;
  const draft = await findDraft(trx, cycleId, true);
  const proposal = (await listProposals(trx, cycleId, organisationId)).find((p) => p.mentee_id === menteeId);
  if (!proposal || !draft) throw notFound('The proposal');
  if (draft.status !== 'in_approval') throw conflict('The proposals are not open for approval right now.');
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
