import type { Dashboard } from '../../../../shared/contract/reports.ts';
import { ANONYMITY_THRESHOLD } from '../../../../shared/contract/surveys.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { AttentionList } from './attention-list.tsx';
import { ContactTodos } from './contact-todos.tsx';
import {
  FunnelFigure,
  MeetingsFigure,
  OrganisationFunnelTable,
  ReciprocityFigure,
} from './dashboard-charts.tsx';
import { EventAttendance } from './event-attendance.tsx';
import { ReportLinks } from './report-links.tsx';

const reached = (dashboard: Dashboard, stage: Dashboard['funnel'][number]['stage']) => {
  const row = dashboard.funnel.find((f) => f.stage === stage);
  return row ? row.mentees + row.mentors : 0;
};

/** Nobody nominated yet: the dashboard has nothing to draw. */
export const hasParticipants = (dashboard: Dashboard) => reached(dashboard, 'nominated') > 0;
/** No tandem published yet: giving, meetings and attention have nothing to count. */
export const hasTandems = (dashboard: Dashboard) => reached(dashboard, 'published') > 0;

type DashboardViewProps = {
  dashboard: Dashboard;
  /** The contact's own organisation, whose report they may read; null for the coordinator. */
  ownOrganisation: { id: string; name: string } | null;
};

/** The cycle's cockpit: the funnel, giving and receiving, meetings per month, attention, reports. */
export function DashboardView({ dashboard, ownOrganisation }: DashboardViewProps) {
  const t = useMessages(dashboardMessages);
  const cycleId = dashboard.cycle.id;
  const programme = dashboard.scope === 'programme';
  const reports = (
    <ReportLinks
      cycleId={cycleId}
      own={!programme}
      organisations={
        programme
          ? dashboard.organisations.map((o) => o.organisation)
          : ownOrganisation
            ? [ownOrganisation]
            : []
      }
    />
  );
  const todos = dashboard.todos ? <ContactTodos cycleId={cycleId} todos={dashboard.todos} /> : null;

  if (!hasParticipants(dashboard)) {
    return (
      <>
        {todos}
        <Empty>{t(programme ? 'emptyNoParticipants' : 'emptyNoParticipantsOwn')}</Empty>
        {reports}
      </>
    );
  }

  const tandems = hasTandems(dashboard);
  const anyMeeting = dashboard.meetingsPerMonth.some((m) => m.held > 0);
  return (
    <>
      {todos}
      <section aria-labelledby="dashboard-funnel">
        <h2 id="dashboard-funnel">{t('funnelHeading')}</h2>
        {tandems ? null : (
          <p className="notice notice--info">{t(programme ? 'emptyNoTandems' : 'emptyNoTandemsOwn')}</p>
        )}
        <FunnelFigure funnel={dashboard.funnel} />
        {programme && dashboard.organisations.length > 0 ? (
          <>
            <h3>{t('byOrganisationHeading')}</h3>
            <OrganisationFunnelTable
              organisations={dashboard.organisations}
              total={dashboard.funnel}
              participantRole="mentee"
            />
            <OrganisationFunnelTable
              organisations={dashboard.organisations}
              total={dashboard.funnel}
              participantRole="mentor"
            />
          </>
        ) : null}
      </section>
      {tandems ? (
        <>
          <section aria-labelledby="dashboard-reciprocity">
            <h2 id="dashboard-reciprocity">{t('reciprocityHeading')}</h2>
            <p className="muted">{t('reciprocityIntro')}</p>
            <ReciprocityFigure organisations={dashboard.organisations} />
          </section>
          <section aria-labelledby="dashboard-meetings">
            <h2 id="dashboard-meetings">{t('meetingsHeading')}</h2>
            {dashboard.meetingsPerMonthHidden ? (
              <p className="muted">{t('meetingsHiddenFewTandems', { threshold: ANONYMITY_THRESHOLD })}</p>
            ) : anyMeeting ? (
              <MeetingsFigure months={dashboard.meetingsPerMonth} />
            ) : (
              <Empty>{t('noMeetings')}</Empty>
            )}
          </section>
          <AttentionList attention={dashboard.attention} />
        </>
      ) : null}
      <EventAttendance events={dashboard.events} programme={programme} />
      {reports}
    </>
  );
}
