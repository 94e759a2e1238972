import { useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { plural } from '../../../lib/format.ts';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** How many places each mentor has and how many the draft uses, behind a toggle. */
export function MentorLoad({ draft }: { draft: Draft }) {
  const [open, setOpen] = useState(false);
  const free = draft.mentors.reduce((n, m) => n + Math.max(0, m.capacity - m.used), 0);
  return (
    <section aria-labelledby="mentors-heading">
      <h3 id="mentors-heading">Mentors</h3>
      <p>
        {plural(draft.mentors.length, 'mentor')}, {plural(free, 'free place')}.{' '}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide mentors' : 'Show mentors'}
        </button>
      </p>
      {open ? (
        <TableRegion label="Mentors and their capacity">
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Organisation</th>
                <th scope="col" className="num">
                  Used of capacity
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.mentors.map((m) => (
                <tr key={m.mentorId}>
                  <td>{m.name}</td>
                  <td data-label="Organisation">{m.organisationName}</td>
                  <td data-label="Used of capacity" className="num">
                    {m.used} of {m.capacity}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
