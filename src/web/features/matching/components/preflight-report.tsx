import type { z } from 'zod';
import type { preflightSchema } from '../../../../shared/contract/matching.ts';
import { plural } from '../../../lib/format.ts';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Preflight = z.infer<typeof preflightSchema>;

/** Before running: who cannot be matched at all and why, and each organisation's reciprocity account. */
export function PreflightReport({ report }: { report: Preflight }) {
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Mentees</dt>
          <dd>{report.mentees}</dd>
        </div>
        <div>
          <dt>Mentor places</dt>
          <dd>{report.mentorPlaces}</dd>
        </div>
        <div>
          <dt>Unfinished profiles</dt>
          <dd>{report.incompleteProfiles}</dd>
        </div>
      </dl>
      <h3>Mentees who cannot be matched</h3>
      {report.unmatchable.length === 0 ? (
        <p className="notice notice--success">Every mentee has at least one possible mentor.</p>
      ) : (
        <>
          <p className="notice notice--error">
            {plural(report.unmatchable.length, 'mentee')} cannot be matched under the current rules.
          </p>
          <TableRegion label="Mentees who cannot be matched">
            <table className="table table--compact table--stack">
              <thead>
                <tr>
                  <th scope="col">Mentee</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.unmatchable.map((u) => (
                  <tr key={u.menteeId}>
                    <td>{u.name}</td>
                    <td data-label="Organisation">{u.organisationName}</td>
                    <td data-label="Why">{u.reasons.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
      <h3>Reciprocity account</h3>
      <TableRegion label="Reciprocity per organisation">
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col" className="num">
                Mentors
              </th>
              <th scope="col" className="num">
                Places given
              </th>
              <th scope="col" className="num">
                Mentees
              </th>
              <th scope="col" className="num">
                Balance
              </th>
            </tr>
          </thead>
          <tbody>
            {report.reciprocity.map((r) => (
              <tr key={r.organisationId}>
                <td>{r.organisationName}</td>
                <td data-label="Mentors" className="num">
                  {r.mentors}
                </td>
                <td data-label="Places given" className="num">
                  {r.mentorPlaces}
                </td>
                <td data-label="Mentees" className="num">
                  {r.mentees}
                </td>
                <td data-label="Balance" className="num">
                  {r.balance > 0 ? `+${r.balance}` : r.balance}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
