import { Link } from '../../../lib/router.tsx';

/** The steps of a new installation before a cycle exists; the cycle's own checklist takes over after. */
const later = [
  'Organisation contacts',
  'Participants',
  'Questionnaire',
  'Matching rules',
  'Matching',
  'Approval',
  'Publication',
];

/**
 * What a fresh installation asks of the coordinator: organisations, then a cycle; the remaining
 * steps are listed so the way ahead is clear, and each is counted on the cycle's page once it exists.
 */
export function SetupChecklist({ organisations }: { organisations: number }) {
  const organisationsDone = organisations >= 2;
  return (
    <section className="panel" aria-labelledby="setup-checklist">
      <h2 id="setup-checklist">Set up your programme</h2>
      <p className="checklist__next">
        <strong>Next: </strong>
        {organisationsDone ? (
          <Link to="/cycles/new">Create the first cycle</Link>
        ) : (
          <Link to="/organisations/new">
            {organisations === 0 ? 'Add the organisations of your consortium' : 'Add another organisation'}
          </Link>
        )}
      </p>
      <ol className="checklist" aria-label="Steps of setting up">
        <li
          className={organisationsDone ? 'checklist__step checklist__step--done' : 'checklist__step'}
          aria-current={organisationsDone ? undefined : 'step'}
        >
          <span className="checklist__mark">{organisationsDone ? '✓ Done' : 'To do'}</span>{' '}
          <strong>Organisations</strong>:{' '}
          {organisations === 1 ? '1 organisation' : `${organisations} organisations`} added; mentees are
          matched across at least two
        </li>
        <li className="checklist__step" aria-current={organisationsDone ? 'step' : undefined}>
          <span className="checklist__mark">To do</span> <strong>Cycle</strong>: none yet
        </li>
        {later.map((title) => (
          <li key={title} className="checklist__step">
            <span className="checklist__mark">Then</span> <strong>{title}</strong>: on the cycle’s page
          </li>
        ))}
      </ol>
    </section>
  );
}
