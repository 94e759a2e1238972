import { type Kysely, sql } from 'kysely';

// Questionnaire and profile answers, matching rules, match runs, the reviewed draft with its
// approvals, and published tandems.
const statements = [
  sql`create table cycle_questionnaires (
    cycle_id uuid primary key references cycles(id) on delete cascade,
    topics text[] not null default '{}',
    weights jsonb not null,
    ideal_seniority_gap smallint not null default 2,
    prefer_different_industry boolean not null default true,
    updated_at timestamptz not null default now()
  )`,
  sql`alter table participants
    add column topics text[] not null default '{}',
    add column remote text not null default 'either' check (remote in ('in-person', 'remote', 'either')),
    add column required_language text,
    add column preferred_mentor_gender text,
    add column preferred_mentor_gender_strength text not null default 'soft'
      check (preferred_mentor_gender_strength in ('soft', 'hard')),
    add column profile_completed_at timestamptz,
    add column last_reminder_at timestamptz`,
  sql`create table cycle_rules (
    cycle_id uuid primary key references cycles(id) on delete cascade,
    reciprocity_tolerance integer check (reciprocity_tolerance >= 0)
  )`,
  sql`create table cycle_organisation_exclusions (
    cycle_id uuid not null references cycles(id) on delete cascade,
    organisation_a uuid not null references organisations(id) on delete cascade,
    organisation_b uuid not null references organisations(id) on delete cascade,
    primary key (cycle_id, organisation_a, organisation_b),
    check (organisation_a < organisation_b)
  )`,
  // Named-person exclusions (a former manager, a relative) and the board's "forbid" both live here.
  sql`create table cycle_forbidden_pairs (
    cycle_id uuid not null references cycles(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    mentor_id uuid not null references participants(id) on delete cascade,
    reason text not null default '',
    source text not null check (source in ('rule', 'board')),
    primary key (cycle_id, mentee_id, mentor_id)
  )`,
  sql`create table cycle_pins (
    cycle_id uuid not null references cycles(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    mentor_id uuid not null references participants(id) on delete cascade,
    primary key (cycle_id, mentee_id)
  )`,
  sql`create table match_runs (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    number integer not null,
    mode text not null check (mode in ('optimal', 'stable')),
    status text not null check (status in ('running', 'done', 'failed')),
    engine_version text not null,
    input jsonb not null,
    mentees integer not null,
    mentors integer not null,
    matched integer,
    unmatched integer,
    total_score double precision,
    mean_score double precision,
    criterion_averages jsonb,
    blocking_pairs integer,
    progress jsonb,
    error text,
    started_by uuid references accounts(id) on delete set null,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    unique (cycle_id, number)
  )`,
  sql`create table match_run_pairs (
    run_id uuid not null references match_runs(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    mentor_id uuid not null references participants(id) on delete cascade,
    score double precision not null,
    contributions jsonb not null,
    reasons text[] not null,
    pinned boolean not null,
    primary key (run_id, mentee_id)
  )`,
  sql`create table match_run_unmatched (
    run_id uuid not null references match_runs(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    reasons text[] not null,
    primary key (run_id, mentee_id)
  )`,
  // One draft per cycle; version rises with every change so concurrent edits answer 409.
  sql`create table cycle_drafts (
    cycle_id uuid primary key references cycles(id) on delete cascade,
    run_id uuid references match_runs(id) on delete set null,
    version integer not null default 0,
    status text not null default 'editing' check (status in ('editing', 'in_approval', 'published')),
    sent_for_approval_at timestamptz,
    published_at timestamptz
  )`,
  sql`create table draft_proposals (
    cycle_id uuid not null references cycles(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    mentor_id uuid not null references participants(id) on delete cascade,
    score double precision not null,
    contributions jsonb not null,
    reasons text[] not null,
    source text not null check (source in ('engine', 'pinned', 'hand')),
    rule_breaks text[] not null default '{}',
    approval text not null default 'pending' check (approval in ('pending', 'approved', 'change_requested')),
    approval_comment text,
    decided_by uuid references accounts(id) on delete set null,
    decided_at timestamptz,
    primary key (cycle_id, mentee_id)
  )`,
  sql`create index draft_proposals_mentor_idx on draft_proposals (mentor_id)`,
  sql`create table draft_unmatched (
    cycle_id uuid not null references cycles(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    reasons text[] not null,
    primary key (cycle_id, mentee_id)
  )`,
  sql`create table tandems (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    mentee_id uuid not null references participants(id) on delete cascade,
    mentor_id uuid not null references participants(id) on delete cascade,
    score double precision not null,
    reasons text[] not null,
    published_at timestamptz not null default now(),
    dissolved_at timestamptz,
    dissolved_reason text
  )`,
  // A mentee has at most one active tandem; dissolved ones stay as history.
  sql`create unique index tandems_active_mentee_key on tandems (mentee_id) where dissolved_at is null`,
  sql`create index tandems_mentor_idx on tandems (mentor_id)`,
  sql`create index tandems_cycle_idx on tandems (cycle_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The matching migration cannot be reverted');
}
