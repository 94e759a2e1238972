import type { Organisation } from '../../../../shared/contract/organisations.ts';
import { organisationsMessages } from '../../../../shared/i18n/organisations.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

export function OrganisationList({ organisations }: { organisations: readonly Organisation[] }) {
  const t = useMessages(organisationsMessages);
  if (!organisations.length) {
    return (
      <Empty>
        <p>{t('emptyList')}</p>
      </Empty>
    );
  }
  return (
    <TableRegion label={t('title')}>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('industry')}</th>
            <th scope="col">{t('size')}</th>
            <th scope="col" className="num">
              {t('participants')}
            </th>
            <th scope="col" className="num">
              {t('contacts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/organisations/${o.id}`}>{o.name}</Link>
              </td>
              <td data-label={t('industry')}>{o.industry || '—'}</td>
              <td data-label={t('size')}>{o.size ? t('sizeStaff', { size: o.size }) : '—'}</td>
              <td data-label={t('participants')} className="num">
                {formatNumber(o.participantCount)}
              </td>
              <td data-label={t('contacts')} className="num">
                {formatNumber(o.contactCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
