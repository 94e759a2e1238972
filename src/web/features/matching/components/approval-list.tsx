import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { approvalDecisionSchema, type approvalViewSchema } from '../../../../shared/contract/matching.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { approveShownProposals, decideApproval } from '../api/matching.ts';
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
            : view.status === 'published'
              ? 'Nothing is left to approve: the approved proposals are published as tandems.'
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
      <ApproveShown view={view} onChange={onChange} />
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

/**
 * Approves every proposal shown that waits for a decision (not those sent back for a change), after
 * one confirmation saying how many;
 * each goes as it was read, so one changed meanwhile stops them all (409) instead of approving
 * something the contact did not see.
 */
function ApproveShown({ view, onChange }: { view: ApprovalView; onChange: (v: ApprovalView) => void }) {
  // A proposal sent back waits for the coordinator's change: approving all must not undo that request.
  const waiting = view.proposals.filter((p) => p.can.decide && p.approval === 'pending');
  const [done, setDone] = useState<string | null>(null);
  const { run, busy, error } = useAction(async () => {
    const count = waiting.length;
    onChange(
      await approveShownProposals(
        view.cycleId,
        waiting.map((p) => ({ menteeId: p.menteeId, mentorId: p.mentorId, approval: p.approval })),
      ),
    );
    setDone(`Approved ${count === 1 ? '1 proposal' : `${count} proposals`}.`);
  });
  const count = waiting.length === 1 ? '1 proposal' : `${waiting.length} proposals`;
  return (
    <div className="approve-shown">
      {waiting.length > 1 ? (
        <ConfirmButton
          // A new set of proposals starts with the question closed.
          key={waiting.map((p) => p.menteeId).join()}
          tone="primary"
          label={`Approve all shown (${waiting.length})`}
          question={`Approve ${count} at once? Each proposed mentor shown below becomes approved for their mentee.`}
          confirmLabel={`Approve ${count}`}
          busyLabel="Approving…"
          busy={busy}
          onOpen={() => setDone(null)}
          onConfirm={() => run()}
        />
      ) : null}
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done}
      </p>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
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
      {item.ruleBreaks.length ? (
        <div className="notice notice--error">
          <h3>Rules this proposal breaks</h3>
          <ul>
            {item.ruleBreaks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
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
