import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  type CycleEvent,
  type EventRegistration,
  type eventInputSchema,
  eventRegistrationCsvColumns,
  type MyEvent,
} from '../../../shared/contract/events.ts';
import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { cycleDefaultsMessages } from '../../../shared/i18n/cycle-defaults.ts';
import { errorsEventsMessages } from '../../../shared/i18n/errors-events.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import {
  buildIcs,
  formatLocal,
  type IcsMethod,
  type IcsPerson,
  isKnownTimeZone,
  zonedToInstant,
} from '../../calendar/ics.ts';
import { writeCsv } from '../../csv/csv.ts';
import { addDays, daysBetween } from '../../dates.ts';
import type { Db, Queryable, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { type Message, messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import {
  type EventMailFacts,
  eventCancelledMail,
  eventMessageMail,
  type RegistrationNotice,
  registrationMail,
  waitingMail,
} from './events.mail.ts';
import {
  type EventFacts,
  inAudience,
  mayAddEvents,
  mayChangeEvent,
  mayMarkAttendance,
  mayMessageRegistrants,
  mayRegister,
  maySeeEvent,
  mayUnregister,
  registrationOpen,
  type Standing,
} from './events.policy.ts';
import {
  cancelRegistrationRow,
  claimEventReminder,
  countCycleEvents,
  countRegistrations,
  type EventFields,
  type EventRow,
  findAccountContact,
  findAccountRegistrations,
  findEvent,
  findRegistration,
  insertEvent,
  listCycleEventRows,
  listDueEventReminders,
  listEventsOfCycles,
  listOrganisationCycleIds,
  listParticipantRegistrations,
  listPersonParticipations,
  listRegistrationRows,
  listShownAttendees,
  lockEvent,
  markEventCancelled,
  promoteWaiting,
  type RegistrationRow,
  saveRegistration,
  setAttendance,
  updateEventRow,
} from './events.repository.ts';

const say = messagesOf(errorsEventsMessages);

// The programme's events (decision 0025): the coordinator plans them, participants and contacts
// register (places counted under the event's row lock, a full event keeps a waiting list in order of
// arrival), each registration gets its calendar entry and mails, and the coordinator marks
// attendance. Contacts see their own organisation's people's registrations, nobody else's.

/** The time now, the site's address for links, and the organiser every calendar entry names. */
export interface EventContext {
  now: Date;
  origin: string;
  organizer: IcsPerson;
}

/** Two days: when the reminder before an event goes out. */
export const EVENT_REMINDER_LEAD_MS = 2 * 24 * 60 * 60 * 1000;

/** The zone of the default plan's events; the coordinator changes it per event. */
export const DEFAULT_EVENT_TIME_ZONE = 'Europe/Berlin';

type EventInputValues = z.output<typeof eventInputSchema>;

const invalid = (path: string, message: Message) =>
  new AppError('validation_failed', say('fieldProblem', { path, message }), [{ path, message }]);

function local(instant: Date, timeZone: string) {
  const l = formatLocal(instant, timeZone);
  return `${l.slice(0, 4)}-${l.slice(4, 6)}-${l.slice(6, 8)}T${l.slice(9, 11)}:${l.slice(11, 13)}`;
}

/** The instants of the wall-clock times in the event's zone, refusing zones and times that do not exist. */
function resolveFields(input: EventInputValues): EventFields {
  if (!isKnownTimeZone(input.timeZone)) throw invalid('timeZone', say('unknownTimeZone'));
  const at = (path: string, value: string) => {
    const instant = zonedToInstant(value, input.timeZone);
    if (!instant) throw invalid(path, say('timeMissingInZone', { zone: input.timeZone }));
    return instant;
  };
  const startsAt = at('startsAtLocal', input.startsAtLocal);
  const endsAt = at('endsAtLocal', input.endsAtLocal);
  const registrationDeadline = at('registrationDeadlineLocal', input.registrationDeadlineLocal);
  if (endsAt <= startsAt) {
    throw new AppError('validation_failed', say('endsBeforeStart'), [
      { path: 'endsAtLocal', message: say('endsBeforeStartField') },
    ]);
  }
  if (registrationDeadline > startsAt) {
    throw new AppError('validation_failed', say('deadlineAfterStart'), [
      { path: 'registrationDeadlineLocal', message: say('deadlineAfterStartField') },
    ]);
  }
  return {
    title: input.title,
    description: input.description,
    startsAt,
    endsAt,
    timeZone: input.timeZone,
    place: input.place,
    onlineLink: input.onlineLink,
    audience: input.audience,
    capacity: input.capacity,
    registrationDeadline,
  };
}

function factsOf(row: EventRow): EventFacts {
  return {
    audience: row.audience,
    cycleStatus: row.cycle_status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    registrationDeadline: row.registration_deadline,
    cancelledAt: row.cancelled_at,
  };
}

function mailFactsOf(row: EventRow): EventMailFacts {
  return {
    title: row.title,
    cycleName: row.cycle_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    place: row.place,
    onlineLink: row.online_link,
    registrationDeadline: row.registration_deadline,
  };
}

const registeredCount = (row: EventRow) => Number(row.registered_count ?? 0);

function placesLeft(row: EventRow) {
  return row.capacity === null ? null : Math.max(0, row.capacity - registeredCount(row));
}

function commonFields(row: EventRow) {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    startsAtLocal: local(row.starts_at, row.time_zone),
    endsAtLocal: local(row.ends_at, row.time_zone),
    timeZone: row.time_zone,
    place: row.place,
    onlineLink: row.online_link,
    audience: row.audience,
    capacity: row.capacity,
    registrationDeadline: row.registration_deadline.toISOString(),
    registrationDeadlineLocal: local(row.registration_deadline, row.time_zone),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    placesLeft: placesLeft(row),
  };
}

type Counts = Awaited<ReturnType<typeof countRegistrations>> extends Map<string, infer C> ? C : never;

function presentForStaff(actor: Actor, row: EventRow, counts: Counts, now: Date): CycleEvent {
  const facts = factsOf(row);
  return {
    ...commonFields(row),
    version: row.version,
    counts,
    can: {
      edit: mayChangeEvent(actor, facts, now).allowed,
      cancel: mayChangeEvent(actor, facts, now).allowed,
      markAttendance: mayMarkAttendance(actor, facts, now).allowed,
      message: mayMessageRegistrants(actor, facts).allowed,
    },
  };
}

// ---- Who the caller is to an event ----

/** How the actor stands to a cycle: coordinator, a contact of a taking-part organisation, a participant, or none. */
async function standingIn(db: Queryable, actor: Actor, cycleId: string): Promise<Standing> {
  if (actor.role === 'coordinator') return { kind: 'coordinator' };
  if (actor.role === 'organisation_contact') {
    if (!actor.organisationId) return { kind: 'none' };
    const cycles = await listOrganisationCycleIds(db, actor.organisationId);
    return cycles.includes(cycleId)
      ? { kind: 'contact', organisationId: actor.organisationId }
      : { kind: 'none' };
  }
  if (!actor.personId) return { kind: 'none' };
  const participation = (await listPersonParticipations(db, actor.personId)).find(
    (p) => p.cycle_id === cycleId,
  );
  return participation
    ? {
        kind: 'participant',
        role: participation.role,
        participantId: participation.id,
        organisationId: participation.organisation_id,
      }
    : { kind: 'none' };
}

/** An event the actor may see; any other id answers 404. */
async function requireEvent(db: Queryable, actor: Actor, eventId: string, { lock }: { lock?: Trx } = {}) {
  const row = lock ? await lockEvent(lock, eventId) : await findEvent(db, eventId);
  if (!row) throw notFound('event');
  const standing = await standingIn(db, actor, row.cycle_id);
  enforce(maySeeEvent(standing, factsOf(row)));
  return { row, standing };
}

/** The organisation whose registrations a staff member reads: null for the coordinator (all). */
function staffScope(standing: Standing): string | null {
  return standing.kind === 'contact' ? standing.organisationId : null;
}

// ---- Calendar and mails ----

function programmeLink(origin: string, standing: Standing) {
  return `${origin}${standing.kind === 'contact' ? '/my-organisation' : '/my-programme'}`;
}

function linkFor(origin: string, registration: { participant_id: string | null }) {
  return `${origin}${registration.participant_id === null ? '/my-organisation' : '/my-programme'}`;
}

function calendarOf(
  row: EventRow,
  method: IcsMethod,
  attendee: IcsPerson | null,
  ctx: EventContext,
  link: string,
) {
  return buildIcs({
    method,
    uid: row.ical_uid,
    sequence: row.ical_sequence,
    stamp: ctx.now,
    start: row.starts_at,
    durationMinutes: Math.round((row.ends_at.getTime() - row.starts_at.getTime()) / 60_000),
    timeZone: row.time_zone,
    status: row.cancelled_at !== null || method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    summary: row.title,
    description: `${row.cycle_name}\n${link}`,
    location: [row.place, row.online_link].filter(Boolean).join(' · '),
    url: link,
    organizer: ctx.organizer,
    attendees: attendee ? [{ ...attendee, partStat: 'ACCEPTED' }] : [],
  });
}

/** A notice to one registrant, with the calendar's request or cancellation where it changes their calendar. */
async function notify(
  db: Queryable,
  row: EventRow,
  accountId: string,
  participantId: string | null,
  notice: RegistrationNotice,
  ctx: EventContext,
) {
  const person = await findAccountContact(db, accountId);
  if (!person) return;
  const link = linkFor(ctx.origin, { participant_id: participantId });
  const method: IcsMethod | null =
    notice === 'registered' || notice === 'promoted' || notice === 'updated'
      ? 'REQUEST'
      : notice === 'unregistered'
        ? 'CANCEL'
        : null;
  // Never to the organiser itself (were MAIL_FROM a registrant's own address).
  const toOrganizer = person.email.toLowerCase() === ctx.organizer.email.toLowerCase();
  if (toOrganizer) return;
  await enqueueMail(db, {
    to: person.email,
    kind: `event.${notice}`,
    text: registrationMail({ notice, name: person.name, event: mailFactsOf(row), link }),
    ...(method
      ? {
          calendar: {
            method,
            filename: 'event.ics',
            content: calendarOf(row, method, { name: person.name, email: person.email }, ctx, link),
          },
        }
      : {}),
  });
}

// ---- The coordinator's plan ----

/** A cycle's events for staff, with registration counts (a contact's: their own people's). */
export async function listCycleEvents(db: Queryable, actor: Actor, cycleId: string, now: Date) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const rows = await listCycleEventRows(db, cycleId);
  const counts = await countRegistrations(
    db,
    rows.map((r) => r.id),
    actor.role === 'coordinator' ? null : actor.organisationId,
  );
  const add = mayAddEvents(actor, cycle.status).allowed;
  return {
    events: rows.map((row) => presentForStaff(actor, row, counts.get(row.id)!, now)),
    can: { create: add, addDefaultPlan: add && rows.length === 0 },
  };
}

async function presentOne(db: Queryable, actor: Actor, eventId: string, now: Date) {
  const row = (await findEvent(db, eventId))!;
  const counts = await countRegistrations(db, [row.id], null);
  return presentForStaff(actor, row, counts.get(row.id)!, now);
}

const icalUid = () => `event-${randomUUID()}@crossmentor`;

export async function createEvent(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  input: EventInputValues,
  now: Date,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayAddEvents(actor, cycle.status));
  const fields = resolveFields(input);
  const id = await insertEvent(trx, cycleId, fields, icalUid());
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.created',
    targetType: 'event',
    targetId: id,
    details: { cycleId, title: fields.title },
  });
  return presentOne(trx, actor, id, now);
}

/**
 * The default plan, in the cycle's language: a kick-off on the cycle's first day, a mid-term meeting
 * at its midpoint and a closing ceremony on its last day, each registering until a week before,
 * open to everyone, without a limit on places.
 */
export function defaultEventPlan(cycle: {
  startsOn: string;
  endsOn: string;
  language: UiLanguage;
}): EventInputValues[] {
  const t = translator(cycleDefaultsMessages, cycle.language);
  const midpoint = addDays(cycle.startsOn, Math.floor(daysBetween(cycle.startsOn, cycle.endsOn) / 2));
  const event = (day: string, from: string, to: string, title: string, description: string) => ({
    title,
    description,
    startsAtLocal: `${day}T${from}`,
    endsAtLocal: `${day}T${to}`,
    timeZone: DEFAULT_EVENT_TIME_ZONE,
    place: '',
    onlineLink: '',
    audience: 'everyone' as const,
    capacity: null,
    registrationDeadlineLocal: `${addDays(day, -7)}T${from}`,
  });
  return [
    event(cycle.startsOn, '16:00', '19:00', t('eventKickoffTitle'), t('eventKickoffDescription')),
    event(midpoint, '17:00', '19:00', t('eventMidtermTitle'), t('eventMidtermDescription')),
    event(cycle.endsOn, '17:00', '20:00', t('eventClosingTitle'), t('eventClosingDescription')),
  ];
}

/**
 * Adds the default plan to a new cycle (every way of creating one comes through
 * `addCycleWithSurveys`). An event whose week before has passed by `now` registers until it starts.
 */
export async function addDefaultEvents(
  trx: Trx,
  cycleId: string,
  cycle: { startsOn: string; endsOn: string; language: UiLanguage },
  now?: Date,
) {
  const ids: string[] = [];
  for (const input of defaultEventPlan(cycle)) {
    const fields = resolveFields(input);
    if (now && fields.registrationDeadline < now) fields.registrationDeadline = fields.startsAt;
    ids.push(await insertEvent(trx, cycleId, fields, icalUid()));
  }
  return ids;
}

/** The default plan for a cycle that has no events yet (one created before events existed, or emptied). */
export async function addDefaultEventPlan(trx: Trx, actor: Actor, cycleId: string, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayAddEvents(actor, cycle.status));
  if ((await countCycleEvents(trx, cycleId)) > 0) throw conflict(say('planExists'));
  const ids = await addDefaultEvents(trx, cycleId, cycle, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.default_plan_added',
    targetType: 'cycle',
    targetId: cycleId,
    details: { events: ids.length },
  });
  return listCycleEvents(trx, actor, cycleId, now);
}

/** Fills free places from the waiting list, first come first served, and tells each promoted person. */
async function fillPlaces(trx: Trx, eventId: string, ctx: EventContext) {
  const row = (await findEvent(trx, eventId))!;
  const free = row.capacity === null ? Number.MAX_SAFE_INTEGER : row.capacity - registeredCount(row);
  const promoted = await promoteWaiting(trx, eventId, free, ctx.now);
  if (promoted.length === 0) return 0;
  const after = (await findEvent(trx, eventId))!;
  for (const p of promoted) {
    const registration = await findRegistration(trx, eventId, p.account_id);
    await notify(trx, after, p.account_id, registration?.participant_id ?? null, 'promoted', ctx);
  }
  return promoted.length;
}

const calendarFields = ['starts_at', 'ends_at', 'time_zone', 'place', 'online_link', 'title'] as const;

export async function updateEvent(
  trx: Trx,
  actor: Actor,
  eventId: string,
  input: EventInputValues & { version: number },
  ctx: EventContext,
) {
  const { row } = await requireEvent(trx, actor, eventId, { lock: trx });
  enforce(mayChangeEvent(actor, factsOf(row), ctx.now));
  if (row.version !== input.version) throw staleVersion(say('eventChanged'), row.version);
  const fields = resolveFields(input);
  const registered = registeredCount(row);
  if (fields.capacity !== null && fields.capacity < registered) {
    throw new AppError('conflict', say('capacityBelowRegistered', { registered }), [
      { path: 'capacity', message: say('capacityBelowRegistered', { registered }) },
    ]);
  }
  const next = {
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    time_zone: fields.timeZone,
    place: fields.place,
    online_link: fields.onlineLink,
    title: fields.title,
  };
  const calendarChanged = calendarFields.some((f) =>
    next[f] instanceof Date ? next[f].getTime() !== (row[f] as Date).getTime() : next[f] !== row[f],
  );
  await updateEventRow(trx, eventId, fields, ctx.now, { bumpSequence: calendarChanged });
  const updated = (await findEvent(trx, eventId))!;
  if (calendarChanged) {
    for (const r of await listRegistrationRows(trx, eventId, null)) {
      if (r.status === 'registered') {
        await notify(trx, updated, r.account_id, r.participant_id, 'updated', ctx);
      }
    }
  }
  const promoted = await fillPlaces(trx, eventId, ctx);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.updated',
    targetType: 'event',
    targetId: eventId,
    details: { calendarChanged, promoted },
  });
  return presentOne(trx, actor, eventId, ctx.now);
}

export async function cancelEvent(trx: Trx, actor: Actor, eventId: string, note: string, ctx: EventContext) {
  const { row } = await requireEvent(trx, actor, eventId, { lock: trx });
  enforce(mayChangeEvent(actor, factsOf(row), ctx.now));
  await markEventCancelled(trx, eventId, ctx.now);
  const cancelled = (await findEvent(trx, eventId))!;
  const registrations = await listRegistrationRows(trx, eventId, null);
  for (const r of registrations) {
    if (r.account_email.toLowerCase() === ctx.organizer.email.toLowerCase()) continue;
    const registered = r.status === 'registered';
    const link = linkFor(ctx.origin, r);
    await enqueueMail(trx, {
      to: r.account_email,
      kind: 'event.cancelled',
      text: eventCancelledMail({ name: r.name, event: mailFactsOf(cancelled), link, note, registered }),
      ...(registered
        ? {
            calendar: {
              method: 'CANCEL' as const,
              filename: 'event.ics',
              content: calendarOf(cancelled, 'CANCEL', { name: r.name, email: r.account_email }, ctx, link),
            },
          }
        : {}),
    });
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.cancelled',
    targetType: 'event',
    targetId: eventId,
    details: { told: registrations.length },
  });
  return presentOne(trx, actor, eventId, ctx.now);
}

// ---- Registration ----

async function presentMine(
  db: Queryable,
  actor: Actor,
  row: EventRow,
  standing: Standing,
  now: Date,
): Promise<MyEvent> {
  const mine = (await findAccountRegistrations(db, actor.accountId, [row.id])).get(row.id) ?? null;
  return presentMineWith(db, row, standing, mine, now);
}

async function presentMineWith(
  db: Queryable,
  row: EventRow,
  standing: Standing,
  mine: RegistrationRow | null,
  now: Date,
): Promise<MyEvent> {
  const facts = factsOf(row);
  const isRegistered = mine?.status === 'registered';
  // Only someone registered themself sees who else comes, and only those who agreed to be seen.
  const fellows = isRegistered
    ? (await listShownAttendees(db, row.id))
        .filter((a) => a.account_id !== mine.account_id)
        .map((a) => ({ name: a.name, organisationName: a.organisation_name }))
    : [];
  return {
    ...commonFields(row),
    myRegistration: mine
      ? {
          status: mine.status as 'registered' | 'waiting',
          waitingPosition: mine.waiting_position,
          showToAttendees: mine.show_to_attendees,
          registeredAt: mine.registered_at.toISOString(),
        }
      : null,
    registrationOpen: registrationOpen(facts, now),
    fellowAttendees: fellows,
    can: {
      register: mayRegister(standing, facts, mine !== null, now).allowed,
      unregister: mayUnregister(standing, facts, mine !== null, now).allowed,
      downloadCalendar: facts.cancelledAt === null,
    },
  };
}

/** The events meant for the caller in the cycles they take part in (a contact: their organisation's cycles). */
export async function listMyEvents(db: Queryable, actor: Actor, now: Date): Promise<MyEvent[]> {
  const standings = new Map<string, Standing>();
  if (actor.role === 'organisation_contact' && actor.organisationId) {
    for (const cycleId of await listOrganisationCycleIds(db, actor.organisationId)) {
      standings.set(cycleId, { kind: 'contact', organisationId: actor.organisationId });
    }
  } else if (actor.role === 'participant' && actor.personId) {
    for (const p of await listPersonParticipations(db, actor.personId)) {
      standings.set(p.cycle_id, {
        kind: 'participant',
        role: p.role,
        participantId: p.id,
        organisationId: p.organisation_id,
      });
    }
  }
  const rows = (await listEventsOfCycles(db, [...standings.keys()])).filter((row) =>
    inAudience(standings.get(row.cycle_id)!, row.audience),
  );
  const mine = await findAccountRegistrations(
    db,
    actor.accountId,
    rows.map((r) => r.id),
  );
  const events: MyEvent[] = [];
  for (const row of rows) {
    events.push(await presentMineWith(db, row, standings.get(row.cycle_id)!, mine.get(row.id) ?? null, now));
  }
  return events;
}

/**
 * Registers the caller, or puts them on the waiting list when every place is taken. The event's
 * row is locked first, so concurrent registrations count places one after another and the queue
 * number drawn here is the order of arrival.
 */
export async function registerForEvent(
  trx: Trx,
  actor: Actor,
  eventId: string,
  input: { showToAttendees: boolean },
  ctx: EventContext,
) {
  const { row, standing } = await requireEvent(trx, actor, eventId, { lock: trx });
  const existing = await findRegistration(trx, eventId, actor.accountId);
  const active = existing !== undefined && existing.status !== 'cancelled';
  enforce(mayRegister(standing, factsOf(row), active, ctx.now));
  const full = row.capacity !== null && registeredCount(row) >= row.capacity;
  const participantId = standing.kind === 'participant' ? standing.participantId : null;
  const organisationId =
    standing.kind === 'participant' || standing.kind === 'contact' ? standing.organisationId : null;
  await saveRegistration(trx, {
    eventId,
    accountId: actor.accountId,
    organisationId,
    participantId,
    status: full ? 'waiting' : 'registered',
    showToAttendees: input.showToAttendees,
    now: ctx.now,
  });
  const after = (await findEvent(trx, eventId))!;
  const mine = (await findAccountRegistrations(trx, actor.accountId, [eventId])).get(eventId)!;
  if (full) {
    const person = await findAccountContact(trx, actor.accountId);
    if (person && person.email.toLowerCase() !== ctx.organizer.email.toLowerCase()) {
      await enqueueMail(trx, {
        to: person.email,
        kind: 'event.waiting',
        text: waitingMail({
          name: person.name,
          event: mailFactsOf(after),
          link: programmeLink(ctx.origin, standing),
          position: mine.waiting_position ?? 1,
        }),
      });
    }
  } else {
    await notify(trx, after, actor.accountId, participantId, 'registered', ctx);
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: full ? 'event.waiting_list_joined' : 'event.registered',
    targetType: 'event',
    targetId: eventId,
  });
  return presentMineWith(trx, after, standing, mine, ctx.now);
}

/** Unregisters the caller (or takes them off the waiting list); a freed place goes to the first waiting. */
export async function unregisterFromEvent(trx: Trx, actor: Actor, eventId: string, ctx: EventContext) {
  const { row, standing } = await requireEvent(trx, actor, eventId, { lock: trx });
  const existing = await findRegistration(trx, eventId, actor.accountId);
  const active = existing !== undefined && existing.status !== 'cancelled';
  enforce(mayUnregister(standing, factsOf(row), active, ctx.now));
  const wasRegistered = existing!.status === 'registered';
  await cancelRegistrationRow(trx, existing!.id, ctx.now);
  // The calendar's cancellation carries a higher SEQUENCE, and so will a later registration's request.
  await updateSequence(trx, eventId);
  const after = (await findEvent(trx, eventId))!;
  await notify(
    trx,
    after,
    actor.accountId,
    existing!.participant_id,
    wasRegistered ? 'unregistered' : 'leftWaitingList',
    ctx,
  );
  const promoted = wasRegistered ? await fillPlaces(trx, eventId, ctx) : 0;
  await recordAudit(trx, auditContext(actor, null), {
    action: wasRegistered ? 'event.unregistered' : 'event.waiting_list_left',
    targetType: 'event',
    targetId: eventId,
    details: { promoted },
  });
  return presentMine(trx, actor, (await findEvent(trx, eventId))!, standing, ctx.now);
}

async function updateSequence(trx: Trx, eventId: string) {
  await trx
    .updateTable('events')
    .set((eb) => ({ ical_sequence: eb('ical_sequence', '+', 1) }))
    .where('id', '=', eventId)
    .execute();
}

/** The event as a calendar file to import by hand (METHOD:PUBLISH), for anyone who sees it. */
export async function eventCalendarFile(db: Queryable, actor: Actor, eventId: string, ctx: EventContext) {
  const { row, standing } = await requireEvent(db, actor, eventId);
  return calendarOf(row, 'PUBLISH', null, ctx, programmeLink(ctx.origin, standing));
}

// ---- The attendee list ----

function presentRegistration(r: RegistrationRow): EventRegistration {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    organisationName: r.organisation_name,
    role: r.participant_role ?? 'contact',
    status: r.status as 'registered' | 'waiting',
    waitingPosition: r.waiting_position,
    registeredAt: r.registered_at.toISOString(),
    attended: r.attended,
  };
}

/** The attendee list and waiting list; a contact reads only their own organisation's people. */
export async function listEventRegistrations(db: Queryable, actor: Actor, eventId: string, now: Date) {
  const { row, standing } = await requireEvent(db, actor, eventId);
  const scope = staffScope(standing);
  const rows = await listRegistrationRows(db, eventId, scope);
  const counts = await countRegistrations(db, [eventId], scope);
  return {
    event: presentForStaff(actor, row, counts.get(eventId)!, now),
    registrations: rows.map(presentRegistration),
  };
}

export async function markAttendance(
  trx: Trx,
  actor: Actor,
  eventId: string,
  marks: readonly { registrationId: string; attended: boolean | null }[],
  now: Date,
) {
  const { row } = await requireEvent(trx, actor, eventId, { lock: trx });
  enforce(mayMarkAttendance(actor, factsOf(row), now));
  const registered = new Set(
    (await listRegistrationRows(trx, eventId, null))
      .filter((r) => r.status === 'registered')
      .map((r) => r.id),
  );
  const unknown = marks.flatMap((m, i) => (registered.has(m.registrationId) ? [] : [i]));
  if (unknown.length > 0) {
    throw new AppError(
      'validation_failed',
      say('fieldProblem', { path: `marks.${unknown[0]}.registrationId`, message: say('notRegisteredMark') }),
      unknown.map((i) => ({ path: `marks.${i}.registrationId`, message: say('notRegisteredMark') })),
    );
  }
  await setAttendance(trx, eventId, marks, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.attendance_marked',
    targetType: 'event',
    targetId: eventId,
    details: { marks: marks.length },
  });
  return listEventRegistrations(trx, actor, eventId, now);
}

export async function exportEventRegistrations(
  trx: Trx,
  actor: Actor,
  eventId: string,
  separator: CsvSeparator,
) {
  const { row, standing } = await requireEvent(trx, actor, eventId);
  const rows = (await listRegistrationRows(trx, eventId, staffScope(standing))).map(presentRegistration);
  const records = rows.map((r) => [
    r.name,
    r.email,
    r.organisationName,
    r.role,
    r.status,
    r.waitingPosition ?? '',
    r.registeredAt,
    r.attended === null ? '' : r.attended ? 'yes' : 'no',
  ]);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.registrations_exported',
    targetType: 'event',
    targetId: eventId,
    details: { count: records.length },
  });
  return {
    csv: `\uFEFF${writeCsv(eventRegistrationCsvColumns, records, separator === 'semicolon' ? ';' : ',')}`,
    title: row.title,
  };
}

export async function messageRegistrants(
  trx: Trx,
  actor: Actor,
  eventId: string,
  message: { subject: string; body: string; includeWaiting: boolean },
) {
  const { row } = await requireEvent(trx, actor, eventId);
  enforce(mayMessageRegistrants(actor, factsOf(row)));
  const recipients = (await listRegistrationRows(trx, eventId, null)).filter(
    (r) => r.status === 'registered' || message.includeWaiting,
  );
  if (recipients.length === 0) throw conflict(say('nobodyToMessage'));
  for (const r of recipients) {
    await enqueueMail(trx, {
      to: r.account_email,
      kind: 'event.message',
      text: eventMessageMail({
        name: r.name,
        subject: message.subject,
        body: message.body,
        event: mailFactsOf(row),
        registered: r.status === 'registered',
      }),
    });
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'event.message_sent',
    targetType: 'event',
    targetId: eventId,
    details: { recipients: recipients.length, subject: message.subject },
  });
  return { recipients: recipients.length };
}

// ---- Reminders and figures ----

/**
 * The reminder two days before, once per registration (claimed in the mail's own transaction, so
 * several processes running the job send it once). Returns how many went out.
 */
export async function sendDueEventReminders(db: Db, now: Date, siteOrigin: string) {
  let sent = 0;
  for (const due of await listDueEventReminders(db, now, EVENT_REMINDER_LEAD_MS)) {
    sent += await db.transaction().execute(async (trx) => {
      if (!(await claimEventReminder(trx, due.id, now))) return 0;
      const row = await findEvent(trx, due.event_id);
      const person = await findAccountContact(trx, due.account_id);
      const registration = await findRegistration(trx, due.event_id, due.account_id);
      if (!row || !person || !registration) return 0;
      await enqueueMail(trx, {
        to: person.email,
        kind: 'event.reminder',
        text: registrationMail({
          notice: 'reminder',
          name: person.name,
          event: mailFactsOf(row),
          link: linkFor(siteOrigin, registration),
        }),
      });
      return 1;
    });
  }
  return sent;
}

/**
 * The cycle's events not cancelled with their registration counts, soonest first, for the
 * dashboard: all registrations for the coordinator, an organisation's people's for its contact
 * (what their attendee lists show them one by one).
 */
export async function cycleEventFigures(db: Queryable, cycleId: string, organisationId: string | null) {
  const rows = (await listCycleEventRows(db, cycleId)).filter((r) => r.cancelled_at === null);
  const counts = await countRegistrations(
    db,
    rows.map((r) => r.id),
    organisationId,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    timeZone: r.time_zone,
    ...counts.get(r.id)!,
  }));
}

/**
 * The cycle's events not cancelled with who of its participants registered and whether they
 * attended, for the reports (contacts registering are no participants and are left out).
 */
export async function cycleEventAttendanceFacts(db: Queryable, cycleId: string) {
  const rows = (await listCycleEventRows(db, cycleId)).filter((r) => r.cancelled_at === null);
  const registrations = await listParticipantRegistrations(db, cycleId);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at.toISOString(),
    registrations: registrations
      .filter((g) => g.event_id === r.id)
      .map((g) => ({ participantId: g.participant_id as string, attended: g.attended === true })),
  }));
}
