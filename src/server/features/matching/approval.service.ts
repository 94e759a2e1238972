import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { proposalsToApproveMail } from './approval.mail.ts';
import {
  decideProposal,
  findDraft,
  findProposal,
  listProposals,
  type ProposalRow,
} from './draft.repository.ts';
import { proposalHardRuleBreaks, refuseHardRuleBreaks } from './draft.service.ts';
import {
  mayDecideProposal,
  mayRemindApprovers,
  maySeeProposals,
  proposalAbilities,
} from './matching.policy.ts';

const say = messagesOf(errorsMatchingMessages);

/**
 * An organisation contact's view of the proposals for their own mentees: the proposed mentor's
 * name, organisation, title and the reasons; never scores, alternatives or other organisations.
 */
export async function readApproval(trx: Trx, actor: Actor, cycleId: string) {
  await getVisibleCycle(trx, actor, cycleId);
  const organisationId = organisationScope(actor)!;
  const draft = { status: (await findDraft(trx, cycleId))?.status ?? 'editing' };
  const rows = maySeeProposals(actor, draft).allowed ? await listProposals(trx, cycleId, organisationId) : [];
  const hard = await proposalHardRuleBreaks(trx, cycleId, rows);
  return {
    cycleId,
    status: draft.status,
    proposals: rows.map((r) => ({
      menteeId: r.mentee_id,
      menteeName: r.mentee_name,
      mentorId: r.mentor_id,
      mentorName: r.mentor_name,
      mentorOrganisationName: r.mentor_organisation_name,
      mentorJobTitle: r.mentor_job_title,
      reasons: r.reasons,
      // The contact sees every rule the proposal breaks, a hard one the rules found since included.
      ruleBreaks: [...new Set([...(hard.get(r.mentee_id) ?? []), ...r.rule_breaks])],
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
  if (decision.decision === 'approve') await refuseHardRuleBreaks(trx, cycleId, [proposal!]);
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

/**
 * Approves at once the proposals the contact was shown, each as it was read (mentor and approval):
 * all or none. One that changed meanwhile (another mentor, a colleague's decision) answers 409, so
 * nobody approves what they did not see.
 */
export async function approveShownProposals(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  shown: { menteeId: string; mentorId: string; approval: ProposalRow['approval'] }[],
  now: Date,
) {
  await getVisibleCycle(trx, actor, cycleId);
  const draft = await findDraft(trx, cycleId, true);
  const rows = await listProposals(trx, cycleId);
  const byMentee = new Map(rows.map((r) => [r.mentee_id, r]));
  const proposals: ProposalRow[] = [];
  for (const s of shown) {
    const proposal = byMentee.get(s.menteeId);
    enforce(
      mayDecideProposal(actor, proposal && { menteeOrganisationId: proposal.mentee_organisation_id }, draft),
    );
    proposals.push(proposal!);
  }
  const changed = shown.filter((s, i) => {
    const p = proposals[i]!;
    return p.mentor_id !== s.mentorId || p.approval !== s.approval;
  });
  if (changed.length > 0) {
    throw new AppError('stale_version', say('proposalsChanged', { count: changed.length }), {
      currentVersion: undefined,
    });
  }
  await refuseHardRuleBreaks(trx, cycleId, proposals);
  for (const p of proposals) {
    if (p.approval === 'approved') continue;
    await decideProposal(trx, cycleId, p.mentee_id, {
      approval: 'approved',
      comment: null,
      by: actor.accountId,
      at: now,
    });
    await recordAudit(trx, auditContext(actor, null), {
      action: 'approval.approved',
      targetType: 'participant',
      targetId: p.mentee_id,
      details: { cycleId, comment: '', together: shown.length },
    });
  }
  return readApproval(trx, actor, cycleId);
}

/**
 * Mails the contacts of every organisation with proposals still undecided (neither approved nor sent
 * back), each in their own language with their organisation's count. Organisations that decided
 * everything hear nothing.
 */
export async function remindApprovers(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
  siteOrigin: string,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const draft = await findDraft(trx, cycleId);
  enforce(mayRemindApprovers(actor, { status: draft?.status ?? 'editing' }));
  const waiting = new Map<string, number>();
  for (const p of await listProposals(trx, cycleId)) {
    if (p.approval === 'pending') {
      waiting.set(p.mentee_organisation_id, (waiting.get(p.mentee_organisation_id) ?? 0) + 1);
    }
  }
  const contacts = waiting.size
    ? await trx
        .selectFrom('accounts')
        .select(['email', 'name', 'organisation_id'])
        .where('role', '=', 'organisation_contact')
        .where('disabled', '=', false)
        .where('organisation_id', 'in', [...waiting.keys()])
        .execute()
    : [];
  for (const contact of contacts) {
    await enqueueMail(trx, {
      to: contact.email,
      kind: 'approval.reminder',
      text: proposalsToApproveMail({
        name: contact.name,
        count: waiting.get(contact.organisation_id!) ?? 0,
        cycleName: cycle.name,
        link: `${siteOrigin}/approval/${cycleId}`,
      }),
    });
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'approval.reminded',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisations: waiting.size, contacts: contacts.length, at: now.toISOString() },
  });
  return { organisations: waiting.size, sent: contacts.length };
}
