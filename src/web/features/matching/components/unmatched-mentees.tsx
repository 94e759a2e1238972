import type { Draft } from '../../../../shared/contract/matching.ts';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Props = {
  unmatched: Draft['unmatched'];
  /** Which draft: without a run nobody is unmatched yet, and published proposals are no longer proposed. */
  draft: Pick<Draft, 'runId' | 'status'>;
  disabled: boolean;
  onChooseMentor: (menteeId: string) => void;
};

/** Mentees the draft leaves without a mentor, why, and a way to give them one by hand. */
export function UnmatchedMentees({ unmatched, draft, disabled, onChooseMentor }: Props) {
  return (
    <section aria-labelledby="unmatched-heading">
      <h3 id="unmatched-heading">Unmatched mentees</h3>
      {unmatched.length === 0 ? (
        <p className="muted">
          {draft.runId === null
            ? 'The matching has not run yet, so no mentee is unmatched so far.'
            : draft.status === 'published'
              ? 'No mentee was left unmatched; their tandems are published.'
              : 'Every mentee has a proposed mentor.'}
        </p>
      ) : (
        <TableRegion label="Unmatched mentees">
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">Mentee</th>
                <th scope="col">Organisation</th>
                <th scope="col">Why unmatched</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {unmatched.map((u) => (
                <tr key={u.menteeId}>
                  <td>{u.name}</td>
                  <td data-label="Organisation">{u.organisationName}</td>
                  <td data-label="Why unmatched">
                    {u.reasons.join('; ') || 'No mentor left within the rules.'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={disabled}
                      onClick={() => onChooseMentor(u.menteeId)}
                    >
                      Choose a mentor<span className="visually-hidden"> for {u.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
