import { useId } from 'react';
import type { Proposal } from '../../../../shared/contract/matching.ts';
import { approvalLabels, formatScore, sourceLabels } from './draft-labels.ts';
import type { RunDraftAction } from './use-draft-action.ts';

type ProposalRowProps = {
  proposal: Proposal;
  /** Approval states mean something only once the draft is with the organisations. */
  showApproval: boolean;
  pinned: boolean;
  disabled: boolean;
  run: RunDraftAction;
  onChoose: () => void;
};

/** One proposed tandem on the board: the pair, why, its score, and what can be done with it. */
export function ProposalRow({
  proposal: p,
  showApproval,
  pinned,
  disabled,
  run,
  onChoose,
}: ProposalRowProps) {
  const headingId = useId();
  const pair = `${p.menteeName} and ${p.mentorName}`;
  const pin = () =>
    void run(
      { type: pinned ? 'unpin' : 'pin', menteeId: p.menteeId, mentorId: p.mentorId },
      pinned
        ? `Unpinned ${p.menteeName} and ${p.mentorName}.`
        : `Pinned ${p.menteeName} to ${p.mentorName}; re-runs keep this pair.`,
    );
  const forbid = () =>
    void run(
      { type: 'forbid', menteeId: p.menteeId, mentorId: p.mentorId },
      `${p.menteeName} and ${p.mentorName} will not be paired again.`,
    );
  const unassign = () =>
    void run({ type: 'unassign', menteeId: p.menteeId }, `${p.menteeName} is unmatched now.`);

  return (
    <article className="proposal" aria-labelledby={headingId}>
      <div className="proposal__pair">
        <h4 id={headingId} className="proposal__names">
          {p.menteeName} <span aria-hidden="true">→</span>
          <span className="visually-hidden"> with mentor </span> {p.mentorName}
        </h4>
        <p className="proposal__orgs muted">
          {p.menteeOrganisationName} → {p.mentorOrganisationName}
        </p>
        <p className="proposal__reasons">
          {p.reasons.slice(0, 3).join(' · ') || 'No particular reason given.'}
        </p>
        <p className="proposal__badges">
          {pinned ? <span className="badge badge--pinned">Pinned</span> : null}
          {p.source === 'hand' ? <span className="badge">{sourceLabels.hand}</span> : null}
          {p.ruleBreaks.length ? (
            <span className="badge badge--warning">Breaks: {p.ruleBreaks.join('; ')}</span>
          ) : null}
          {showApproval ? (
            <span className={`badge badge--approval-${p.approval}`}>{approvalLabels[p.approval]}</span>
          ) : null}
          {p.approvalComment ? <span className="proposal__comment">“{p.approvalComment}”</span> : null}
        </p>
      </div>
      <p className="proposal__score">
        <span className="visually-hidden">Score </span>
        {formatScore(p.score)}
      </p>
      <div className="proposal__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={pin}
        >
          {pinned ? 'Unpin' : 'Pin'}
          <span className="visually-hidden"> {pair}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={onChoose}
        >
          Change mentor<span className="visually-hidden"> for {p.menteeName}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={unassign}
        >
          Unassign<span className="visually-hidden"> {pair}</span>
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          disabled={disabled}
          onClick={forbid}
        >
          Forbid<span className="visually-hidden"> {pair}</span>
        </button>
      </div>
    </article>
  );
}
