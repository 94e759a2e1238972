import { type FormEvent, type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { approvalDecisionSchema, type approvalViewSchema } from '../../../../shared/contract/matching.ts';
import { approvalsMessages } from '../../../../shared/i18n/approvals.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import type en from '../../../../shared/i18n/en/approvals.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { approveShownProposals, decideApproval } from '../api/matching.ts';

type ApprovalView = z.infer<typeof approvalViewSchema>;
type ApprovalDecision = z.infer<typeof approvalDecisionSchema>;
type Item = ApprovalView['proposals'][number];

const statusKeys: Record<Item['approval'], keyof typeof en> = {
  pending: 'statusPending',
  approved: 'statusApproved',
  change_requested: 'statusChangeRequested',
};

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

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
  const t = useMessages(approvalsMessages);
  if (view.status === 'editing' || view.proposals.length === 0) {
    return (
      <Empty>
        <p>
          {view.status === 'editing'
            ? t('emptyEditing')
            : view.status === 'published'
              ? t('emptyPublished')
              : t('emptyNone')}
        </p>
      </Empty>
    );
  }
  const open = view.proposals.filter((p) => p.approval !== 'approved').length;
  return (
    <>
      <p role="status">
        {view.status === 'published'
          ? t('published')
          : open
            ? t('openCount', { open, total: view.proposals.length })
            : t('allApproved')}
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
  const t = useMessages(approvalsMessages);
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
    setDone(t('approvedDone', { count }));
  });
  return (
    <div className="approve-shown">
      {waiting.length > 1 ? (
        <ConfirmButton
          // A new set of proposals starts with the question closed.
          key={waiting.map((p) => p.menteeId).join()}
          tone="primary"
          label={t('approveAll', { count: waiting.length })}
          question={t('approveAllQuestion', { count: waiting.length })}
          confirmLabel={t('approveAllConfirm', { count: waiting.length })}
          busyLabel={t('approving')}
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
  const t = useMessages(approvalsMessages);
  const common = useMessages(commonMessages);
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
        {item.mentorJobTitle
          ? t.rich('proposedMentor', {
              mentor: item.mentorName,
              jobTitle: item.mentorJobTitle,
              organisation: item.mentorOrganisationName,
              b: (chunks) => <strong>{chunks}</strong>,
            })
          : t.rich('proposedMentorNoTitle', {
              mentor: item.mentorName,
              organisation: item.mentorOrganisationName,
              b: (chunks) => <strong>{chunks}</strong>,
            })}
      </p>
      {item.reasons.length ? (
        <>
          <h3>{t('whyThisMatch')}</h3>
          <ul>
            {item.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.ruleBreaks.length ? (
        <div className="notice notice--error">
          <h3>{t('rulesBroken')}</h3>
          <ul>
            {item.ruleBreaks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <span className={`badge badge--approval-${item.approval}`}>{t(statusKeys[item.approval])}</span>
        {item.approvalComment ? <span> {t('yourComment', { comment: item.approvalComment })}</span> : null}
      </p>
      {canDecide ? (
        asking ? (
          <form className="form" onSubmit={(e) => decide('request_change', e)} noValidate>
            <FormError message={errors.formError} />
            <TextAreaField
              name="comment"
              label={t('whatShouldChange')}
              hint={t('whatShouldChangeHint')}
              value={comment}
              onChange={setComment}
              maxLength={1000}
              error={errors.fieldErrors.comment}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={busy}>
                {t.rich('sendChangeRequest', { mentee: item.menteeName, hidden })}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                {common('cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="button-row">
            {item.approval !== 'approved' ? (
              <button type="button" className="button" disabled={busy} onClick={() => decide('approve')}>
                {t.rich('approve', { mentor: item.mentorName, mentee: item.menteeName, hidden })}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() => setAsking(true)}
            >
              {t.rich('requestChange', { mentee: item.menteeName, hidden })}
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
