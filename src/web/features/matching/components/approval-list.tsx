import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { approvalDecisionSchema, type approvalViewSchema } from '../../../../shared/contract/matching.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { decideApproval } from '../api/matching.ts';
import { approvalLabels } from './draft-labels.ts';

type ApprovalView = z.infer<typeof approvalViewSchema>;
type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;
type Item = ApprovalView['proposals'][number];

/**
 * What an organisation contact approves: the proposed mentor for each of their own mentees, with the
 * reasons, and nothing else (no scores, no other proposals).
 */
export function ApprovalList({
  view,
  onChange,
}: {
  view: ApprovalView;
  onChange: (v: ApprovalView) => void;
}) {
  if (view.status === 'editing' || view.proposals.length === 0) {
    return (
      <Empty>
        <p>
          {view.status === 'editing'
            ? 'No proposals to approve yet. The coordinator sends them once the matching is reviewed.'
            : 'There are no proposals for your mentees in this cycle.'}
        </p>
      </Empty>
    );
  }
  const open = view.proposals.filter((p) => p.approval !== 'approved').length;
  return (
    <>
      <p role="status">
        {view.status === 'published'
          ? 'The tandems are published.'
          : open
            ? `${open} of ${view.proposals.length} proposals wait for your decision or a change.`
            : 'You approved every proposal. Thank you!'}
      </p>
      <div className="cards">
        {view.proposals.map((p) => (
          <ApprovalCard
            key={p.menteeId}
            cycleId={view.cycleId}
            item={p}
            canDecide={p.can.decide}
            onChange={onChange}
          />
        ))}
      </div>
    </>
  );
}

function ApprovalCard({
  cycleId,
  item,
  canDecide,
  onChange,
}: {
  cycleId: string;
  item: Item;
  canDecide: boolean;
  onChange: (v: ApprovalView) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const errors = useFormErrors(['comment']);
  const headingId = `approval-${item.menteeId}`;
  const { run, busy } = useAction(
    async (decision: ApprovalDecision) => {
      errors.clear();
      onChange(await decideApproval(cycleId, item.menteeId, decision));
      setAsking(false);
      setComment('');
    },
    { onError: errors.showRequestError },
  );

  const decide = (decision: 'approve' | 'request_change', event?: FormEvent) => {
    event?.preventDefault();
    const checked = validate(approvalDecisionSchema, {
      decision,
      comment: decision === 'approve' ? '' : comment,
    });
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void run(checked.data);
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{item.menteeName}</h2>
      <p className="card__lead">
        Proposed mentor: <strong>{item.mentorName}</strong>, {item.mentorJobTitle || 'no job title given'} at{' '}
        {item.mentorOrganisationName}
      </p>
      {item.reasons.length ? (
        <>
          <h3>Why this match</h3>
          <ul>
            {item.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <span className={`badge badge--approval-${item.approval}`}>{approvalLabels[item.approval]}</span>
        {item.approvalComment ? <span> Your comment: “{item.approvalComment}”</span> : null}
      </p>
      {canDecide ? (
        asking ? (
          <form className="form" onSubmit={(e) => decide('request_change', e)} noValidate>
            <FormError message={errors.formError} />
            <TextAreaField
              name="comment"
              label="What should change?"
              hint="The coordinator reads this and proposes another mentor or explains the choice."
              value={comment}
              onChange={setComment}
              maxLength={1000}
              error={errors.fieldErrors.comment}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={busy}>
                Send change request<span className="visually-hidden"> for {item.menteeName}</span>
              </button>
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            {item.approval !== 'approved' ? (
              <button type="button" className="button" disabled={busy} onClick={() => decide('approve')}>
                Approve
                <span className="visually-hidden">
                  {' '}
                  {item.mentorName} for {item.menteeName}
                </span>
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setAsking(true)}
            >
              Request change<span className="visually-hidden"> for {item.menteeName}</span>
            </button>
            {errors.formError && !asking ? (
              <p role="alert" className="field__error">
                {errors.formError}
              </p>
            ) : null}
          </div>
        )
      ) : null}
    </section>
  );
}
