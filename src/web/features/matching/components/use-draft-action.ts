import { useCallback, useState } from 'react';
import type { Draft, DraftAction } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { applyDraftAction } from '../api/matching.ts';

export type BoardNotice = { kind: 'error' | 'success'; text: string } | null;

/** Applies one action to the draft; `done` is what the user is told when it worked. */
export type RunDraftAction = (action: DraftAction, done: string) => Promise<boolean>;

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
  const t = useMessages(matchingMessages);
  const [notice, setNotice] = useState<BoardNotice>(null);
  /** Runs one step of work that answers with what to tell the user. */
  const { run: perform, busy } = useAction(
    async (work: () => Promise<string>) => {
      setNotice(null);
      setNotice({ kind: 'success', text: await work() });
    },
    {
      onError: (error) => {
        if (isStaleVersion(error)) {
          setNotice({ kind: 'error', text: t('staleDraft') });
          reload();
        } else {
          setNotice({ kind: 'error', text: errorMessage(error) });
        }
      },
    },
  );

  const run: RunDraftAction = useCallback(
    (action, done) =>
      perform(async () => {
        onDraft(await applyDraftAction(cycleId, draft.version, action));
        return done;
      }),
    [perform, cycleId, draft.version, onDraft],
  );

  /** A failure of something beside the draft actions (a preview), shown where their outcome is. */
  const showError = useCallback(
    (error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }),
    [],
  );

  return { run, perform, busy, notice, showError };
}
