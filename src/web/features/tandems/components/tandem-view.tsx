import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { tandemsMessages } from '../../../../shared/i18n/tandems.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { languageNames } from '../../../lib/languages.ts';

type Person = Tandem['mentor'];

/** One side of the tandem as the other side (and the staff who follow it) sees it. */
function PersonCard({ person, side }: { person: Person; side: 'mentor' | 'mentee' }) {
  const t = useMessages(tandemsMessages);
  const id = `tandem-${side}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('personHeading', { side, name: person.name })}</h2>
      <p className="card__lead">
        {person.jobTitle || t('noJobTitle')}, {person.organisationName}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('email')}</dt>
          <dd className="wrap-anywhere">
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </dd>
        </div>
        <div>
          <dt>{t('languages')}</dt>
          <dd>{languageNames(person.languages)}</dd>
        </div>
        <div>
          <dt>{t('location')}</dt>
          <dd>{person.location || t('notGiven')}</dd>
        </div>
      </dl>
      {person.topics.length ? (
        <>
          <h3>{side === 'mentor' ? t('expertise') : t('goals')}</h3>
          <ul className="tag-list">
            {person.topics.map((topic) => (
              <li key={topic}>{topic}</li>
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
  const t = useMessages(tandemsMessages);
  const iAmMentee = tandem.viewerSide === 'mentee';
  const iAmMentor = tandem.viewerSide === 'mentor';
  const partner = iAmMentee ? tandem.mentor : iAmMentor ? tandem.mentee : null;
  return (
    <>
      {tandem.status === 'dissolved' ? (
        <div className="notice notice--info">
          <p>
            {tandem.dissolvedAt ? t('endedOn', { date: formatDate(tandem.dissolvedAt) }) : t('ended')}
            {tandem.dissolvedReason ? <> {t('endedReason', { reason: tandem.dissolvedReason })}</> : null}
          </p>
        </div>
      ) : null}
      {partner && tandem.status === 'active' ? (
        <section className="panel" aria-labelledby="welcome">
          <h2 id="welcome">{t('welcome', { cycle: tandem.cycleName })}</h2>
          <p>
            {t.rich('welcomeText', {
              side: tandem.viewerSide,
              name: partner.name,
              organisation: partner.organisationName,
              email: partner.email,
              b: (chunks) => <strong>{chunks}</strong>,
              mail: (chunks) => <a href={`mailto:${partner.email}`}>{chunks}</a>,
            })}
          </p>
          <ol>
            <li>{t('stepIntroduce')}</li>
            <li>{t('stepGoals')}</li>
            <li>{t('stepFirstMeeting')}</li>
          </ol>
        </section>
      ) : null}
      {tandem.reasons.length ? (
        <section aria-labelledby="why">
          {/* Staff look at two other people's tandem: "you" is only for its members. */}
          <h2 id="why">{partner ? t('whyYou') : t('whyThey')}</h2>
          <ul>
            {tandem.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="cards">
        {iAmMentor ? null : <PersonCard person={tandem.mentor} side="mentor" />}
        {iAmMentee ? null : <PersonCard person={tandem.mentee} side="mentee" />}
      </div>
      <p className="muted">{t('publishedOn', { date: formatDate(tandem.publishedAt) })}</p>
    </>
  );
}
