import type { ReactNode } from 'react';
import { reportEndpoints } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { organisationReportPdfUrl, programmeReportPdfUrl } from '../api/reports.ts';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** A report's page and its PDF, the PDF's link named for its report so each is told apart when read alone. */
function ReportLink({ to, pdf, name }: { to: string; pdf: string; name: string }) {
  const t = useMessages(dashboardMessages);
  return (
    <li>
      <Link to={to}>{name}</Link>
      {' · '}
      <a href={pdf} download>
        {t.rich('downloadPdfOf', { report: name, hidden })}
      </a>
    </li>
  );
}

export const reportPath = (cycleId: string, organisationId?: string) =>
  organisationId ? `/cycles/${cycleId}/organisations/${organisationId}/report` : `/cycles/${cycleId}/report`;

type ReportLinksProps = {
  cycleId: string;
  /** The organisations whose reports the reader may open: every one for the coordinator, their own for a contact. */
  organisations: readonly { id: string; name: string }[];
  /** True for a contact: their one organisation's report, named as theirs. */
  own: boolean;
};

/** Where the cycle's confidential reports are read and downloaded. */
export function ReportLinks({ cycleId, organisations, own }: ReportLinksProps) {
  const t = useMessages(dashboardMessages);
  const mayCall = useMayCall();
  return (
    <section aria-labelledby="dashboard-reports">
      <h2 id="dashboard-reports">{t('reportsHeading')}</h2>
      <p className="muted">{t('reportsIntro')}</p>
      <ul className="report-links">
        {mayCall(reportEndpoints.programmeReport) ? (
          <ReportLink
            to={reportPath(cycleId)}
            pdf={programmeReportPdfUrl(cycleId)}
            name={t('programmeReport')}
          />
        ) : null}
        {own
          ? organisations.map((o) => (
              <ReportLink
                key={o.id}
                to={reportPath(cycleId, o.id)}
                pdf={organisationReportPdfUrl(cycleId, o.id)}
                name={t('ownReport')}
              />
            ))
          : null}
      </ul>
      {!own && organisations.length ? (
        <>
          <h3>{t('organisationReportsHeading')}</h3>
          <ul className="report-links">
            {organisations.map((o) => (
              <ReportLink
                key={o.id}
                to={reportPath(cycleId, o.id)}
                pdf={organisationReportPdfUrl(cycleId, o.id)}
                name={t('organisationReport', { organisation: o.name })}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
