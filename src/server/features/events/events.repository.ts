import { sql } from 'kysely';
import type { EventAudience } from '../../../shared/contract/events.ts';
import type { Queryable, Trx } from '../../db/database.ts';

// A cycle's events and their registrations (decision 0025). Places are counted under the event's
// row lock (`lockEvent`), so two registrations never both take the last place.

export interface EventFields {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string;
  onlineLink: string;
  audience: EventAudience;
  capacity: number | null;
  registrationDeadline: Date;
}

function eventQuery(db: Queryable) {
  return db
    .selectFrom('events as e')
    .innerJoin('cycles as c', 'c.id', 'e.cycle_id')
    .select([
      'e.id',
      'e.cycle_id',
      'c.name as cycle_name',
      'c.status as cycle_status',
      'e.title',
      'e.description',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      'e.place',
      'e.online_link',
      'e.audience',
      'e.capacity',
      'e.registration_deadline',
      'e.cancelled_at',
      'e.ical_uid',
      'e.ical_sequence',
      'e.version',
      (eb) =>
        eb
          .selectFrom('event_registrations as r')
          .select((s) => s.fn.countAll<string | number>().as('n'))
          .whereRef('r.event_id', '=', 'e.id')
          .where('r.status', '=', 'registered')
          .as('registered_count'),
    ]);
}

export type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

export function findEvent(db: Queryable, eventId: string) {
  return eventQuery(db).where('e.id', '=', eventId).executeTakeFirst();
}

/** Holds the event's row until the transaction ends: registrations count places one at a time. */
export async function lockEvent(trx: Trx, eventId: string) {
  const locked = await trx
    .selectFrom('events')
    .select('id')
    .where('id', '=', eventId)
    .forUpdate()
    .executeTakeFirst();
  return locked ? findEvent(trx, eventId) : undefined;
}

export function listCycleEventRows(db: Queryable, cycleId: string) {
  return eventQuery(db).where('e.cycle_id', '=', cycleId).orderBy('e.starts_at').orderBy('e.id').execute();
}

export function countCycleEvents(db: Queryable, cycleId: string) {
  return db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('cycle_id', '=', cycleId)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

/** An event's fields as its table's columns. */
function columnsOf(fields: EventFields) {
  return {
    title: fields.title,
    description: fields.description,
    starts_at: fields.startsAt,
    ends_at: fields.endsAt,
    time_zone: fields.timeZone,
    place: fields.place,
    online_link: fields.onlineLink,
    audience: fields.audience,
    capacity: fields.capacity,
    registration_deadline: fields.registrationDeadline,
  };
}

export async function insertEvent(trx: Trx, cycleId: string, fields: EventFields, icalUid: string) {
  const { id } = await trx
    .insertInto('events')
    .values({ cycle_id: cycleId, ...columnsOf(fields), ical_uid: icalUid })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEventRow(
  trx: Trx,
  eventId: string,
  fields: EventFields,
  now: Date,
  { bumpSequence }: { bumpSequence: boolean },
) {
  await trx
    .updateTable('events')
    .set((eb) => ({
      ...columnsOf(fields),
      version: eb('version', '+', 1),
      ical_sequence: bumpSequence ? eb('ical_sequence', '+', 1) : eb.ref('ical_sequence'),
      updated_at: now,
    }))
    .where('id', '=', eventId)
    .execute();
}

export async function markEventCancelled(trx: Trx, eventId: string, now: Date) {
  await trx
    .updateTable('events')
    .set((eb) => ({
      cancelled_at: now,
      updated_at: now,
      version: eb('version', '+', 1),
      ical_sequence: eb('ical_sequence', '+', 1),
    }))
    .where('id', '=', eventId)
    .execute();
}

/**
 * Registered, waiting, attended and unmarked per event; only the people of `organisationId` when
 * given (a contact's view).
 */
export async function countRegistrations(
  db: Queryable,
  eventIds: readonly string[],
  organisationId: string | null,
) {
  const counts = new Map<string, { registered: number; waiting: number; attended: number; unmarked: number }>(
    eventIds.map((id) => [id, { registered: 0, waiting: 0, attended: 0, unmarked: 0 }]),
  );
  if (eventIds.length === 0) return counts;
  let query = db
    .selectFrom('event_registrations')
    .select([
      'event_id',
      sql<string | number>`count(*) filter (where status = 'registered')`.as('registered'),
      sql<string | number>`count(*) filter (where status = 'waiting')`.as('waiting'),
      sql<string | number>`count(*) filter (where status = 'registered' and attended)`.as('attended'),
      sql<string | number>`count(*) filter (where status = 'registered' and attended is null)`.as('unmarked'),
    ])
    .where('event_id', 'in', eventIds)
    .groupBy('event_id');
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  for (const row of await query.execute()) {
    counts.set(row.event_id, {
      registered: Number(row.registered),
      waiting: Number(row.waiting),
      attended: Number(row.attended),
      unmarked: Number(row.unmarked),
    });
  }
  return counts;
}

/**
 * An event's registrations that are not cancelled, registered first and then the waiting list in
 * order, each with its place on the whole waiting list (also when only one organisation's are read).
 */
export async function listRegistrationRows(db: Queryable, eventId: string, organisationId: string | null) {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('event_registrations as r')
        .select([
          'r.id',
          'r.account_id',
          'r.organisation_id',
          'r.participant_id',
          'r.status',
          'r.queue_number',
          'r.registered_at',
          'r.attended',
          'r.show_to_attendees',
          sql<
            string | number | null
          >`case when r.status = 'waiting' then row_number() over (partition by r.status order by r.queue_number) end`.as(
            'waiting_position',
          ),
        ])
        .where('r.event_id', '=', eventId)
        .where('r.status', '<>', 'cancelled')
        .as('q'),
    )
    .innerJoin('accounts as a', 'a.id', 'q.account_id')
    .leftJoin('organisations as o', 'o.id', 'q.organisation_id')
    .leftJoin('participants as p', 'p.id', 'q.participant_id')
    .leftJoin('people as pe', 'pe.id', 'p.person_id')
    .select([
      'q.id',
      'q.account_id',
      'q.organisation_id',
      'q.participant_id',
      'q.status',
      'q.registered_at',
      'q.attended',
      'q.show_to_attendees',
      'q.waiting_position',
      'q.queue_number',
      'p.role as participant_role',
      // A participant's name and address as kept with the person; a contact's, with the account.
      sql<string>`coalesce(pe.name, a.name)`.as('name'),
      sql<string>`coalesce(pe.email, a.email)`.as('email'),
      sql<string>`coalesce(o.name, '')`.as('organisation_name'),
      'a.email as account_email',
    ])
    .$if(organisationId !== null, (q) => q.where('q.organisation_id', '=', organisationId!))
    .orderBy(sql`case when q.status = 'registered' then 0 else 1 end`)
    .orderBy('q.queue_number')
    .execute();
  return rows.map((r) => ({
    ...r,
    waiting_position: r.waiting_position === null ? null : Number(r.waiting_position),
  }));
}

export type RegistrationRow = Awaited<ReturnType<typeof listRegistrationRows>>[number];

/** The account's registrations (not cancelled) for these events, with their place on the waiting list. */
export async function findAccountRegistrations(
  db: Queryable,
  accountId: string,
  eventIds: readonly string[],
) {
  if (eventIds.length === 0) return new Map<string, RegistrationRow>();
  const found = new Map<string, RegistrationRow>();
  for (const eventId of eventIds) {
    const row = (await listRegistrationRows(db, eventId, null)).find((r) => r.account_id === accountId);
    if (row) found.set(eventId, row);
  }
  return found;
}

/** The account's registration row for one event, any status. */
export function findRegistration(db: Queryable, eventId: string, accountId: string) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/**
 * Registers the account, or puts it on the waiting list; a cancelled registration comes back at
 * the end of the queue. Run under the event's lock: the queue number drawn here is the order of arrival.
 */
export async function saveRegistration(
  trx: Trx,
  r: {
    eventId: string;
    accountId: string;
    organisationId: string | null;
    participantId: string | null;
    status: 'registered' | 'waiting';
    showToAttendees: boolean;
    now: Date;
  },
) {
  await trx
    .insertInto('event_registrations')
    .values({
      event_id: r.eventId,
      account_id: r.accountId,
      organisation_id: r.organisationId,
      participant_id: r.participantId,
      status: r.status,
      show_to_attendees: r.showToAttendees,
      registered_at: r.now,
    })
    .onConflict((oc) =>
      oc.columns(['event_id', 'account_id']).doUpdateSet({
        organisation_id: r.organisationId,
        participant_id: r.participantId,
        status: r.status,
        show_to_attendees: r.showToAttendees,
        registered_at: r.now,
        queue_number: sql`nextval('event_registration_queue')`,
        cancelled_at: null,
        promoted_at: null,
        attended: null,
        attendance_marked_at: null,
        reminded_at: null,
      }),
    )
    .execute();
}

export async function cancelRegistrationRow(trx: Trx, registrationId: string, now: Date) {
  await trx
    .updateTable('event_registrations')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', registrationId)
    .execute();
}

/** The first `count` on the waiting list, moved onto the event's places. Run under the event's lock. */
export async function promoteWaiting(trx: Trx, eventId: string, count: number, now: Date) {
  if (count <= 0) return [];
  const first = await trx
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('queue_number')
    .limit(count)
    .execute();
  if (first.length === 0) return [];
  return trx
    .updateTable('event_registrations')
    .set({ status: 'registered', promoted_at: now })
    .where(
      'id',
      'in',
      first.map((f) => f.id),
    )
    .returning(['id', 'account_id'])
    .execute();
}

/** Registered attendees who agreed to be shown to the others. */
export function listShownAttendees(db: Queryable, eventId: string) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .leftJoin('participants as p', 'p.id', 'r.participant_id')
    .leftJoin('people as pe', 'pe.id', 'p.person_id')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.account_id',
      sql<string>`coalesce(pe.name, a.name)`.as('name'),
      sql<string>`coalesce(o.name, '')`.as('organisation_name'),
    ])
    .where('r.event_id', '=', eventId)
    .where('r.status', '=', 'registered')
    .where('r.show_to_attendees', '=', true)
    .orderBy('name')
    .execute();
}

export async function setAttendance(
  trx: Trx,
  eventId: string,
  marks: readonly { registrationId: string; attended: boolean | null }[],
  now: Date,
) {
  let changed = 0;
  for (const mark of marks) {
    const result = await trx
      .updateTable('event_registrations')
      .set({ attended: mark.attended, attendance_marked_at: mark.attended === null ? null : now })
      .where('id', '=', mark.registrationId)
      .where('event_id', '=', eventId)
      .where('status', '=', 'registered')
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}

/** The account behind a registration, to write to: its name and address. */
export function findAccountContact(db: Queryable, accountId: string) {
  return db
    .selectFrom('accounts as a')
    .leftJoin('people as pe', 'pe.id', 'a.person_id')
    .select([sql<string>`coalesce(pe.name, a.name)`.as('name'), 'a.email'])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
}

/** A participant's participations, with their role and cycle, to find the events meant for them. */
export function listPersonParticipations(db: Queryable, personId: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['p.id', 'p.cycle_id', 'p.role', 'pe.organisation_id'])
    .where('p.person_id', '=', personId)
    .execute();
}

/** The cycles an organisation takes part in. */
export function listOrganisationCycleIds(db: Queryable, organisationId: string) {
  return db
    .selectFrom('cycle_organisations')
    .select('cycle_id')
    .where('organisation_id', '=', organisationId)
    .execute()
    .then((rows) => rows.map((r) => r.cycle_id));
}

export function listEventsOfCycles(db: Queryable, cycleIds: readonly string[]) {
  if (cycleIds.length === 0) return Promise.resolve([]);
  return eventQuery(db).where('e.cycle_id', 'in', cycleIds).orderBy('e.starts_at').orderBy('e.id').execute();
}

/**
 * Registrations whose reminder is due: the event starts within two days and was not cancelled,
 * and the registration was made before that window opened (a later one just got its confirmation).
 */
export function listDueEventReminders(db: Queryable, now: Date, lead: number) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.id', 'r.event_id', 'r.account_id'])
    .where('r.status', '=', 'registered')
    .where('r.reminded_at', 'is', null)
    .where('e.cancelled_at', 'is', null)
    .where('e.starts_at', '>', now)
    .where('e.starts_at', '<=', new Date(now.getTime() + lead))
    .where(sql<boolean>`r.registered_at <= e.starts_at - ${`${lead} milliseconds`}::interval`)
    .orderBy('e.starts_at')
    .execute();
}

/** Claims a registration's reminder: true for exactly one caller. */
export async function claimEventReminder(trx: Trx, registrationId: string, now: Date) {
  const claimed = await trx
    .updateTable('event_registrations')
    .set({ reminded_at: now })
    .where('id', '=', registrationId)
    .where('reminded_at', 'is', null)
    .where('status', '=', 'registered')
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** The registered participants of the cycle's events not cancelled, with their attendance, for the reports. */
export function listParticipantRegistrations(db: Queryable, cycleId: string) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.event_id', 'r.participant_id', 'r.attended'])
    .where('e.cycle_id', '=', cycleId)
    .where('e.cancelled_at', 'is', null)
    .where('r.status', '=', 'registered')
    .where('r.participant_id', 'is not', null)
    .execute();
}
