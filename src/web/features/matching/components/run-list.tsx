import { criteria, criterionLabels, type MatchRun } from '../../../../shared/contract/matching.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { formatScore } from './draft-labels.ts';
import { RunComparison } from './run-comparison.tsx';

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
  /** True while a run is being made the draft: the other "Use as draft" buttons wait. */
  adopting: boolean;
  onAdopt: (run: MatchRun) => void;
};

/** Every run of the cycle with its figures; an older run can become the draft again, two can be compared. */
export function RunList({ cycleId, runs, draftRunId, canAdopt, adopting, onAdopt }: RunListProps) {
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
                <td data-label="Engine">{r.engineVersion}</td>
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
                      disabled={adopting}
                      onClick={() => onAdopt(r)}
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
