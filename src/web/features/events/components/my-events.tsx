import { type ReactNode, useId, useState } from 'react';
import type { MyEvent } from '../../../../shared/contract/events.ts';
import { eventsMessages } from '../../../../shared/i18n/events.ts';
import { describeMoment, describeTimeSpan } from '../../../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Markdown, safeHref } from '../../../lib/markdown.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { eventCalendarUrl, listMyEvents, registerForEvent, unregisterFromEvent } from '../api/events.ts';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * The events of the reader's programmes meant for them (a contact's: those for contacts and
 * everyone), coming ones first: register, join the waiting list, unregister, add to the calendar,
 * and see who else comes among those who agreed to be shown.
 */
export function MyEvents() {
  const t = useMessages(eventsMessages);
  const events = useResource('my-events', (signal) => listMyEvents(signal));
  const [status, setStatus] = useState('');
  const headingId = useId();
  return (
    <section className="my-events" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {status}
      </p>
      <Loaded resource={events} loading={t('loading')}>
        {(list) => {
          if (list.length === 0) return <p className="empty-state">{t('none')}</p>;
          const now = Date.now();
          const upcoming = list.filter((e) => new Date(e.endsAt).getTime() > now);
          const past = list.filter((e) => new Date(e.endsAt).getTime() <= now).reverse();
          const item = (event: MyEvent) => (
            <EventItem
              key={event.id}
              event={event}
              onChanged={(said) => {
                setStatus(said);
                events.reload();
              }}
            />
          );
          return (
            <>
              {upcoming.length > 0 && (
                <>
                  <h3>{t('upcoming')}</h3>
                  <ul className="event-list">{upcoming.map(item)}</ul>
                </>
              )}
              {past.length > 0 && (
                <details>
                  <summary>{t('past')}</summary>
                  <ul className="event-list">{past.map(item)}</ul>
                </details>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function EventItem({ event, onChanged }: { event: MyEvent; onChanged: (said: string) => void }) {
  const t = useMessages(eventsMessages);
  const { language } = useLanguage();
  const [showMe, setShowMe] = useState(false);
  const checkboxId = useId();
  const hintId = useId();
  const mine = event.myRegistration;
  const register = useAction(async () => {
    const after = await registerForEvent(event.id, showMe);
    const position = after.myRegistration?.waitingPosition;
    onChanged(position ? t('waitingNow', { position }) : t('registeredNow', { title: event.title }));
  });
  const unregister = useAction(async () => {
    await unregisterFromEvent(event.id);
    onChanged(
      mine?.status === 'waiting'
        ? t('leftWaitingListNow', { title: event.title })
        : t('unregisteredNow', { title: event.title }),
    );
  });
  const deadline = describeMoment(language, event.registrationDeadline, event.timeZone);
  const full = event.placesLeft === 0;
  const error = register.error ?? unregister.error;
  return (
    <li className={`event${event.cancelledAt ? ' event--cancelled' : ''}`}>
      <h4>
        {event.title} {event.cancelledAt && <span className="badge badge--closed">{t('cancelled')}</span>}
      </h4>
      <p>
        <time dateTime={event.startsAt}>{describeTimeSpan(language, event)}</time>
      </p>
      <ul className="event__facts">
        <li>{t('cycle', { cycle: event.cycleName })}</li>
        {event.place && <li>{t('place', { place: event.place })}</li>}
        {event.onlineLink && (
          <li>
            {t.rich('online', {
              url: event.onlineLink,
              a: (chunks) => (
                <a href={safeHref(event.onlineLink) ?? undefined} rel="noopener noreferrer" target="_blank">
                  {chunks}
                </a>
              ),
            })}
          </li>
        )}
        <li>{t('audience', { audience: event.audience })}</li>
        {!event.cancelledAt && (
          <li>
            {t('places', {
              left: event.placesLeft === null ? 'unlimited' : 'limited',
              count: event.placesLeft ?? 0,
            })}
          </li>
        )}
        {!event.cancelledAt && <li>{t(event.registrationOpen ? 'deadline' : 'closed', { deadline })}</li>}
      </ul>
      {event.description && <Markdown source={event.description} className="event__description" />}
      {mine && !event.cancelledAt && (
        <p className="notice notice--info">
          {mine.status === 'registered'
            ? t('registered')
            : t('waiting', { position: mine.waitingPosition ?? 1 })}{' '}
          {t(mine.showToAttendees ? 'shownToOthers' : 'notShown')}
        </p>
      )}
      {event.can.register && (
        <div className="event__register">
          <p className="field--checkbox">
            <input
              id={checkboxId}
              type="checkbox"
              checked={showMe}
              aria-describedby={hintId}
              onChange={(e) => setShowMe(e.target.checked)}
            />{' '}
            <label htmlFor={checkboxId}>{t('showMe')}</label>
          </p>
          <p id={hintId} className="hint">
            {t('showMeHint')}
          </p>
        </div>
      )}
      <div className="button-row">
        {event.can.register && (
          <button type="button" className="button" disabled={register.busy} onClick={() => register.run()}>
            {t.rich(full ? 'joinWaitingList' : 'register', { title: event.title, hidden })}
          </button>
        )}
        {event.can.unregister && (
          <button
            type="button"
            className="button button--secondary"
            disabled={unregister.busy}
            onClick={() => unregister.run()}
          >
            {t.rich(mine?.status === 'waiting' ? 'leaveWaitingList' : 'unregister', {
              title: event.title,
              hidden,
            })}
          </button>
        )}
        {mine?.status === 'registered' && event.can.downloadCalendar && (
          <a className="button button--secondary" href={eventCalendarUrl(event.id)} download>
            {t.rich('addToCalendar', { title: event.title, hidden })}
          </a>
        )}
      </div>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      {mine?.status === 'registered' && !event.cancelledAt && (
        <div className="event__fellows">
          <h5>{t('fellows')}</h5>
          {event.fellowAttendees.length === 0 ? (
            <p>{t('noFellows')}</p>
          ) : (
            <ul>
              {event.fellowAttendees.map((f) => (
                <li key={`${f.name}-${f.organisationName}`}>
                  {f.organisationName ? `${f.name} (${f.organisationName})` : f.name}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
