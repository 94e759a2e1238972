import type { Organisation } from '../../../../shared/contract/organisations.ts';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

export function OrganisationList({ organisations }: { organisations: readonly Organisation[] }) {
  if (!organisations.length) {
    return (
      <Empty>
        <p>No organisations yet. Add the first member of the consortium to start a cycle.</p>
      </Empty>
    );
  }
  return (
    <TableRegion label="Organisations">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Industry</th>
            <th scope="col">Size</th>
            <th scope="col" className="num">
              Participants
            </th>
            <th scope="col" className="num">
              Contacts
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/organisations/${o.id}`}>{o.name}</Link>
              </td>
              <td>{o.industry || '—'}</td>
              <td>{o.size ? `${o.size} staff` : '—'}</td>
              <td className="num">{o.participantCount}</td>
              <td className="num">{o.contactCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
