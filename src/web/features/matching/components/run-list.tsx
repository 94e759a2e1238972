import { criteria, type MatchRun } from '../../../../shared/contract/matching.ts';
import { formatNumber } from '../../../../shared/i18n/formats.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { type Translate, useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { type MatchingWords, useMatchingWords } from './draft-labels.ts';
import { RunComparison } from './run-comparison.tsx';

function averages(
  run: MatchRun,
  t: Translate<typeof matchingMessages>,
  { criterion, score }: MatchingWords,
): string {
  if (!run.criterionAverages) return '—';
  return criteria
    .filter((c) => run.criterionAverages![c] !== undefined)
    .map((c) => t('criterionPoints', { criterion: criterion(c), points: score(run.criterionAverages![c]!) }))
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
  const t = useMessages(matchingMessages);
  const words = useMatchingWords();
  const { score, language } = words;
  if (!runs.length) return <Empty>{t('runsEmpty')}</Empty>;
  const sorted = [...runs].sort((a, b) => b.number - a.number);
  return (
    <>
      <TableRegion label={t('runsHeading')}>
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">{t('columnRun')}</th>
              <th scope="col">{t('columnMode')}</th>
              <th scope="col" className="num">
                {t('columnMatched')}
              </th>
              <th scope="col" className="num">
                {t('columnTotalScore')}
              </th>
              <th scope="col" className="num">
                {t('columnMeanScore')}
              </th>
              <th scope="col">{t('columnPerCriterion')}</th>
              <th scope="col">{t('columnEngine')}</th>
              <th scope="col">{t('columnStarted')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <td>
                  {t('runName', { number: r.number })}
                  {r.id === draftRunId ? <span className="badge badge--open">{t('runIsDraft')}</span> : null}
                  {r.status !== 'done' ? (
                    <span className="badge">
                      {r.status === 'running' ? t('runStatusRunning') : t('runStatusFailed')}
                    </span>
                  ) : null}
                </td>
                <td data-label={t('columnMode')}>
                  {r.mode === 'optimal' ? t('modeOptimal') : t('modeStable')}
                </td>
                <td data-label={t('columnMatched')} className="num">
                  {r.matched === null ? '—' : t('matchedOf', { matched: r.matched, mentees: r.mentees })}
                </td>
                <td data-label={t('columnTotalScore')} className="num">
                  {score(r.totalScore)}
                </td>
                <td data-label={t('columnMeanScore')} className="num">
                  {score(r.meanScore)}
                </td>
                <td data-label={t('columnPerCriterionShort')}>{averages(r, t, words)}</td>
                <td data-label={t('columnEngine')}>{r.engineVersion}</td>
                <td data-label={t('columnStarted')}>
                  {t('runStarted', {
                    time: formatDateTime(r.startedAt),
                    timed: r.seconds !== null ? 'yes' : 'no',
                    seconds:
                      r.seconds !== null
                        ? formatNumber(language, r.seconds, {
                            minimumFractionDigits: 1,
                            maximumFractionDigits: 1,
                          })
                        : '',
                    named: r.startedBy ? 'yes' : 'no',
                    name: r.startedBy ?? '',
                  })}
                </td>
                <td>
                  {canAdopt && r.status === 'done' && r.id !== draftRunId ? (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={adopting}
                      onClick={() => onAdopt(r)}
                    >
                      {t.rich('useAsDraft', {
                        number: r.number,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      })}
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
