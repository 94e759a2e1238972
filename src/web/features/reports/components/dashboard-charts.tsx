import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { Dashboard, Funnel } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { formatMonth } from '../../../../shared/i18n/formats.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { DataTable } from './data-table.tsx';
import { useReportWords } from './labels.ts';
import { seriesColours } from './palette.ts';

// The dashboard's three charts. recharts is imported here and only by the lazily loaded pages, so
// the sign-in page never downloads it.

/** Bar ends carry their number as the reader writes it. */
const numberLabel = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : '');
const tick = { fontSize: 13, fill: '#1b1f24' };
/** The drawing is repeated by the table, so recharts' own keyboard layer would only add tab stops. */
const chartProps = { accessibilityLayer: false, responsive: true } as const;
/** Series in the order drawn, named in ink: coloured text would fall short of contrast on white. */
const legendProps = {
  itemSorter: null,
  formatter: (value: unknown) => <span style={{ color: tick.fill }}>{String(value)}</span>,
} as const;

/** One series of bars, each labelled with its number at its end. */
function series(dataKey: string, name: string, fill: string, position: 'right' | 'top') {
  return (
    <Bar key={dataKey} dataKey={dataKey} name={name} fill={fill} isAnimationActive={false}>
      <LabelList dataKey={dataKey} position={position} formatter={numberLabel} fill={tick.fill} />
    </Bar>
  );
}

type FigureTableProps = {
  caption: string;
  rowHeading: string;
  columns: string[];
  rows: { key: string; heading: string; figures: number[] }[];
};

/** A chart's figures as a table: one row per bar group, one column per series. */
function FigureTable({ caption, rowHeading, columns, rows }: FigureTableProps) {
  return (
    <DataTable
      caption={caption}
      captionHidden
      rowHeading={rowHeading}
      columns={columns}
      rows={rows.map((row) => ({
        key: row.key,
        heading: row.heading,
        cells: row.figures.map((f, i) => (
          <td key={columns[i]} className="num">
            {formatNumber(f)}
          </td>
        )),
      }))}
    />
  );
}

type HorizontalBarsProps = {
  rows: Record<string, string | number>[];
  /** The field naming each group of bars. */
  category: string;
  /** Room for the names, in pixels. */
  categoryWidth: number;
  /** Height of each group of bars, in pixels. */
  rowHeight: number;
  series: { dataKey: string; name: string; fill: string }[];
};

/** Groups of horizontal bars, named on the left, each bar labelled with its number. */
function HorizontalBars({ rows, category, categoryWidth, rowHeight, series: drawn }: HorizontalBarsProps) {
  return (
    <BarChart
      {...chartProps}
      layout="vertical"
      data={rows}
      style={{ width: '100%', height: 90 + rows.length * rowHeight }}
      margin={{ top: 5, right: 40, bottom: 5, left: 5 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={tick} />
      <YAxis type="category" dataKey={category} width={categoryWidth} tick={tick} interval={0} />
      <Legend {...legendProps} />
      {drawn.map((d) => series(d.dataKey, d.name, d.fill, 'right'))}
    </BarChart>
  );
}

/** Mentees and mentors per stage, as horizontal bars in the order a cycle takes them. */
export function FunnelFigure({ funnel }: { funnel: Funnel }) {
  const t = useMessages(dashboardMessages);
  const w = useReportWords();
  const rows = funnel.map((f) => ({ ...f, label: w.stage(f.stage) }));
  const caption = t('funnelCaption');
  return (
    <ChartFigure
      caption={caption}
      chart={
        <HorizontalBars
          rows={rows}
          category="label"
          categoryWidth={210}
          rowHeight={44}
          series={[
            { dataKey: 'mentees', name: w.mentees(), fill: seriesColours.mentees },
            { dataKey: 'mentors', name: w.mentors(), fill: seriesColours.mentors },
          ]}
        />
      }
      table={
        <FigureTable
          caption={caption}
          rowHeading={t('columnStep')}
          columns={[w.mentees(), w.mentors()]}
          rows={rows.map((r) => ({ key: r.stage, heading: r.label, figures: [r.mentees, r.mentors] }))}
        />
      }
    />
  );
}

/** Each organisation's row of the funnel for one role: organisations down, stages across. */
export function OrganisationFunnelTable({
  organisations,
  total,
  participantRole: role,
}: {
  organisations: Dashboard['organisations'];
  /** The programme's funnel, the table's last row. */
  total: Funnel;
  participantRole: 'mentee' | 'mentor';
}) {
  const t = useMessages(dashboardMessages);
  const w = useReportWords();
  const stages = organisations[0]?.funnel.map((f) => f.stage) ?? [];
  const caption = t('byOrganisationCaption', { role });
  return (
    <TableRegion label={caption}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnOrganisation')}</th>
            {stages.map((stage) => (
              <th key={stage} scope="col" className="num report-table__stage">
                {w.stage(stage)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.organisation.id}>
              <th scope="row">{o.organisation.name}</th>
              {o.funnel.map((f) => (
                <td key={f.stage} className="num">
                  {formatNumber(role === 'mentee' ? f.mentees : f.mentors)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="report-total">
            <th scope="row">{w.allOrganisations()}</th>
            {total.map((f) => (
              <td key={f.stage} className="num">
                {formatNumber(role === 'mentee' ? f.mentees : f.mentors)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}

/** Mentors each organisation gives beside the mentees it receives mentors for. */
export function ReciprocityFigure({ organisations }: { organisations: Dashboard['organisations'] }) {
  const t = useMessages(dashboardMessages);
  const rows = organisations.map((o) => ({
    id: o.organisation.id,
    name: o.organisation.name,
    mentorsGiven: o.mentorsGiven,
    menteesReceived: o.menteesReceived,
  }));
  const caption = t('reciprocityCaption');
  return (
    <ChartFigure
      caption={caption}
      chart={
        <HorizontalBars
          rows={rows}
          category="name"
          categoryWidth={180}
          rowHeight={56}
          series={[
            { dataKey: 'mentorsGiven', name: t('columnMentorsGiven'), fill: seriesColours.mentorsGiven },
            {
              dataKey: 'menteesReceived',
              name: t('columnMenteesReceived'),
              fill: seriesColours.menteesReceived,
            },
          ]}
        />
      }
      table={
        <FigureTable
          caption={caption}
          rowHeading={t('columnOrganisation')}
          columns={[t('columnMentorsGiven'), t('columnMenteesReceived')]}
          rows={rows.map((r) => ({
            key: r.id,
            heading: r.name,
            figures: [r.mentorsGiven, r.menteesReceived],
          }))}
        />
      }
    />
  );
}

/** Meetings held in each month of the cycle, months named in the reader's language. */
export function MeetingsFigure({ months }: { months: Dashboard['meetingsPerMonth'] }) {
  const t = useMessages(dashboardMessages);
  const { language } = useLanguage();
  const rows = months.map((m) => ({
    month: m.month,
    label: formatMonth(language, m.month),
    fullLabel: formatMonth(language, m.month, 'long'),
    held: m.held,
  }));
  const caption = t('meetingsCaption');
  return (
    <ChartFigure
      caption={caption}
      chart={
        <BarChart
          {...chartProps}
          data={rows}
          style={{ width: '100%', height: 280 }}
          margin={{ top: 25, right: 10, bottom: 5, left: 0 }}
        >
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={tick} />
          <YAxis allowDecimals={false} tick={tick} width={40} />
          {series('held', t('columnMeetingsHeld'), seriesColours.meetings, 'top')}
        </BarChart>
      }
      table={
        <FigureTable
          caption={caption}
          rowHeading={t('columnMonth')}
          columns={[t('columnMeetingsHeld')]}
          rows={rows.map((r) => ({ key: r.month, heading: r.fullLabel, figures: [r.held] }))}
        />
      }
    />
  );
}
