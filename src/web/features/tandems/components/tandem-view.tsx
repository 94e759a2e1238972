import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { formatDate } from '../../../lib/format.ts';
import { languageNames } from '../../../lib/languages.ts';

type Person = Tandem['mentor'];

/** One side of the tandem as the other side (and the staff who follow it) sees it. */
function PersonCard({ person, side }: { person: Person; side: 'Mentor' | 'Mentee' }) {
  const id = `tandem-${side.toLowerCase()}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {side}: {person.name}
      </h2>
      <p className="card__lead">
        {person.jobTitle || 'No job title given'}, {person.organisationName}
      </p>
      <dl className="facts">
        <div>
          <dt>Email</dt>
          <dd className="wrap-anywhere">
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </dd>
        </div>
        <div>
          <dt>Languages</dt>
          <dd>{languageNames(person.languages)}</dd>
        </div>
        <div>
          <dt>Location</dt>
          <dd>{person.location || 'Not given'}</dd>
        </div>
      </dl>
      {person.topics.length ? (
        <>
          <h3>{side === 'Mentor' ? 'Expertise' : 'Goals'}</h3>
          <ul className="tag-list">
            {person.topics.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      ) : null}
      {person.text ? <p className="prose">{person.text}</p> : null}
    </section>
  );
}

/**
 * The tandem page. Participants see it as a welcome: whom they were matched with, why, and how to
 * start. The server says which side of it the signed-in person is on, when they are one.
 */
export function TandemView({ tandem }: { tandem: Tandem }) {
  const iAmMentee = tandem.viewerSide === 'mentee';
  const iAmMentor = tandem.viewerSide === 'mentor';
  const partner = iAmMentee ? tandem.mentor : iAmMentor ? tandem.mentee : null;
  return (
    <>
      {tandem.status === 'dissolved' ? (
        <div className="notice notice--info">
          <p>
            This tandem ended{tandem.dissolvedAt ? ` on ${formatDate(tandem.dissolvedAt)}` : ''}.
            {tandem.dissolvedReason ? ` Reason: ${tandem.dissolvedReason}` : ''}
          </p>
        </div>
      ) : null}
      {partner && tandem.status === 'active' ? (
        <section className="panel" aria-labelledby="welcome">
          <h2 id="welcome">Welcome to {tandem.cycleName}!</h2>
          <p>
            Your {iAmMentee ? 'mentor' : 'mentee'} is <strong>{partner.name}</strong> from{' '}
            {partner.organisationName}. Write to them at{' '}
            <a href={`mailto:${partner.email}`}>{partner.email}</a> to arrange a first meeting.
          </p>
          <ol>
            <li>Introduce yourselves and agree how often you meet (about once a month works well).</li>
            <li>Talk about the goals for the year and what stays confidential between you.</li>
            <li>Plan the first meeting before the kick-off event.</li>
          </ol>
        </section>
      ) : null}
      {tandem.reasons.length ? (
        <section aria-labelledby="why">
          {/* Staff look at two other people's tandem: "you" is only for its members. */}
          <h2 id="why">{partner ? 'Why you were matched' : 'Why they were matched'}</h2>
          <ul>
            {tandem.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="cards">
        {iAmMentor ? null : <PersonCard person={tandem.mentor} side="Mentor" />}
        {iAmMentee ? null : <PersonCard person={tandem.mentee} side="Mentee" />}
      </div>
      <p className="muted">Published {formatDate(tandem.publishedAt)}.</p>
    </>
  );
}
