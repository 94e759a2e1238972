import type { Draft } from '../../../../shared/contract/matching.ts';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** How far each organisation got with approving its mentees' proposals. */
export function ApprovalByOrganisation({ rows }: { rows: Draft['approvalByOrganisation'] }) {
  return (
    <section aria-labelledby="approval-by-organisation">
      <h3 id="approval-by-organisation">Approval by organisation</h3>
      <TableRegion label="Approval by organisation">
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col" className="num">
                Awaiting
              </th>
              <th scope="col" className="num">
                Approved
              </th>
              <th scope="col" className="num">
                Change requested
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.organisationId}>
                <td>{o.organisationName}</td>
                <td data-label="Awaiting" className="num">
                  {o.pending}
                </td>
                <td data-label="Approved" className="num">
                  {o.approved}
                </td>
                <td data-label="Change requested" className="num">
                  {o.changeRequested}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
