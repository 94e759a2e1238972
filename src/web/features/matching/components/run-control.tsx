import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { MatchRun } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { getMatchRun, startMatchRun } from '../api/matching.ts';
import { useMatchingWords } from './draft-labels.ts';

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
  const t = useMessages(matchingMessages);
  const modeOptions = [
    { value: 'optimal', label: t('modeOptimalOption') },
    { value: 'stable', label: t('modeStableOption') },
  ];
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
          if (!controller.signal.aborted) setError(t('followFailed', { error: errorMessage(e) }));
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [run, setError, t]);

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
            label={t('modeLabel')}
            options={modeOptions}
            value={mode}
            onChange={(v) => setMode(v as 'optimal' | 'stable')}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={start.busy || running}>
              {running ? t('runMatchingBusy') : t('runMatching')}
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
  const t = useMessages(matchingMessages);
  const { score } = useMatchingWords();
  if (run.status === 'running') {
    const p = run.progress;
    return (
      <p>
        {p
          ? t('runRunningProgress', { number: run.number, phase: p.phase, done: p.done, total: p.total })
          : t('runRunning', { number: run.number })}{' '}
        <progress
          max={p?.total || 1}
          value={p ? p.done : undefined}
          aria-label={t('runProgress', { number: run.number })}
        />
      </p>
    );
  }
  if (run.status === 'failed')
    return <p className="notice notice--error">{t('runFailed', { number: run.number, error: run.error })}</p>;
  return (
    <p className="notice notice--success">
      {t('runFinished', {
        number: run.number,
        matched: run.matched,
        mentees: run.mentees,
        score: score(run.meanScore),
      })}
    </p>
  );
}
