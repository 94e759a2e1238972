import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { type CycleEvent, type cycleEventListSchema, eventEndpoints } from '../../shared/contract/events.ts';
import { cyclesMessages } from '../../shared/i18n/cycles.ts';
import { eventAdminMessages } from '../../shared/i18n/event-admin.ts';
import {
  addDefaultEventPlan,
  eventRegistrationsCsvUrl,
  listCycleEvents,
  listEventRegistrations,
} from '../features/events/api/event-admin.ts';
import { AttendeeList, type RegistrationList } from '../features/events/components/attendee-list.tsx';
import { AttendeeMessage } from '../features/events/components/attendee-message.tsx';
import { EventAdminForm } from '../features/events/components/event-admin-form.tsx';
import { EventAdminList } from '../features/events/components/event-admin-list.tsx';
import { ApiError } from '../lib/api.ts';
import { describeTimeSpan } from '../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useMayCall, useOwnOrganisation } from '../lib/session.tsx';
import { CsvDownload } from '../lib/ui/csv-download.tsx';
import { FormError } from '../lib/ui/fields.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useAction } from '../lib/use-action.ts';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';
import { NotFoundPage } from './not-found.tsx';

type CycleEventList = z.infer<typeof cycleEventListSchema>;

/** The list with one event as saved: replaced where it was, added where it was not. */
function withEvent(list: CycleEventList, event: CycleEvent): CycleEventList {
  const known = list.events.some((e) => e.id === event.id);
  return {
    events: known ? list.events.map((e) => (e.id === event.id ? event : e)) : [...list.events, event],
    // The default plan is offered to a cycle without events only.
    can: { ...list.can, addDefaultPlan: false },
  };
}

/**
 * Staff: the cycle's events, soonest first, with their registrations counted; the coordinator plans,
 * changes and cancels them. A contact's counts are their own organisation's people's.
 */
export function CycleEventsPage({ id }: { id: string }) {
  const t = useMessages(eventAdminMessages);
  const c = useMessages(cyclesMessages);
  const ownOrganisationOnly = useOwnOrganisation() !== undefined;
  const loaded = useResource(`cycle-events-${id}`, (signal) => listCycleEvents(id, signal));
  // What the coordinator's last change answered, until the list is loaded again.
  const [changed, setChanged] = useState<CycleEventList | null>(null);
  const [creating, setCreating] = useState(false);
  const [said, setSaid] = useState('');
  // The new event's form takes focus to its title; closed, focus goes back to the button.
  const newForm = useRef<HTMLElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const wasCreating = useRef(false);
  useEffect(() => {
    if (creating) newForm.current?.querySelector('input')?.focus();
    else if (wasCreating.current) newButton.current?.focus();
    wasCreating.current = creating;
  }, [creating]);
  const plan = useAction(async () => {
    setChanged(await addDefaultEventPlan(id));
    setSaid(t('defaultPlanAdded'));
  });
  const reload = () => {
    setChanged(null);
    loaded.reload();
  };
  return (
    <CycleSection
      cycleId={id}
      section={c('sectionEvents')}
      intro={<p>{ownOrganisationOnly ? t('introOwnOrganisation') : t('intro')}</p>}
    >
      {() => (
        <Loaded resource={loaded} loading={t('loadingEvents')}>
          {(fresh) => {
            const list = changed ?? fresh;
            return (
              <>
                <p role="status" className={said ? 'notice notice--success' : 'visually-hidden'}>
                  {said}
                </p>
                {list.can.create && !creating ? (
                  <p>
                    <button
                      ref={newButton}
                      type="button"
                      className="button"
                      onClick={() => {
                        setSaid('');
                        setCreating(true);
                      }}
                    >
                      {t('newEvent')}
                    </button>
                  </p>
                ) : null}
                {creating ? (
                  <section ref={newForm} className="panel" aria-labelledby="new-event-heading">
                    <h2 id="new-event-heading">{t('newEvent')}</h2>
                    <EventAdminForm
                      cycleId={id}
                      onSaved={(event) => {
                        setChanged(withEvent(list, event));
                        setCreating(false);
                        setSaid(t('eventCreated', { title: event.title }));
                      }}
                      onCancel={() => setCreating(false)}
                      onStale={reload}
                    />
                  </section>
                ) : null}
                {list.events.length ? (
                  <EventAdminList
                    cycleId={id}
                    events={list.events}
                    ownOrganisationOnly={ownOrganisationOnly}
                    onChanged={(event, change) => {
                      setChanged(withEvent(list, event));
                      setSaid(
                        change === 'cancelled'
                          ? t('eventCancelled', { title: event.title })
                          : t('eventSaved', { title: event.title }),
                      );
                    }}
                    onStale={reload}
                  />
                ) : (
                  <Empty>
                    <p>{t('noEvents')}</p>
                    {list.can.addDefaultPlan ? (
                      <>
                        <button
                          type="button"
                          className="button"
                          disabled={plan.busy}
                          onClick={() => void plan.run()}
                        >
                          {plan.busy ? t('adding') : t('addDefaultPlan')}
                        </button>
                        <FormError message={plan.error} />
                      </>
                    ) : null}
                  </Empty>
                )}
              </>
            );
          }}
        </Loaded>
      )}
    </CycleSection>
  );
}

/**
 * Staff: an event's registered people and waiting list, the CSV, and for the coordinator attendance
 * and a message to everyone registered. A contact sees their own organisation's people only.
 */
export function EventAttendeesPage({ id }: { id: string }) {
  const t = useMessages(eventAdminMessages);
  const { language } = useLanguage();
  const mayCall = useMayCall();
  const ownOrganisationOnly = useOwnOrganisation() !== undefined;
  const loaded = useResource(`event-registrations-${id}`, (signal) => listEventRegistrations(id, signal));
  const [saved, setSaved] = useState<RegistrationList | null>(null);
  if (loaded.status === 'error' && loaded.error instanceof ApiError && loaded.error.status === 404)
    return <NotFoundPage />;
  return (
    <Loaded resource={loaded} loading={t('loadingAttendees')}>
      {(fresh) => {
        const { event, registrations } = saved ?? fresh;
        const coordinator = mayCall(eventEndpoints.markAttendance);
        return (
          <Page
            title={t('attendeesTitle', { title: event.title })}
            intro={
              <>
                <p>
                  {describeTimeSpan(language, event)}
                  {event.cancelledAt ? (
                    <>
                      {' '}
                      <span className="badge badge--closed">{t('cancelledBadge')}</span>
                    </>
                  ) : null}
                </p>
                <p>{ownOrganisationOnly ? t('attendeesIntroOwnOrganisation') : t('attendeesIntro')}</p>
              </>
            }
          >
            <p>
              <Link to={`/cycles/${event.cycleId}/events`}>{t('backToEvents')}</Link>
            </p>
            {coordinator && !event.can.markAttendance && !event.cancelledAt ? (
              <p className="muted">{t('attendanceAfterStart')}</p>
            ) : null}
            <AttendeeList event={event} registrations={registrations} onSaved={setSaved} />
            <CsvDownload
              label={t('downloadCsv')}
              href={(separator) => eventRegistrationsCsvUrl(event.id, separator)}
            />
            {event.can.message ? <AttendeeMessage eventId={event.id} /> : null}
          </Page>
        );
      }}
    </Loaded>
  );
}
