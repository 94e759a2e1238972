import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { publishDraft, sendDraftForApproval } from '../api/matching.ts';
import { ApprovalByOrganisation } from './approval-by-organisation.tsx';
import { useMatchingWords } from './draft-labels.ts';
import { ForbiddenPairs } from './forbidden-pairs.tsx';
import { HandAssign } from './hand-assign.tsx';
import { MentorLoad } from './mentor-load.tsx';
import { ProposalList } from './proposal-list.tsx';
import { UnmatchedMentees } from './unmatched-mentees.tsx';
import { useDraftAction } from './use-draft-action.ts';

type ReviewBoardProps = {
  cycleId: string;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  reload: () => void;
};

/**
 * The coordinator's review board: every proposed tandem with its score and reasons, the mentees left
 * unmatched, and the actions that adjust the draft before it goes to the organisations.
 */
export function ReviewBoard({ cycleId, draft, onDraft, reload }: ReviewBoardProps) {
  const t = useMessages(matchingMessages);
  const common = useMessages(commonMessages);
  const { draftStatus } = useMatchingWords();
  const { run, perform, busy, notice, showError } = useDraftAction(cycleId, draft, onDraft, reload);
  const [assignFor, setAssignFor] = useState<{ menteeId: string; request: number } | null>(null);
  // The hand-assign form lists every mentee and mentor; it is built only when someone wants it,
  // so a board of thousands of proposals appears at once.
  const [handOpen, setHandOpen] = useState(false);
  const assignHeading = useRef<HTMLHeadingElement>(null);
  const editable = draft.can.edit;

  const chooseMentorFor = (menteeId: string) => {
    setHandOpen(true);
    setAssignFor((a) => ({ menteeId, request: (a?.request ?? 0) + 1 }));
    // The form below is where the work continues; move there so keyboard users need not search.
    requestAnimationFrame(() => assignHeading.current?.focus());
  };

  const sendForApproval = () =>
    perform(async () => {
      onDraft(await sendDraftForApproval(cycleId, draft.version));
      return t('sentForApproval');
    });

  // Publishing starts the tandem year, so it asks first and says what starts with it.
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const confirmPublishButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingPublish) confirmPublishButton.current?.focus();
  }, [confirmingPublish]);

  const publish = () =>
    perform(async () => {
      setConfirmingPublish(false);
      const result = await publishDraft(cycleId, draft.version);
      reload();
      return t('publishedResult', { published: result.published, remaining: result.remaining });
    });

  return (
    <div className="board">
      <div className="board__status">
        <p>
          <span className={`badge badge--draft-${draft.status}`}>{draftStatus(draft.status)}</span>{' '}
          {draft.runId === null && draft.proposals.length === 0
            ? t('noRunYet')
            : t('boardSummary', {
                proposals: draft.proposals.length,
                unmatched: draft.unmatched.length,
              })}{' '}
          <span className="muted">{t('draftVersion', { version: draft.version })}</span>
        </p>
        <div className="button-row">
          {/* Each step stays in view in its phase; the server says when it may be taken. */}
          {draft.status === 'editing' ? (
            <button
              type="button"
              className="button"
              disabled={busy || !draft.can.sendForApproval}
              onClick={() => void sendForApproval()}
            >
              {t('sendToApproval')}
            </button>
          ) : null}
          {draft.status === 'in_approval' ? (
            <button
              type="button"
              className="button"
              // Approvals arrive while the board is open: publishing is always tried, and the server
              // says if nothing is approved yet.
              disabled={busy}
              aria-describedby={draft.can.publish ? undefined : 'publish-waits'}
              aria-expanded={confirmingPublish}
              onClick={() => setConfirmingPublish(true)}
            >
              {t('publishApproved')}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" disabled={busy} onClick={reload}>
            {t('reload')}
          </button>
        </div>
        {draft.status === 'in_approval' && confirmingPublish ? (
          <fieldset className="confirm">
            <legend>{t('publishQuestion')}</legend>
            <div className="button-row">
              <button
                ref={confirmPublishButton}
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void publish()}
              >
                {t('publishConfirm')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirmingPublish(false)}
              >
                {common('cancel')}
              </button>
            </div>
          </fieldset>
        ) : null}
        {draft.status === 'in_approval' && !draft.can.publish ? (
          <p id="publish-waits" className="muted">
            {t('publishWaits')}
          </p>
        ) : null}
      </div>

      <div
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        className={notice ? `notice notice--${notice.kind}` : 'visually-hidden'}
      >
        {notice?.text}
      </div>

      {draft.status !== 'editing' && draft.approvalByOrganisation.length ? (
        <ApprovalByOrganisation rows={draft.approvalByOrganisation} />
      ) : null}
      <ProposalList draft={draft} disabled={busy || !editable} run={run} onChooseMentor={chooseMentorFor} />
      <UnmatchedMentees
        unmatched={draft.unmatched}
        draft={draft}
        disabled={busy || !editable}
        onChooseMentor={chooseMentorFor}
      />

      {editable ? (
        <section aria-labelledby="assign-heading" className="panel">
          <h3 id="assign-heading" ref={assignHeading} tabIndex={-1}>
            {t('assignHeading')}
          </h3>
          {handOpen ? (
            <HandAssign
              key={assignFor ? `${assignFor.menteeId}-${assignFor.request}` : 'none'}
              cycleId={cycleId}
              draft={draft}
              initialMenteeId={assignFor?.menteeId ?? ''}
              busy={busy}
              run={run}
              onError={showError}
            />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setHandOpen(true)}>
              {t('assignOpen')}
            </button>
          )}
        </section>
      ) : null}

      <ForbiddenPairs draft={draft} disabled={busy || !editable} run={run} />
      <MentorLoad draft={draft} />
    </div>
  );
}
