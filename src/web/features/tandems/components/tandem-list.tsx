import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { tandemsMessages } from '../../../../shared/i18n/tandems.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** Published tandems, active first; dissolved ones stay listed as the cycle's history. */
export function TandemList({ tandems }: { tandems: readonly Tandem[] }) {
  const t = useMessages(tandemsMessages);
  if (!tandems.length) return <Empty>{t('empty')}</Empty>;
  const sorted = [...tandems].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) ||
      a.mentee.name.localeCompare(b.mentee.name),
  );
  return (
    <TableRegion label={t('sectionTitle')}>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('columnMentee')}</th>
            <th scope="col">{t('columnMentor')}</th>
            <th scope="col">{t('columnStatus')}</th>
            <th scope="col">{t('columnPublished')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((tandem) => (
            <tr key={tandem.id}>
              <td>
                <Link to={`/tandems/${tandem.id}`}>{tandem.mentee.name}</Link>
                <span className="muted"> · {tandem.mentee.organisationName}</span>
              </td>
              <td data-label={t('columnMentor')}>
                {tandem.mentor.name}
                <span className="muted"> · {tandem.mentor.organisationName}</span>
              </td>
              <td data-label={t('columnStatus')}>
                {tandem.status === 'active' ? (
                  <span className="badge badge--open">{t('active')}</span>
                ) : (
                  <span className="badge badge--closed">
                    {tandem.dissolvedAt
                      ? t('dissolvedOn', { date: formatDate(tandem.dissolvedAt) })
                      : t('dissolved')}
                  </span>
                )}
              </td>
              <td data-label={t('columnPublished')}>{formatDate(tandem.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
