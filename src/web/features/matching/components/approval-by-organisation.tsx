import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** How far each organisation got with approving its mentees' proposals. */
export function ApprovalByOrganisation({ rows }: { rows: Draft['approvalByOrganisation'] }) {
  const t = useMessages(matchingMessages);
  return (
    <section aria-labelledby="approval-by-organisation">
      <h3 id="approval-by-organisation">{t('approvalByOrganisation')}</h3>
      <TableRegion label={t('approvalByOrganisation')}>
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">{t('organisation')}</th>
              <th scope="col" className="num">
                {t('columnAwaiting')}
              </th>
              <th scope="col" className="num">
                {t('columnApproved')}
              </th>
              <th scope="col" className="num">
                {t('columnChangeRequested')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.organisationId}>
                <td>{o.organisationName}</td>
                <td data-label={t('columnAwaiting')} className="num">
                  {formatNumber(o.pending)}
                </td>
                <td data-label={t('columnApproved')} className="num">
                  {formatNumber(o.approved)}
                </td>
                <td data-label={t('columnChangeRequested')} className="num">
                  {formatNumber(o.changeRequested)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
