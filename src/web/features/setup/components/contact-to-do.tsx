import { Link } from '../../../lib/router.tsx';

/** Proposals for the contact's own mentees waiting for their decision, per cycle. */
export type WaitingApprovals = { cycleId: string; cycleName: string; count: number };

/** What waits for an organisation contact: each cycle's undecided proposals, with the way to them. */
export function ContactToDo({ waiting }: { waiting: readonly WaitingApprovals[] }) {
  const open = waiting.filter((w) => w.count > 0);
  return (
    <section className="panel" aria-labelledby="contact-to-do">
      <h2 id="contact-to-do">Waiting for you</h2>
      {open.length ? (
        <ul>
          {open.map((w) => (
            <li key={w.cycleId}>
              {w.count === 1 ? '1 proposal waits' : `${w.count} proposals wait`} for your approval in{' '}
              {w.cycleName} — <Link to={`/approval/${w.cycleId}`}>Review the proposals</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing waits for your approval right now.</p>
      )}
    </section>
  );
}
