import { type Kysely, sql } from 'kysely';

// Organisations, cycles, people and their participations, accounts, sessions, invitations,
// the outbox and the append-only audit log.
const statements = [
  sql`create table organisations (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    industry text not null default '',
    size text,
    website text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  sql`create unique index organisations_name_key on organisations (lower(name))`,
  // Competitor links are symmetric; each is stored once with the smaller id first.
  sql`create table organisation_competitors (
    organisation_id uuid not null references organisations(id) on delete cascade,
    competitor_id uuid not null references organisations(id) on delete cascade,
    primary key (organisation_id, competitor_id),
    check (organisation_id < competitor_id)
  )`,
  sql`create index organisation_competitors_competitor_idx on organisation_competitors (competitor_id)`,
  sql`create table cycles (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    starts_on date not null,
    ends_on date not null,
    status text not null default 'draft' check (status in ('draft', 'open', 'matching', 'running', 'closed')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_on > starts_on)
  )`,
  sql`create table cycle_organisations (
    cycle_id uuid not null references cycles(id) on delete cascade,
    organisation_id uuid not null references organisations(id) on delete restrict,
    joined_at timestamptz not null default now(),
    primary key (cycle_id, organisation_id)
  )`,
  sql`create index cycle_organisations_organisation_idx on cycle_organisations (organisation_id)`,
  sql`create table people (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id) on delete restrict,
    email text not null,
    name text not null,
    job_title text not null default '',
    seniority smallint check (seniority between 1 and 6),
    languages text[] not null default '{}',
    location text not null default '',
    gender text not null default 'undisclosed' check (gender in ('female', 'male', 'non_binary', 'undisclosed')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  sql`create unique index people_email_key on people (email)`,
  sql`create index people_organisation_idx on people (organisation_id)`,
  sql`create table participants (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    person_id uuid not null references people(id) on delete cascade,
    role text not null check (role in ('mentor', 'mentee')),
    goals text not null default '',
    expertise text not null default '',
    capacity smallint not null default 1 check (capacity >= 1),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cycle_id, person_id)
  )`,
  sql`create index participants_person_idx on participants (person_id)`,
  sql`create table accounts (
    id uuid primary key default gen_random_uuid(),
    email text not null,
    name text not null,
    password_hash text,
    role text not null check (role in ('coordinator', 'organisation_contact', 'participant')),
    organisation_id uuid references organisations(id) on delete cascade,
    person_id uuid references people(id) on delete cascade,
    disabled boolean not null default false,
    created_at timestamptz not null default now(),
    last_sign_in_at timestamptz,
    check (role <> 'organisation_contact' or organisation_id is not null),
    check (role <> 'participant' or person_id is not null)
  )`,
  sql`create unique index accounts_email_key on accounts (email)`,
  sql`create table sessions (
    token_hash text primary key,
    account_id uuid not null references accounts(id) on delete cascade,
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    ip text,
    user_agent text
  )`,
  sql`create index sessions_account_idx on sessions (account_id)`,
  sql`create table sign_in_failures (
    id bigint generated always as identity primary key,
    email text not null,
    ip text not null,
    occurred_at timestamptz not null default now()
  )`,
  sql`create index sign_in_failures_email_idx on sign_in_failures (email, occurred_at)`,
  sql`create index sign_in_failures_ip_idx on sign_in_failures (ip, occurred_at)`,
  sql`create table invitations (
    id uuid primary key default gen_random_uuid(),
    token_hash text not null unique,
    email text not null,
    name text not null,
    role text not null check (role in ('organisation_contact', 'participant')),
    organisation_id uuid not null references organisations(id) on delete cascade,
    person_id uuid references people(id) on delete cascade,
    invited_by uuid not null references accounts(id),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    accepted_at timestamptz
  )`,
  sql`create index invitations_organisation_idx on invitations (organisation_id)`,
  sql`create table outbox (
    id uuid primary key default gen_random_uuid(),
    recipient text not null,
    subject text not null,
    body text not null,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  )`,
  sql`create table audit_log (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_account_id uuid,
    actor_email text,
    action text not null,
    target_type text,
    target_id text,
    ip text,
    details jsonb not null default '{}'
  )`,
  sql`create index audit_log_action_idx on audit_log (action, id)`,
  // Append-only: the database itself refuses to change or remove an entry.
  sql`create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end
  $$`,
  sql`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_is_append_only()`,
  sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
