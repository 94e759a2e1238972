import type { Dashboard } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { formatNumber } from '../../../../shared/i18n/formats.ts';
import { describeTimeSpan } from '../../../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { DataTable } from './data-table.tsx';

/** The cycle's events on the dashboard: registered, waiting and attended (a contact's: their people). */
export function EventAttendance({ events, programme }: { events: Dashboard['events']; programme: boolean }) {
  const t = useMessages(dashboardMessages);
  const { language } = useLanguage();
  if (events.length === 0) return null;
  const figure = (n: number) => <td className="num">{formatNumber(language, n)}</td>;
  return (
    <section aria-labelledby="dashboard-events">
      <h2 id="dashboard-events">{t('eventsHeading')}</h2>
      <p className="muted">{t(programme ? 'eventsIntro' : 'eventsIntroOwn')}</p>
      <TableRegion label={t('eventsCaption')}>
        <DataTable
          caption={t('eventsCaption')}
          rowHeading={t('eventsColumnEvent')}
          columns={[
            t('eventsColumnRegistered'),
            t('eventsColumnWaiting'),
            t('eventsColumnAttended'),
            t('eventsColumnUnmarked'),
          ]}
          rows={events.map((e) => ({
            key: e.id,
            heading: (
              <>
                <Link to={`/events/${e.id}/attendees`}>{e.title}</Link>
                <br />
                <span className="muted">{describeTimeSpan(language, e)}</span>
              </>
            ),
            cells: (
              <>
                {figure(e.registered)}
                {figure(e.waiting)}
                {figure(e.attended)}
                {figure(e.unmarked)}
              </>
            ),
          }))}
        />
      </TableRegion>
    </section>
  );
}
