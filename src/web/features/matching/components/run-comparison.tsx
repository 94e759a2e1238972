import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  type CriterionName,
  criteria,
  type MatchRun,
  matchingEndpoints,
  type runComparisonSchema,
} from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { CsvDownload } from '../../../lib/ui/csv-download.tsx';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { compareMatchRuns, matchRunComparisonCsvUrl } from '../api/matching.ts';
import { useMatchingWords } from './draft-labels.ts';

type Comparison = z.infer<typeof runComparisonSchema>;

/** Two finished runs side by side: their figures, and the mentees who get a different mentor. */
export function RunComparison({ cycleId, runs }: { cycleId: string; runs: readonly MatchRun[] }) {
  const t = useMessages(matchingMessages);
  const done = runs.filter((r) => r.status === 'done');
  const options = done.map((r) => ({
    value: r.id,
    label: t('compareRunOption', { number: r.number, mode: r.mode }),
  }));
  const [a, setA] = useState(done[1]?.id ?? '');
  const [b, setB] = useState(done[0]?.id ?? '');
  const [result, setResult] = useState<Comparison | null>(null);
  const comparing = useAction(async (first: string, second: string) =>
    setResult(await compareMatchRuns(cycleId, first, second)),
  );

  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (!a || !b || a === b) {
      comparing.setError(t('compareChooseTwo'));
      return;
    }
    void comparing.run(a, b);
  };

  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('compareHeading')}</h3>
      <form className="filters" onSubmit={compare}>
        <SelectField name="a" label={t('compareRunA')} options={options} value={a} onChange={setA} />
        <SelectField name="b" label={t('compareRunB')} options={options} value={b} onChange={setB} />
        <button type="submit" className="button button--secondary" disabled={comparing.busy}>
          {comparing.busy ? t('comparing') : t('compare')}
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
      {result?.differences.length ? <ComparisonExport cycleId={cycleId} result={result} /> : null}
    </section>
  );
}

function FiguresSideBySide({ result }: { result: Comparison }) {
  const t = useMessages(matchingMessages);
  const { criterion, score } = useMatchingWords();
  const row = (key: string, label: string, va: string, vb: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td className="num">{va}</td>
      <td className="num">{vb}</td>
    </tr>
  );
  const matched = (n: number | null) => (n === null ? '—' : String(n));
  return (
    <TableRegion label={t('compareFigures')}>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('compareFigure')}</th>
            <th scope="col" className="num">
              {t('runName', { number: result.a.number })}
            </th>
            <th scope="col" className="num">
              {t('runName', { number: result.b.number })}
            </th>
          </tr>
        </thead>
        <tbody>
          {row(
            'mode',
            t('columnMode'),
            t('compareMode', { mode: result.a.mode }),
            t('compareMode', { mode: result.b.mode }),
          )}
          {row('matched', t('columnMatched'), matched(result.a.matched), matched(result.b.matched))}
          {row('total', t('columnTotalScore'), score(result.a.totalScore), score(result.b.totalScore))}
          {row('mean', t('columnMeanScore'), score(result.a.meanScore), score(result.b.meanScore))}
          {criteria.map((c: CriterionName) =>
            row(
              c,
              criterion(c),
              score(result.a.criterionAverages?.[c] ?? null),
              score(result.b.criterionAverages?.[c] ?? null),
            ),
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Differences({ result }: { result: Comparison }) {
  const t = useMessages(matchingMessages);
  const { score } = useMatchingWords();
  const cell = (mentor: string | null, points: number | null) =>
    t('compareCell', {
      mentor: mentor ?? t('compareUnmatched'),
      scored: points !== null ? 'yes' : 'no',
      score: score(points),
    });
  const runA = t('runName', { number: result.a.number });
  const runB = t('runName', { number: result.b.number });
  return (
    <div>
      <p role="status">
        {result.differences.length
          ? t('compareDifferences', { count: result.differences.length })
          : t('compareSame')}
      </p>
      {result.differences.length ? (
        <TableRegion label={t('compareDiffering')}>
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">{t('mentee')}</th>
                <th scope="col">{runA}</th>
                <th scope="col">{runB}</th>
              </tr>
            </thead>
            <tbody>
              {result.differences.map((d) => (
                <tr key={d.menteeId}>
                  <td>{d.menteeName}</td>
                  <td data-label={runA}>{cell(d.mentorA, d.scoreA)}</td>
                  <td data-label={runB}>{cell(d.mentorB, d.scoreB)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </div>
  );
}

/**
 * The differences shown as a CSV download; offered where the server takes the download from this
 * role.
 */
function ComparisonExport({ cycleId, result }: { cycleId: string; result: Comparison }) {
  const t = useMessages(matchingMessages);
  const mayCall = useMayCall();
  if (!mayCall(matchingEndpoints.compareRunsCsv)) return null;
  return (
    <CsvDownload
      label={t('compareExportCsv')}
      name="compare-separator"
      href={(separator) => matchRunComparisonCsvUrl(cycleId, result.a.id, result.b.id, separator)}
    />
  );
}
