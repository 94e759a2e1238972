import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { CycleEvent } from '../../../../shared/contract/events.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { describeMoment, describeTimeSpan } from '../../../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Markdown, safeHref } from '../../../lib/markdown.tsx';
import { Link } from '../../../lib/router.tsx';
import { EventAdminCancel } from './event-admin-cancel.tsx';
import { EventAdminForm } from './event-admin-form.tsx';
import { audienceLabel } from './event-admin-labels.tsx';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** Soonest first; cancelled ones stay where they were planned, with their badge. */
export function soonestFirst(events: readonly CycleEvent[]): CycleEvent[] {
  return [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

type Props = {
  cycleId: string;
  events: readonly CycleEvent[];
  /** A contact's counts are their own organisation's people's; the page says so. */
  ownOrganisationOnly: boolean;
  /** An event as saved (changed or cancelled); the list shows it from then on. */
  onChanged: (event: CycleEvent, change: 'saved' | 'cancelled') => void;
  /** A change met a newer version: the list loads what is saved now. */
  onStale: () => void;
};

export function EventAdminList({ cycleId, events, ownOrganisationOnly, onChanged, onStale }: Props) {
  return (
    <div className="cards">
      {soonestFirst(events).map((event) => (
        <EventAdminCard
          key={event.id}
          cycleId={cycleId}
          event={event}
          ownOrganisationOnly={ownOrganisationOnly}
          onChanged={onChanged}
          onStale={onStale}
        />
      ))}
    </div>
  );
}

type CardProps = Omit<Props, 'events'> & { event: CycleEvent };

function EventAdminCard({ cycleId, event, ownOrganisationOnly, onChanged, onStale }: CardProps) {
  const t = useMessages(eventAdminMessages);
  const { language } = useLanguage();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // The form takes focus to its first field; closed, focus goes back to the button that opened it.
  const form = useRef<HTMLElement>(null);
  useEffect(() => {
    if (editing) form.current?.querySelector('input')?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const headingId = `event-${event.id}`;
  const link = safeHref(event.onlineLink);
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {event.title}
        {event.cancelledAt ? (
          <>
            {' '}
            <span className="badge badge--closed">{t('cancelledBadge')}</span>
          </>
        ) : null}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('when')}</dt>
          <dd>{describeTimeSpan(language, event)}</dd>
        </div>
        <div>
          <dt>{t('where')}</dt>
          <dd>
            {event.place ? <span className="cell-line">{event.place}</span> : null}
            {link ? (
              <span className="cell-line">
                <a href={link} rel="noopener noreferrer" target="_blank">
                  {t('onlineLink')}
                </a>
              </span>
            ) : null}
            {!event.place && !link ? t('placeOpen') : null}
          </dd>
        </div>
        <div>
          <dt>{t('audience')}</dt>
          <dd>{audienceLabel(language, event.audience)}</dd>
        </div>
        <div>
          <dt>{t('places')}</dt>
          <dd>
            {event.capacity === null
              ? t('noLimit')
              : t('placesLeftOf', { capacity: event.capacity, left: event.placesLeft ?? 0 })}
          </dd>
        </div>
        <div>
          <dt>{t('deadline')}</dt>
          <dd>{describeMoment(language, event.registrationDeadline, event.timeZone)}</dd>
        </div>
        <div>
          <dt>{ownOrganisationOnly ? t('countsOwnOrganisation') : t('counts')}</dt>
          <dd>{t('countsLine', event.counts)}</dd>
        </div>
      </dl>
      {event.description.trim() ? <Markdown source={event.description} /> : null}
      <p className="button-row">
        <Link to={`/events/${event.id}/attendees`}>
          {t.rich('attendeesLink', { title: event.title, hidden })}
        </Link>
        {event.can.edit && !editing ? (
          <button
            ref={editButton}
            type="button"
            className="button button--secondary"
            onClick={() => setEditing(true)}
          >
            {t.rich('editEvent', { title: event.title, hidden })}
          </button>
        ) : null}
      </p>
      {editing ? (
        <section ref={form} aria-label={t('editTitle', { title: event.title })}>
          <EventAdminForm
            // A reload after a stale save brings a new version: the form starts from it.
            key={event.version}
            cycleId={cycleId}
            event={event}
            onSaved={(saved) => {
              setEditing(false);
              onChanged(saved, 'saved');
            }}
            onCancel={() => setEditing(false)}
            onStale={onStale}
          />
        </section>
      ) : event.can.cancel ? (
        <EventAdminCancel event={event} onCancelled={(cancelled) => onChanged(cancelled, 'cancelled')} />
      ) : null}
    </article>
  );
}
