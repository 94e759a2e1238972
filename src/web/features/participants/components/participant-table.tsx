import type { Participant } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Props = {
  participants: readonly Participant[];
  /** A newer page is loading; the rows shown are the previous answer. */
  loading: boolean;
};

/** One page of participants, each name linking to the participant. */
export function ParticipantTable({ participants, loading }: Props) {
  const t = useMessages(participantsMessages);
  return (
    <TableRegion label={t('table')}>
      <table className="table table--stack" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('cycle')}</th>
            <th scope="col">{t('jobTitle')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('account')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/participants/${p.id}`}>{p.name}</Link>
              </td>
              <td data-label={t('role')}>{participantRoleLabel(p.role)}</td>
              <td data-label={t('organisation')}>{p.organisationName}</td>
              <td data-label={t('cycle')}>{p.cycleName}</td>
              <td data-label={t('jobTitle')}>{p.jobTitle || '—'}</td>
              <td data-label={t('email')} className="wrap-anywhere">
                {p.email}
              </td>
              <td data-label={t('account')}>{p.hasAccount ? t('accountYes') : t('accountNotYet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
