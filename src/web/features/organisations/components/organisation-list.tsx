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
      <table className="table table--stack">
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
              <td data-label="Industry">{o.industry || '—'}</td>
              <td data-label="Size">{o.size ? `${o.size} staff` : '—'}</td>
              <td data-label="Participants" className="num">
                {o.participantCount}
              </td>
              <td data-label="Contacts" className="num">
                {o.contactCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
