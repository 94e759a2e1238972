import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { Dashboard, Funnel } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { formatMonth } from '../../../../shared/i18n/formats.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { ChartFigure } from './chart-figure.tsx';
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
        <BarChart
          {...chartProps}
          layout="vertical"
          data={rows}
          style={{ width: '100%', height: 90 + rows.length * 44 }}
          margin={{ top: 5, right: 40, bottom: 5, left: 5 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="label" width={210} tick={tick} interval={0} />
          <Legend {...legendProps} />
          <Bar dataKey="mentees" name={w.mentees()} fill={seriesColours.mentees} isAnimationActive={false}>
            <LabelList dataKey="mentees" position="right" formatter={numberLabel} fill={tick.fill} />
          </Bar>
          <Bar dataKey="mentors" name={w.mentors()} fill={seriesColours.mentors} isAnimationActive={false}>
            <LabelList dataKey="mentors" position="right" formatter={numberLabel} fill={tick.fill} />
          </Bar>
        </BarChart>
      }
      table={
        <table className="table table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnStep')}</th>
              <th scope="col" className="num">
                {w.mentees()}
              </th>
              <th scope="col" className="num">
                {w.mentors()}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{row.label}</th>
                <td className="num">{formatNumber(row.mentees)}</td>
                <td className="num">{formatNumber(row.mentors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <BarChart
          {...chartProps}
          layout="vertical"
          data={rows}
          style={{ width: '100%', height: 90 + rows.length * 56 }}
          margin={{ top: 5, right: 40, bottom: 5, left: 5 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="name" width={180} tick={tick} interval={0} />
          <Legend {...legendProps} />
          <Bar
            dataKey="mentorsGiven"
            name={t('columnMentorsGiven')}
            fill={seriesColours.mentorsGiven}
            isAnimationActive={false}
          >
            <LabelList dataKey="mentorsGiven" position="right" formatter={numberLabel} fill={tick.fill} />
          </Bar>
          <Bar
            dataKey="menteesReceived"
            name={t('columnMenteesReceived')}
            fill={seriesColours.menteesReceived}
            isAnimationActive={false}
          >
            <LabelList dataKey="menteesReceived" position="right" formatter={numberLabel} fill={tick.fill} />
          </Bar>
        </BarChart>
      }
      table={
        <table className="table table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnOrganisation')}</th>
              <th scope="col" className="num">
                {t('columnMentorsGiven')}
              </th>
              <th scope="col" className="num">
                {t('columnMenteesReceived')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td className="num">{formatNumber(row.mentorsGiven)}</td>
                <td className="num">{formatNumber(row.menteesReceived)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
          <Bar
            dataKey="held"
            name={t('columnMeetingsHeld')}
            fill={seriesColours.meetings}
            isAnimationActive={false}
          >
            <LabelList dataKey="held" position="top" formatter={numberLabel} fill={tick.fill} />
          </Bar>
        </BarChart>
      }
      table={
        <table className="table table--compact">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnMonth')}</th>
              <th scope="col" className="num">
                {t('columnMeetingsHeld')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.month}>
                <th scope="row">{row.fullLabel}</th>
                <td className="num">{formatNumber(row.held)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
