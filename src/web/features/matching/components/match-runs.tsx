import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import {
  type CriterionName,
  criteria,
  criterionLabels,
  type MatchRun,
  type runComparisonSchema,
} from '../../../../shared/contract/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { formatDateTime, plural } from '../../../lib/format.ts';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { compareMatchRuns, getMatchRun, startMatchRun } from '../api/matching.ts';
import { formatScore } from './draft-labels.ts';

const modeOptions = [
  { value: 'optimal', label: 'Optimal: the highest total score' },
  { value: 'stable', label: 'Stable: no pair would rather swap' },
];

const POLL_MS = 500;

/** Starts a run and follows it until it is done, about twice a second. */
export function RunControl({
  cycleId,
  onFinished,
}: {
  cycleId: string;
  onFinished: (run: MatchRun) => void;
}) {
  const [mode, setMode] = useState<'optimal' | 'stable'>('optimal');
  const [run, setRun] = useState<MatchRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;

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
  }, [run]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setStarting(true);
    setError(null);
    try {
      const started = await startMatchRun(cycleId, mode);
      setRun(started);
      if (started.status !== 'running') finishedRef.current(started);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setStarting(false);
    }
  };

  const running = run?.status === 'running';
  return (
    <form className="form form--inline" onSubmit={(e) => void start(e)}>
      <SelectField
        name="mode"
        label="Matching mode"
        options={modeOptions}
        value={mode}
        onChange={(v) => setMode(v as 'optimal' | 'stable')}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={starting || running}>
          {running ? 'Matching…' : 'Run matching'}
        </button>
      </div>
      <div role="status" className="run-progress">
        {run ? <RunState run={run} /> : null}
      </div>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
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

function averages(run: MatchRun): string {
  if (!run.criterionAverages) return '—';
  return criteria
    .filter((c) => run.criterionAverages![c] !== undefined)
    .map((c) => `${criterionLabels[c]} ${formatScore(run.criterionAverages![c]!)}`)
    .join(' · ');
}

type RunListProps = {
  cycleId: string;
  runs: readonly MatchRun[];
  draftRunId: string | null;
  canAdopt: boolean;
  onAdopt: (run: MatchRun) => Promise<void>;
};

/** Every run of the cycle with its figures; an older run can become the draft again, two can be compared. */
export function RunList({ cycleId, runs, draftRunId, canAdopt, onAdopt }: RunListProps) {
  const [busy, setBusy] = useState(false);
  if (!runs.length) return <Empty>No runs yet. The first run fills the draft.</Empty>;
  const sorted = [...runs].sort((a, b) => b.number - a.number);
  return (
    <>
      <TableRegion label="Match runs">
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Mode</th>
              <th scope="col" className="num">
                Matched
              </th>
              <th scope="col" className="num">
                Total score
              </th>
              <th scope="col" className="num">
                Mean score
              </th>
              <th scope="col">Per criterion (mean points)</th>
              <th scope="col">Engine</th>
              <th scope="col">Started</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <td>
                  Run {r.number}
                  {r.id === draftRunId ? <span className="badge badge--open">The draft</span> : null}
                  {r.status !== 'done' ? (
                    <span className="badge">{r.status === 'running' ? 'Running' : 'Failed'}</span>
                  ) : null}
                </td>
                <td data-label="Mode">{r.mode === 'optimal' ? 'Optimal' : 'Stable'}</td>
                <td data-label="Matched" className="num">
                  {r.matched === null ? '—' : `${r.matched} of ${r.mentees}`}
                </td>
                <td data-label="Total score" className="num">
                  {formatScore(r.totalScore)}
                </td>
                <td data-label="Mean score" className="num">
                  {formatScore(r.meanScore)}
                </td>
                <td data-label="Per criterion">{averages(r)}</td>
                <td data-label="Engine" className="wrap-anywhere">
                  {r.engineVersion}
                </td>
                <td data-label="Started">
                  {formatDateTime(r.startedAt)}
                  {r.seconds !== null ? `, ${r.seconds.toFixed(1)} s` : ''}
                  {r.startedBy ? ` by ${r.startedBy}` : ''}
                </td>
                <td>
                  {canAdopt && r.status === 'done' && r.id !== draftRunId ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={busy}
                      onClick={() => {
                        setBusy(true);
                        void onAdopt(r).finally(() => setBusy(false));
                      }}
                    >
                      Use as draft<span className="visually-hidden"> (run {r.number})</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {sorted.filter((r) => r.status === 'done').length >= 2 ? (
        <RunComparison cycleId={cycleId} runs={sorted} />
      ) : null}
    </>
  );
}

type Comparison = z.infer<typeof runComparisonSchema>;

function RunComparison({ cycleId, runs }: { cycleId: string; runs: readonly MatchRun[] }) {
  const done = runs.filter((r) => r.status === 'done');
  const options = done.map((r) => ({ value: r.id, label: `Run ${r.number} (${r.mode})` }));
  const [a, setA] = useState(done[1]?.id ?? '');
  const [b, setB] = useState(done[0]?.id ?? '');
  const [result, setResult] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    if (!a || !b || a === b) {
      setError('Choose two different runs.');
      return;
    }
    setLoading(true);
    setError(null);
    try {
      setResult(await compareMatchRuns(cycleId, a, b));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  };

  const row = (label: string, va: string, vb: string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{va}</td>
      <td className="num">{vb}</td>
    </tr>
  );

  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">Compare two runs</h3>
      <form className="filters" onSubmit={(e) => void compare(e)}>
        <SelectField name="a" label="Run A" options={options} value={a} onChange={setA} />
        <SelectField name="b" label="Run B" options={options} value={b} onChange={setB} />
        <button type="submit" className="button button--secondary" disabled={loading}>
          {loading ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {result ? (
        <div className="columns">
          <TableRegion label="Figures side by side">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col" className="num">
                    Run {result.a.number}
                  </th>
                  <th scope="col" className="num">
                    Run {result.b.number}
                  </th>
                </tr>
              </thead>
              <tbody>
                {row('Mode', result.a.mode, result.b.mode)}
                {row('Matched', String(result.a.matched ?? '—'), String(result.b.matched ?? '—'))}
                {row('Total score', formatScore(result.a.totalScore), formatScore(result.b.totalScore))}
                {row('Mean score', formatScore(result.a.meanScore), formatScore(result.b.meanScore))}
                {criteria.map((c: CriterionName) =>
                  row(
                    criterionLabels[c],
                    formatScore(result.a.criterionAverages?.[c] ?? null),
                    formatScore(result.b.criterionAverages?.[c] ?? null),
                  ),
                )}
              </tbody>
            </table>
          </TableRegion>
          <div>
            <p role="status">
              {result.differences.length
                ? `${plural(result.differences.length, 'mentee')} get a different mentor.`
                : 'Both runs propose the same tandems.'}
            </p>
            {result.differences.length ? (
              <TableRegion label="Tandems that differ">
                <table className="table table--compact table--stack">
                  <thead>
                    <tr>
                      <th scope="col">Mentee</th>
                      <th scope="col">Run {result.a.number}</th>
                      <th scope="col">Run {result.b.number}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.differences.map((d) => (
                      <tr key={d.menteeId}>
                        <td>{d.menteeName}</td>
                        <td data-label={`Run ${result.a.number}`}>
                          {d.mentorA ?? 'unmatched'} {d.scoreA !== null ? `(${formatScore(d.scoreA)})` : ''}
                        </td>
                        <td data-label={`Run ${result.b.number}`}>
                          {d.mentorB ?? 'unmatched'} {d.scoreB !== null ? `(${formatScore(d.scoreB)})` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
