import type { HiddenReason, ReportCell } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { formatPercent } from '../../../../shared/i18n/formats.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { hiddenMarks, useReportWords } from './labels.ts';

/**
 * A figure that is not shown: the short word and its legend mark for the eye, the whole reason for
 * screen readers (the mark alone would mean nothing read aloud). Never a number, whatever the cell holds.
 */
export function HiddenFigure({ reason, threshold }: { reason: HiddenReason; threshold: number }) {
  const w = useReportWords();
  const full = w.hidden(reason, threshold);
  return (
    <span className="report-hidden" title={full}>
      <span aria-hidden="true">
        {w.hiddenShort()}
        <sup>{hiddenMarks[reason]}</sup>
      </span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}

/** How a row's figures read: a count, a share of those counted (`value` of `n`), or a mean. */
export type CellKind = 'count' | 'share' | 'mean';

export function ReportFigure({
  cell,
  kind,
  threshold,
}: {
  cell: ReportCell;
  kind: CellKind;
  threshold: number;
}) {
  const t = useMessages(dashboardMessages);
  const { language } = useLanguage();
  if (cell.hidden) return <HiddenFigure reason={cell.hidden} threshold={threshold} />;
  if (cell.value === null) return <span className="muted">–</span>;
  if (kind === 'mean') {
    const mean = formatNumber(cell.value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return <>{cell.n === null ? mean : t('meanOf', { mean, n: formatNumber(cell.n) })}</>;
  }
  if (kind === 'share' && cell.n) {
    return (
      <>
        {t('shareOf', {
          value: formatNumber(cell.value),
          n: formatNumber(cell.n),
          percent: formatPercent(language, cell.value / cell.n),
        })}
      </>
    );
  }
  return <>{formatNumber(cell.value)}</>;
}
