import { type ReactNode, useId } from 'react';
import type { Proposal } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMatchingWords } from './draft-labels.ts';
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

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** One proposed tandem on the board: the pair, why, its score, and what can be done with it. */
export function ProposalRow({
  proposal: p,
  showApproval,
  pinned,
  disabled,
  run,
  onChoose,
}: ProposalRowProps) {
  const t = useMessages(matchingMessages);
  const { approval, score } = useMatchingWords();
  const headingId = useId();
  const names = { mentee: p.menteeName, mentor: p.mentorName };
  const pair = t('pair', names);
  const pin = () =>
    void run(
      { type: pinned ? 'unpin' : 'pin', menteeId: p.menteeId, mentorId: p.mentorId },
      pinned ? t('unpinnedDone', names) : t('pinnedDone', names),
    );
  const forbid = () =>
    void run({ type: 'forbid', menteeId: p.menteeId, mentorId: p.mentorId }, t('forbiddenDone', names));
  const unassign = () =>
    void run({ type: 'unassign', menteeId: p.menteeId }, t('unassignedDone', { mentee: p.menteeName }));

  return (
    <article className="proposal" aria-labelledby={headingId}>
      <div className="proposal__pair">
        <h4 id={headingId} className="proposal__names">
          {t.rich('proposalNames', {
            ...names,
            arrow: (chunks) => <span aria-hidden="true">{chunks}</span>,
            hidden,
          })}
        </h4>
        <p className="proposal__orgs muted">
          {p.menteeOrganisationName} → {p.mentorOrganisationName}
        </p>
        <p className="proposal__reasons">{p.reasons.slice(0, 3).join(' · ') || t('noReason')}</p>
        <p className="proposal__badges">
          {pinned ? <span className="badge badge--pinned">{t('pinned')}</span> : null}
          {p.source === 'hand' ? <span className="badge">{t('sourceHand')}</span> : null}
          {p.ruleBreaks.length ? (
            <span className="badge badge--warning">{t('breaks', { rules: p.ruleBreaks.join('; ') })}</span>
          ) : null}
          {showApproval ? (
            <span className={`badge badge--approval-${p.approval}`}>{approval(p.approval)}</span>
          ) : null}
          {p.approvalComment ? (
            <span className="proposal__comment">{t('quoted', { comment: p.approvalComment })}</span>
          ) : null}
        </p>
      </div>
      <p className="proposal__score">{t.rich('proposalScore', { score: score(p.score), hidden })}</p>
      <div className="proposal__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={pin}
        >
          {t.rich(pinned ? 'unpin' : 'pin', { pair, hidden })}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={onChoose}
        >
          {t.rich('changeMentor', { mentee: p.menteeName, hidden })}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={unassign}
        >
          {t.rich('unassign', { pair, hidden })}
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          disabled={disabled}
          onClick={forbid}
        >
          {t.rich('forbid', { pair, hidden })}
        </button>
      </div>
    </article>
  );
}
