import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { MatchRun } from '../../../../shared/contract/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { plural } from '../../../lib/format.ts';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { getMatchRun, startMatchRun } from '../api/matching.ts';
import { formatScore } from './draft-labels.ts';

const modeOptions = [
  { value: 'optimal', label: 'Optimal: the highest total score' },
  { value: 'stable', label: 'Stable: no pair would rather swap' },
];

const POLL_MS = 500;

/**
 * Starts a run, where the server says one may be started, and follows it until it is done, about
 * twice a second.
 */
export function RunControl({
  cycleId,
  canStart,
  onFinished,
}: {
  cycleId: string;
  canStart: boolean;
  onFinished: (run: MatchRun) => void;
}) {
  const [mode, setMode] = useState<'optimal' | 'stable'>('optimal');
  const [run, setRun] = useState<MatchRun | null>(null);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const start = useAction(async () => {
    const started = await startMatchRun(cycleId, mode);
    setRun(started);
    if (started.status !== 'running') finishedRef.current(started);
  });
  const setError = start.setError;

  useEffect(() => {
    if (run?.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getMatchRun(run.id, controller.signal).then(
        (next) => {
          setRun(next);
          if (next.status !== 'running') finishedRef.current(next);
        },
        (e: unknown) => {
          if (!controller.signal.aborted) setError(`Following the run failed: ${errorMessage(e)}`);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [run, setError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canStart) void start.run();
  };

  const running = run?.status === 'running';
  return (
    <form className="form form--inline" onSubmit={submit}>
      {canStart ? (
        <>
          <SelectField
            name="mode"
            label="Matching mode"
            options={modeOptions}
            value={mode}
            onChange={(v) => setMode(v as 'optimal' | 'stable')}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={start.busy || running}>
              {running ? 'Matching…' : 'Run matching'}
            </button>
          </div>
        </>
      ) : null}
      <div role="status" className="run-progress">
        {run ? <RunState run={run} /> : null}
      </div>
      {start.error ? (
        <p role="alert" className="notice notice--error">
          {start.error}
        </p>
      ) : null}
    </form>
  );
}

function RunState({ run }: { run: MatchRun }) {
  if (run.status === 'running') {
    const p = run.progress;
    return (
      <p>
        Run {run.number} is running{p ? `: ${p.phase}, ${p.done} of ${p.total}` : '…'}{' '}
        <progress
          max={p?.total || 1}
          value={p ? p.done : undefined}
          aria-label={`Run ${run.number} progress`}
        />
      </p>
    );
  }
  if (run.status === 'failed')
    return (
      <p className="notice notice--error">
        Run {run.number} failed: {run.error}
      </p>
    );
  return (
    <p className="notice notice--success">
      Run {run.number} finished: {run.matched} of {plural(run.mentees, 'mentee')} matched, mean score{' '}
      {formatScore(run.meanScore)}.
    </p>
  );
}
