import type { ReactNode } from 'react';
import type { FunnelStage } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { getDashboard, organisationReportPdfUrl } from '../api/reports.ts';
import { ContactTodos } from './contact-todos.tsx';
import { useReportWords } from './labels.ts';
import { reportPath } from './report-links.tsx';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The steps the home names; the dashboard has them all. */
const glanceStages: readonly FunnelStage[] = [
  'nominated',
  'published',
  'agreement_signed',
  'active_recently',
];

type CycleGlanceProps = {
  cycle: { id: string; name: string };
  organisationId: string;
};

/**
 * One cycle on the contact's home: how far their organisation's people got, what waits for them
 * (the proposals are counted by the home's own list above), and the way to the dashboard and report.
 */
export function CycleGlance({ cycle, organisationId }: CycleGlanceProps) {
  const t = useMessages(dashboardMessages);
  const w = useReportWords();
  const dashboard = useResource(`dashboard-${cycle.id}`, (signal) => getDashboard(cycle.id, signal));
  const headingId = `glance-${cycle.id}`;
  return (
    <article className="card cycle-glance" aria-labelledby={headingId}>
      <h3 id={headingId}>{cycle.name}</h3>
      <Loaded resource={dashboard} loading={t('loadingSummary', { cycle: cycle.name })}>
        {(d) => (
          <>
            <dl className="facts" aria-label={t('homeSummaryLabel', { cycle: cycle.name })}>
              {d.funnel
                .filter((f) => glanceStages.includes(f.stage))
                .map((f) => (
                  <div key={f.stage}>
                    <dt>{w.stage(f.stage)}</dt>
                    <dd>{t('homeMenteesAndMentors', { mentees: f.mentees, mentors: f.mentors })}</dd>
                  </div>
                ))}
            </dl>
            {d.todos ? (
              <ContactTodos
                cycleId={cycle.id}
                todos={d.todos}
                level={4}
                headingId={`${headingId}-todos`}
                withoutProposals
              />
            ) : null}
            <ul className="report-links">
              <li>
                <Link to={`/cycles/${cycle.id}/dashboard`}>
                  {t.rich('openDashboard', { cycle: cycle.name, hidden })}
                </Link>
              </li>
              <li>
                <Link to={reportPath(cycle.id, organisationId)}>{t('ownReport')}</Link>
                {' · '}
                <a href={organisationReportPdfUrl(cycle.id, organisationId)} download>
                  {t.rich('downloadPdfOf', { report: t('ownReport'), hidden })}
                </a>
              </li>
            </ul>
          </>
        )}
      </Loaded>
    </article>
  );
}
