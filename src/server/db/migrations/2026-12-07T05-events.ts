import { type Kysely, sql } from 'kysely';

// The programme around the tandems (decision 0025): a cycle's events (kick-off, workshops, mid-term
// meeting, closing ceremony) and who registered for them. Registration takes the event's row lock,
// so places are counted by one transaction at a time; the queue number is drawn under that lock,
// which makes it the order of arrival that the waiting list follows.
const statements = [
  sql`create table events (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    title text not null check (length(title) between 1 and 200),
    description text not null default '',
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    time_zone text not null,
    place text not null default '',
    online_link text not null default '',
    audience text not null check (audience in ('everyone', 'mentors', 'mentees', 'contacts')),
    capacity integer check (capacity is null or capacity >= 1),
    registration_deadline timestamptz not null,
    cancelled_at timestamptz,
    ical_uid text not null unique,
    ical_sequence integer not null default 0,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_at > starts_at),
    check (registration_deadline <= starts_at)
  )`,
  sql`create index events_cycle_idx on events (cycle_id, starts_at)`,
  sql`comment on table events is 'A cycle''s events around the tandems, each with an audience, places and a registration deadline.'`,
  sql`comment on column events.capacity is 'Places; null for as many as come. Registrations beyond it wait in order of arrival.'`,
  sql`comment on column events.ical_sequence is 'Raised by every change a calendar must apply (time, place, cancellation): the SEQUENCE of the event''s calendar entries.'`,
  sql`comment on column events.version is 'Raised by one on each saved edit of the event; a save read at another version answers 409.'`,
  sql`create sequence event_registration_queue`,
  sql`create table event_registrations (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    account_id uuid not null references accounts(id) on delete cascade,
    organisation_id uuid references organisations(id) on delete set null,
    participant_id uuid references participants(id) on delete cascade,
    status text not null check (status in ('registered', 'waiting', 'cancelled')),
    queue_number bigint not null default nextval('event_registration_queue'),
    show_to_attendees boolean not null default false,
    attended boolean,
    attendance_marked_at timestamptz,
    registered_at timestamptz not null,
    promoted_at timestamptz,
    cancelled_at timestamptz,
    reminded_at timestamptz,
    unique (event_id, account_id)
  )`,
  sql`create index event_registrations_event_idx on event_registrations (event_id, status, queue_number)`,
  sql`comment on table event_registrations is 'Who registered for an event, waits for a place, or cancelled; and whether they attended.'`,
  sql`comment on column event_registrations.organisation_id is 'The organisation whose person registered (a participant''s or a contact''s): its contacts see the registration, no other contact does.'`,
  sql`comment on column event_registrations.queue_number is 'Drawn under the event''s row lock at each (re)registration: the waiting list''s order.'`,
  sql`comment on column event_registrations.show_to_attendees is 'The person agreed that other registered attendees see their name and organisation.'`,
  sql`comment on column event_registrations.attended is 'Marked by the coordinator after the start; null while unmarked.'`,
  sql`comment on column event_registrations.reminded_at is 'When the reminder two days before went out (claimed once, by one process).'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table event_registrations`.execute(db);
  await sql`drop sequence event_registration_queue`.execute(db);
  await sql`drop table events`.execute(db);
}
