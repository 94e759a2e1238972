import type { Invitation } from '../../../../shared/contract/invitations.ts';
import { accountRoleLabels, formatDateTime } from '../../../lib/format.ts';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

const statusLabels: Record<Invitation['status'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
};

export function InvitationList({ invitations }: { invitations: readonly Invitation[] }) {
  if (!invitations.length) return <Empty>No invitations have been sent yet.</Empty>;
  return (
    <TableRegion label="Invitations">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">Status</th>
            <th scope="col">Sent</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td data-label="Email">{i.email}</td>
              <td data-label="Role">{accountRoleLabels[i.role]}</td>
              <td data-label="Organisation">{i.organisationName}</td>
              <td data-label="Status">
                <span className={`badge badge--${i.status}`}>{statusLabels[i.status]}</span>
              </td>
              <td data-label="Sent" className="nowrap">
                {formatDateTime(i.createdAt)}
              </td>
              <td data-label="Expires" className="nowrap">
                {i.status === 'pending' ? formatDateTime(i.expiresAt) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
