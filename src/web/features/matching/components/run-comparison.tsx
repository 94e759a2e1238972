import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  type CriterionName,
  criteria,
  criterionLabels,
  type MatchRun,
  type runComparisonSchema,
} from '../../../../shared/contract/matching.ts';
import { plural } from '../../../lib/format.ts';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { compareMatchRuns } from '../api/matching.ts';
import { formatScore } from './draft-labels.ts';

type Comparison = z.infer<typeof runComparisonSchema>;

/** Two finished runs side by side: their figures, and the mentees who get a different mentor. */
export function RunComparison({ cycleId, runs }: { cycleId: string; runs: readonly MatchRun[] }) {
  const done = runs.filter((r) => r.status === 'done');
  const options = done.map((r) => ({ value: r.id, label: `Run ${r.number} (${r.mode})` }));
  const [a, setA] = useState(done[1]?.id ?? '');
  const [b, setB] = useState(done[0]?.id ?? '');
  const [result, setResult] = useState<Comparison | null>(null);
  const comparing = useAction(async (first: string, second: string) =>
    setResult(await compareMatchRuns(cycleId, first, second)),
  );

  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (!a || !b || a === b) {
      comparing.setError('Choose two different runs.');
      return;
    }
    void comparing.run(a, b);
  };

  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">Compare two runs</h3>
      <form className="filters" onSubmit={compare}>
        <SelectField name="a" label="Run A" options={options} value={a} onChange={setA} />
        <SelectField name="b" label="Run B" options={options} value={b} onChange={setB} />
        <button type="submit" className="button button--secondary" disabled={comparing.busy}>
          {comparing.busy ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      {comparing.error ? (
        <p role="alert" className="notice notice--error">
          {comparing.error}
        </p>
      ) : null}
      {result ? (
        <div className="columns">
          <FiguresSideBySide result={result} />
          <Differences result={result} />
        </div>
      ) : null}
    </section>
  );
}

function FiguresSideBySide({ result }: { result: Comparison }) {
  const row = (label: string, va: string, vb: string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{va}</td>
      <td className="num">{vb}</td>
    </tr>
  );
  return (
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
  );
}

function Differences({ result }: { result: Comparison }) {
  return (
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
  );
}
