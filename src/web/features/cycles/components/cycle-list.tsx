import type { Cycle } from '../../../../shared/contract/cycles.ts';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import { cycleStatusLabel, formatDate, formatNumber } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

export function CycleList({ cycles, emptyText }: { cycles: readonly Cycle[]; emptyText: string }) {
  const t = useMessages(cyclesMessages);
  if (!cycles.length) return <Empty>{emptyText}</Empty>;
  return (
    <TableRegion label={t('title')}>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('columnName')}</th>
            <th scope="col">{t('columnStatus')}</th>
            <th scope="col">{t('columnStarts')}</th>
            <th scope="col">{t('columnEnds')}</th>
            <th scope="col" className="num">
              {t('columnOrganisations')}
            </th>
            <th scope="col" className="num">
              {t('columnMentors')}
            </th>
            <th scope="col" className="num">
              {t('columnMentees')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/cycles/${c.id}`}>{c.name}</Link>
              </td>
              <td data-label={t('columnStatus')}>
                <CycleStatusBadge status={c.status} />
              </td>
              <td data-label={t('columnStarts')}>{formatDate(c.startsOn)}</td>
              <td data-label={t('columnEnds')}>{formatDate(c.endsOn)}</td>
              <td data-label={t('columnOrganisations')} className="num">
                {formatNumber(c.organisationIds.length)}
              </td>
              <td data-label={t('columnMentors')} className="num">
                {formatNumber(c.mentorCount)}
              </td>
              <td data-label={t('columnMentees')} className="num">
                {formatNumber(c.menteeCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function CycleStatusBadge({ status }: { status: Cycle['status'] }) {
  return <span className={`badge badge--${status}`}>{cycleStatusLabel(status)}</span>;
}
