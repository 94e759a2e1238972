import type { Participant } from '../../../../shared/contract/participants.ts';
import { participantRoleLabel } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Props = {
  participants: readonly Participant[];
  /** A newer page is loading; the rows shown are the previous answer. */
  loading: boolean;
};

/** One page of participants, each name linking to the participant. */
export function ParticipantTable({ participants, loading }: Props) {
  return (
    <TableRegion label="Participants">
      <table className="table table--stack" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">Cycle</th>
            <th scope="col">Job title</th>
            <th scope="col">Email</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/participants/${p.id}`}>{p.name}</Link>
              </td>
              <td data-label="Role">{participantRoleLabel(p.role)}</td>
              <td data-label="Organisation">{p.organisationName}</td>
              <td data-label="Cycle">{p.cycleName}</td>
              <td data-label="Job title">{p.jobTitle || '—'}</td>
              <td data-label="Email" className="wrap-anywhere">
                {p.email}
              </td>
              <td data-label="Account">{p.hasAccount ? 'Yes' : 'Not yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
