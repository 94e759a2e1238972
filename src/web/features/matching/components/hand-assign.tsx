import { useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { AssignPairForm } from './assign-pair-form.tsx';
import { useHandAssignOptions } from './hand-assign-options.ts';
import { SwapMentorsForm } from './swap-mentors-form.tsx';
import type { RunDraftAction } from './use-draft-action.ts';

type HandAssignProps = {
  cycleId: string;
  draft: Draft;
  initialMenteeId: string;
  busy: boolean;
  run: RunDraftAction;
  onError: (error: unknown) => void;
};

/** The coordinator's own changes to the draft: one mentee to a chosen mentor, or two mentees swapping. */
export function HandAssign({ cycleId, draft, initialMenteeId, busy, run, onError }: HandAssignProps) {
  const { mentees, mentors, proposed } = useHandAssignOptions(draft);
  // One message for both forms, shown in the first: why the last attempt did not go ahead.
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="hand-assign">
      <AssignPairForm
        cycleId={cycleId}
        mentees={mentees}
        mentors={mentors}
        initialMenteeId={initialMenteeId}
        busy={busy}
        run={run}
        onError={onError}
        problem={problem}
        onProblem={setProblem}
      />
      <SwapMentorsForm
        cycleId={cycleId}
        proposals={draft.proposals}
        proposed={proposed}
        mentees={mentees}
        busy={busy}
        run={run}
        onError={onError}
        onProblem={setProblem}
      />
    </div>
  );
}
