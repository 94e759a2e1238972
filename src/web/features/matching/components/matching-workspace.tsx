import { useCallback, useEffect, useState } from 'react';
import type { Draft, MatchRun } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { LoadError, Loaded, Loading } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { adoptMatchRun, getDraft, listMatchRuns } from '../api/matching.ts';
import { ReviewBoard } from './review-board.tsx';
import { RunControl } from './run-control.tsx';
import { RunList } from './run-list.tsx';

/** The coordinator's matching page: run the engine, look back at runs, review the draft. */
export function MatchingWorkspace({ cycleId }: { cycleId: string }) {
  const t = useMessages(matchingMessages);
  const loaded = useResource(`draft-${cycleId}`, (signal) => getDraft(cycleId, signal));
  const runs = useResource(`runs-${cycleId}`, (signal) => listMatchRuns(cycleId, signal));
  // Actions answer with the new draft; it replaces the loaded one until the next load.
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data);
  }, [loaded.data]);

  const reloadDraft = loaded.reload;
  const reloadRuns = runs.reload;
  const finished = useCallback(
    (_run: MatchRun) => {
      reloadDraft();
      reloadRuns();
    },
    [reloadDraft, reloadRuns],
  );

  const adoption = useAction(
    async (run: MatchRun) => {
      if (!draft) return;
      setDraft(await adoptMatchRun(run.id, draft.version));
      reloadRuns();
    },
    {
      // A stale draft is said so and read again; any other refusal shows the server's message.
      onError: (error) => {
        adoption.setError(isStaleVersion(error) ? t('staleDraft') : errorMessage(error));
        if (isStaleVersion(error)) reloadDraft();
      },
    },
  );

  return (
    <>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">{t('runsHeading')}</h2>
        {draft && draft.status !== 'editing' ? (
          <p className="notice notice--info">
            {draft.status === 'published' ? t('runsPublished') : t('runsInApproval')}
          </p>
        ) : (
          <p className="muted">{t('runsEditing')}</p>
        )}
        <RunControl cycleId={cycleId} canStart={draft?.can.startRun ?? true} onFinished={finished} />
        {adoption.error ? (
          <p role="alert" className="notice notice--error">
            {adoption.error}
          </p>
        ) : null}
        <Loaded resource={runs} loading={t('loadingRuns')}>
          {(list) => (
            <RunList
              cycleId={cycleId}
              runs={list}
              draftRunId={draft?.runId ?? null}
              canAdopt={draft?.can.adoptRun ?? false}
              adopting={adoption.busy}
              onAdopt={(run) => void adoption.run(run)}
            />
          )}
        </Loaded>
      </section>
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t('boardHeading')}</h2>
        {loaded.status === 'error' ? <LoadError error={loaded.error} onRetry={reloadDraft} /> : null}
        {draft ? (
          <ReviewBoard cycleId={cycleId} draft={draft} onDraft={setDraft} reload={reloadDraft} />
        ) : loaded.status === 'loading' ? (
          <Loading label={t('loadingDraft')} />
        ) : null}
      </section>
    </>
  );
}
