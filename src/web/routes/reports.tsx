import type { CycleReport } from '../../shared/contract/reports.ts';
import { cyclesMessages } from '../../shared/i18n/cycles.ts';
import { dashboardMessages } from '../../shared/i18n/dashboard.ts';
import {
  getDashboard,
  getOrganisationReport,
  getProgrammeReport,
  organisationReportPdfUrl,
  programmeReportPdfUrl,
} from '../features/reports/api/reports.ts';
import { DashboardView } from '../features/reports/components/dashboard-view.tsx';
import { ReportView } from '../features/reports/components/report-view.tsx';
import { ApiError } from '../lib/api.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useOwnOrganisation, useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { type Resource, useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';
import { NotFoundPage } from './not-found.tsx';

/** The cycle's dashboard: the programme for the coordinator, their own organisation for a contact. */
export function DashboardPage({ id }: { id: string }) {
  const t = useMessages(dashboardMessages);
  const c = useMessages(cyclesMessages);
  const { account } = useSession();
  const ownOrganisationId = useOwnOrganisation();
  const dashboard = useResource(`dashboard-${id}`, (signal) => getDashboard(id, signal));
  const own =
    ownOrganisationId !== undefined ? { id: ownOrganisationId, name: account.organisationName ?? '' } : null;
  return (
    <CycleSection
      cycleId={id}
      section={c('sectionDashboard')}
      intro={<p>{own ? t('introOrganisation') : t('introProgramme')}</p>}
    >
      {() => (
        <Loaded resource={dashboard} loading={t('loading')}>
          {(d) => <DashboardView dashboard={d} ownOrganisation={own} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

/** A report's page: its title and PDF, then its sections; another organisation's report does not exist. */
function ReportPage({
  report,
  title,
  intro,
  pdf,
}: {
  report: Resource<CycleReport>;
  title: (r: CycleReport) => string;
  intro: (r: CycleReport) => string;
  pdf: string;
}) {
  const t = useMessages(dashboardMessages);
  if (report.status === 'error' && report.error instanceof ApiError && report.error.status === 404)
    return <NotFoundPage />;
  return (
    <Loaded resource={report} loading={t('loadingReport')}>
      {(r) => (
        <Page
          title={title(r)}
          intro={
            <>
              <p>{intro(r)}</p>
              <p className="muted">{t('generatedAt', { date: formatDateTime(r.generatedAt) })}</p>
            </>
          }
          actions={
            <a className="button" href={pdf} download>
              {t('downloadPdf')}
            </a>
          }
        >
          <p>
            <Link to={`/cycles/${r.cycle.id}/dashboard`}>{t('backToDashboard')}</Link>
          </p>
          <ReportView report={r} />
        </Page>
      )}
    </Loaded>
  );
}

const dates = (r: CycleReport) => ({
  startsOn: formatDate(r.cycle.startsOn),
  endsOn: formatDate(r.cycle.endsOn),
});

/** The programme's evaluation report (coordinator). */
export function ProgrammeReportPage({ id }: { id: string }) {
  const t = useMessages(dashboardMessages);
  const report = useResource(`programme-report-${id}`, (signal) => getProgrammeReport(id, signal));
  return (
    <ReportPage
      report={report}
      pdf={programmeReportPdfUrl(id)}
      title={(r) => t('programmeReportTitle', { cycle: r.cycle.name })}
      intro={(r) => t('reportIntroProgramme', { cycle: r.cycle.name, threshold: r.threshold, ...dates(r) })}
    />
  );
}

/** An organisation's confidential report (the coordinator, and that organisation's contacts). */
export function OrganisationReportPage({
  cycleId,
  organisationId,
}: {
  cycleId: string;
  organisationId: string;
}) {
  const t = useMessages(dashboardMessages);
  const report = useResource(`organisation-report-${cycleId}-${organisationId}`, (signal) =>
    getOrganisationReport(cycleId, organisationId, signal),
  );
  const name = (r: CycleReport) => r.organisation?.name ?? r.organisations[0]?.name ?? '';
  return (
    <ReportPage
      report={report}
      pdf={organisationReportPdfUrl(cycleId, organisationId)}
      title={(r) => t('organisationReportTitle', { organisation: name(r), cycle: r.cycle.name })}
      intro={(r) =>
        t('reportIntroOrganisation', {
          organisation: name(r),
          cycle: r.cycle.name,
          threshold: r.threshold,
          ...dates(r),
        })
      }
    />
  );
}
