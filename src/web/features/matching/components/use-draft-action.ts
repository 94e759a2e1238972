import { useCallback, useState } from 'react';
import type { Draft, DraftAction } from '../../../../shared/contract/matching.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { applyDraftAction } from '../api/matching.ts';

export const STALE_DRAFT_MESSAGE =
  'The draft changed since you loaded it (another edit or a finished run), so your change was not made. The board now shows the current draft: check it and try again.';

/** A 409 that carries the current version means our copy is stale; other 409s are plain refusals. */
export function isStaleDraft(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    typeof error.details === 'object' &&
    error.details !== null &&
    'currentVersion' in error.details
  );
}

type Notice = { kind: 'error' | 'success'; text: string } | null;

/**
 * Runs board actions against the draft version on screen. The new draft replaces the old one; a
 * stale version says so and reloads, so an edit is never lost without the user knowing.
 */
export function useDraftAction(
  cycleId: string,
  draft: Draft,
  onDraft: (d: Draft) => void,
  reload: () => void,
) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const fail = useCallback(
    (error: unknown) => {
      if (isStaleDraft(error)) {
        setNotice({ kind: 'error', text: STALE_DRAFT_MESSAGE });
        reload();
      } else {
        setNotice({ kind: 'error', text: errorMessage(error) });
      }
    },
    [reload],
  );

  const run = useCallback(
    async (action: DraftAction, done: string): Promise<boolean> => {
      setBusy(true);
      setNotice(null);
      try {
        onDraft(await applyDraftAction(cycleId, draft.version, action));
        setNotice({ kind: 'success', text: done });
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [cycleId, draft.version, onDraft, fail],
  );

  return { run, busy, setBusy, notice, setNotice, fail };
}
