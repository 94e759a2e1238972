import type { ReactNode } from 'react';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

type ChartFigureProps = {
  /** What the chart shows; also names the table and its disclosure. */
  caption: string;
  /** The drawing, for the eye only. */
  chart: ReactNode;
  /** The same figures as a table. */
  table: ReactNode;
};

/**
 * A chart with its figures as a table: the drawing is hidden from screen readers, who get the
 * table behind a disclosure anyone can open with the keyboard (a plain details/summary).
 */
export function ChartFigure({ caption, chart, table }: ChartFigureProps) {
  const t = useMessages(dashboardMessages);
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <div className="chart__plot" aria-hidden="true">
        {chart}
      </div>
      <details className="chart__table">
        <summary>{t.rich('showTable', { chart: caption, hidden })}</summary>
        {table}
      </details>
    </figure>
  );
}
