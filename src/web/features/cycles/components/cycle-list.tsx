import type { Cycle } from '../../../../shared/contract/cycles.ts';
import { cycleStatusLabel, formatDate } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

export function CycleList({ cycles, emptyText }: { cycles: readonly Cycle[]; emptyText: string }) {
  if (!cycles.length) return <Empty>{emptyText}</Empty>;
  return (
    <TableRegion label="Cycles">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Starts</th>
            <th scope="col">Ends</th>
            <th scope="col" className="num">
              Organisations
            </th>
            <th scope="col" className="num">
              Mentors
            </th>
            <th scope="col" className="num">
              Mentees
            </th>
          </tr>
        </thead>
        <tbody>
          {cycles.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/cycles/${c.id}`}>{c.name}</Link>
              </td>
              <td data-label="Status">
                <CycleStatusBadge status={c.status} />
              </td>
              <td data-label="Starts">{formatDate(c.startsOn)}</td>
              <td data-label="Ends">{formatDate(c.endsOn)}</td>
              <td data-label="Organisations" className="num">
                {c.organisationIds.length}
              </td>
              <td data-label="Mentors" className="num">
                {c.mentorCount}
              </td>
              <td data-label="Mentees" className="num">
                {c.menteeCount}
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
