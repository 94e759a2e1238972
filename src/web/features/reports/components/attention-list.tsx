import { AGREEMENT_DUE_DAYS, type Dashboard } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useReportWords } from './labels.ts';

export const attentionHeadingId = 'dashboard-attention';

/**
 * Active tandems staff should look at, longest silent first (the server's order). Each links to the
 * tandem's page, which shows staff its people and health, never the tandem's own space.
 */
export function AttentionList({ attention }: { attention: Dashboard['attention'] }) {
  const t = useMessages(dashboardMessages);
  const w = useReportWords();
  return (
    <section aria-labelledby={attentionHeadingId}>
      <h2 id={attentionHeadingId}>{t('attentionHeading')}</h2>
      <p className="muted">{t('attentionIntro', { days: AGREEMENT_DUE_DAYS })}</p>
      {attention.length ? (
        <TableRegion label={t('attentionTable')}>
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('columnTandem')}</th>
                <th scope="col">{t('columnReasons')}</th>
                <th scope="col">{t('columnLastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {attention.map((a) => (
                <tr key={a.tandemId}>
                  <td>
                    <Link to={`/tandems/${a.tandemId}`}>{a.mentee.name}</Link>
                    <span className="muted"> · {a.mentee.organisationName}</span>
                    <br />
                    {t('withMentor', { name: a.mentor.name })}
                    <span className="muted"> · {a.mentor.organisationName}</span>
                  </td>
                  <td data-label={t('columnReasons')}>
                    {a.reasons.map((reason) => (
                      <span key={reason} className="cell-line">
                        {w.attention(reason)}
                      </span>
                    ))}
                  </td>
                  <td data-label={t('columnLastActivity')}>
                    {a.daysSinceActivity === null ? (
                      <span className="muted">{t('noActivityYet')}</span>
                    ) : (
                      t('daysAgo', { days: a.daysSinceActivity })
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <Empty>{t('attentionNone')}</Empty>
      )}
    </section>
  );
}
