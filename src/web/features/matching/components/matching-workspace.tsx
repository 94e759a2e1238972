import { useCallback, useEffect, useState } from 'react';
import type { Draft, MatchRun } from '../../../../shared/contract/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { LoadError, Loaded, Loading } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { adoptMatchRun, getDraft, listMatchRuns } from '../api/matching.ts';
import { ReviewBoard } from './review-board.tsx';
import { RunControl } from './run-control.tsx';
import { RunList } from './run-list.tsx';
import { STALE_DRAFT_MESSAGE } from './use-draft-action.ts';

/** The coordinator's matching page: run the engine, look back at runs, review the draft. */
export function MatchingWorkspace({ cycleId }: { cycleId: string }) {
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
        adoption.setError(isStaleVersion(error) ? STALE_DRAFT_MESSAGE : errorMessage(error));
        if (isStaleVersion(error)) reloadDraft();
      },
    },
  );

  return (
    <>
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading">Match runs</h2>
        {draft && draft.status !== 'editing' ? (
          <p className="notice notice--info">
            {draft.status === 'published'
              ? 'The draft is published. Change tandems by dissolving and re-matching them.'
              : 'The draft is with the organisations. A new run is kept for comparison and does not replace the draft; use “Use as draft” to bring it in.'}
          </p>
        ) : (
          <p className="muted">
            A finished run becomes the draft while the draft is being edited. Pins and forbidden pairs carry
            over to every run.
          </p>
        )}
        <RunControl cycleId={cycleId} canStart={draft?.can.startRun ?? true} onFinished={finished} />
        {adoption.error ? (
          <p role="alert" className="notice notice--error">
            {adoption.error}
          </p>
        ) : null}
        <Loaded resource={runs} loading="Loading runs…">
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
        <h2 id="board-heading">Review board</h2>
        {loaded.status === 'error' ? <LoadError error={loaded.error} onRetry={reloadDraft} /> : null}
        {draft ? (
          <ReviewBoard cycleId={cycleId} draft={draft} onDraft={setDraft} reload={reloadDraft} />
        ) : loaded.status === 'loading' ? (
          <Loading label="Loading the draft…" />
        ) : null}
      </section>
    </>
  );
}
