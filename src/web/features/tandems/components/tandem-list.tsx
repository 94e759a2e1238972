import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { formatDate } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** Published tandems, active first; dissolved ones stay listed as the cycle's history. */
export function TandemList({ tandems }: { tandems: readonly Tandem[] }) {
  if (!tandems.length) return <Empty>No tandems are published yet.</Empty>;
  const sorted = [...tandems].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1) ||
      a.mentee.name.localeCompare(b.mentee.name),
  );
  return (
    <TableRegion label="Tandems">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Mentee</th>
            <th scope="col">Mentor</th>
            <th scope="col">Status</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((t) => (
            <tr key={t.id}>
              <td>
                <Link to={`/tandems/${t.id}`}>{t.mentee.name}</Link>
                <span className="muted"> · {t.mentee.organisationName}</span>
              </td>
              <td data-label="Mentor">
                {t.mentor.name}
                <span className="muted"> · {t.mentor.organisationName}</span>
              </td>
              <td data-label="Status">
                {t.status === 'active' ? (
                  <span className="badge badge--open">Active</span>
                ) : (
                  <span className="badge badge--closed">
                    Dissolved{t.dissolvedAt ? ` ${formatDate(t.dissolvedAt)}` : ''}
                  </span>
                )}
              </td>
              <td data-label="Published">{formatDate(t.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
