import { type Kysely, sql } from 'kysely';

// The tandem's year: cycle settings, mail preferences, agreements, goals, meetings with notes,
// surveys, reminders already sent, and outbox support for calendar invitations and digests.
const defaultConfidentiality =
  'What we discuss in our tandem stays between us. Neither of us passes on anything the other ' +
  'shares in confidence, not to our employers and not to the programme, unless we both agree.';

const statements = [
  sql`alter table cycles
    add column meeting_cadence_days integer not null default 30 check (meeting_cadence_days between 7 and 180),
    add column confidentiality_text text not null default ${sql.lit(defaultConfidentiality)}`,

  // The language and the single-mails-or-digest choice of each recipient.
  sql`alter table people
    add column mail_language text not null default 'en' check (mail_language in ('en', 'de')),
    add column mail_digest boolean not null default false`,
  sql`alter table accounts
    add column mail_language text not null default 'en' check (mail_language in ('en', 'de'))`,
  // Every participant list asks whether each person has an account; without this, one scan of
  // all accounts per listed person.
  sql`create index accounts_person_idx on accounts (person_id) where person_id is not null`,

  // 'held' waits for the recipient's digest; 'digested' went out inside one.
  sql`alter table outbox drop constraint outbox_status_check`,
  sql`alter table outbox
    add constraint outbox_status_check check (status in ('pending', 'sent', 'failed', 'held', 'digested')),
    add column kind text not null default 'notice',
    add column calendar jsonb,
    add column digest_id uuid references outbox(id) on delete set null`,
  sql`create index outbox_held_idx on outbox (recipient) where status = 'held'`,

  // Every version of a tandem's agreement is kept; the newest one is the agreement.
  sql`create table agreements (
    id uuid primary key default gen_random_uuid(),
    tandem_id uuid not null references tandems(id) on delete cascade,
    version integer not null,
    goals jsonb not null,
    cadence_days integer not null check (cadence_days between 7 and 180),
    meeting_format text not null check (meeting_format in ('in_person', 'video', 'phone')),
    confidentiality text not null,
    edited_by uuid references participants(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    mentee_signed_at timestamptz,
    mentor_signed_at timestamptz,
    unique (tandem_id, version)
  )`,

  sql`create table goals (
    id uuid primary key default gen_random_uuid(),
    tandem_id uuid not null references tandems(id) on delete cascade,
    position smallint not null,
    title text not null,
    success_measure text not null default '',
    state text not null default 'not_started'
      check (state in ('not_started', 'on_track', 'at_risk', 'achieved', 'dropped')),
    state_comment text not null default '',
    removed_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  sql`create index goals_tandem_idx on goals (tandem_id, position)`,
  sql`create table goal_milestones (
    id uuid primary key default gen_random_uuid(),
    goal_id uuid not null references goals(id) on delete cascade,
    title text not null,
    due_on date,
    done_at timestamptz,
    created_at timestamptz not null default now()
  )`,
  sql`create index goal_milestones_goal_idx on goal_milestones (goal_id)`,
  sql`create table goal_events (
    id bigint generated always as identity primary key,
    tandem_id uuid not null references tandems(id) on delete cascade,
    goal_id uuid references goals(id) on delete cascade,
    author_id uuid references participants(id) on delete set null,
    kind text not null,
    state text,
    comment text not null default '',
    details jsonb not null default '{}',
    occurred_at timestamptz not null default now()
  )`,
  sql`create index goal_events_tandem_idx on goal_events (tandem_id, id)`,

  sql`create table meetings (
    id uuid primary key default gen_random_uuid(),
    tandem_id uuid not null references tandems(id) on delete cascade,
    ical_uid text not null unique,
    ical_sequence integer not null default 0,
    starts_at timestamptz not null,
    duration_minutes integer not null check (duration_minutes between 15 and 480),
    time_zone text not null,
    place text not null default '',
    video_link text not null default '',
    status text not null check (status in ('proposed', 'accepted', 'cancelled', 'held')),
    proposed_by uuid not null references participants(id) on delete cascade,
    shared_notes text not null default '',
    shared_notes_by uuid references participants(id) on delete set null,
    -- When the last calendar invitation went out; null while none did (a cancellation then sends none).
    calendar_sent_at timestamptz,
    held_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  sql`create index meetings_tandem_idx on meetings (tandem_id, starts_at)`,
  // Read by its author alone: no route returns another participant's row, not even to staff.
  sql`create table meeting_private_notes (
    meeting_id uuid not null references meetings(id) on delete cascade,
    author_id uuid not null references participants(id) on delete cascade,
    body text not null,
    updated_at timestamptz not null default now(),
    primary key (meeting_id, author_id)
  )`,

  sql`create table surveys (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    kind text not null check (kind in ('midterm', 'final', 'follow_up')),
    role text not null check (role in ('mentor', 'mentee')),
    title text not null,
    opens_on date not null,
    closes_on date not null,
    questions jsonb not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cycle_id, kind, role),
    check (closes_on > opens_on)
  )`,
  sql`create table survey_responses (
    survey_id uuid not null references surveys(id) on delete cascade,
    participant_id uuid not null references participants(id) on delete cascade,
    answers jsonb not null,
    submitted_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (survey_id, participant_id)
  )`,

  // One row per reminder sent: the key names what and for which period, so two app processes
  // never send the same reminder twice.
  sql`create table reminders_sent (
    key text primary key,
    sent_at timestamptz not null default now()
  )`,
];

// The default surveys as they were when this migration was written (migrations never import app
// modules): cycles created before surveys existed get them, dated like new cycles' surveys.
const frozenDefaultSurveys = `[
  {"kind": "midterm", "role": "mentee", "title": "Mid-term survey for mentees", "questions": [
    {"id": "tandem_fit", "type": "scale", "text": "How well does your tandem work for you so far?", "required": true},
    {"id": "meetings_useful", "type": "scale", "text": "How useful were the meetings so far?", "required": false},
    {"id": "meeting_frequency", "type": "choice", "text": "How often did you meet?", "required": false, "options": ["Every two weeks or more often", "About once a month", "Less than once a month", "Not yet"]},
    {"id": "goal_progress", "type": "scale", "text": "How much progress have you made towards your goals?", "required": false},
    {"id": "going_well", "type": "text", "text": "What is going well?", "required": false},
    {"id": "change", "type": "text", "text": "What would you change?", "required": false}
  ]},
  {"kind": "midterm", "role": "mentor", "title": "Mid-term survey for mentors", "questions": [
    {"id": "tandem_fit", "type": "scale", "text": "How well does your tandem work for you so far?", "required": true},
    {"id": "meetings_useful", "type": "scale", "text": "How useful were the meetings so far?", "required": false},
    {"id": "meeting_frequency", "type": "choice", "text": "How often did you meet?", "required": false, "options": ["Every two weeks or more often", "About once a month", "Less than once a month", "Not yet"]},
    {"id": "mentee_commitment", "type": "scale", "text": "How committed is your mentee to the tandem?", "required": false},
    {"id": "support", "type": "text", "text": "What support from the programme would help you?", "required": false},
    {"id": "change", "type": "text", "text": "What would you change?", "required": false}
  ]},
  {"kind": "final", "role": "mentee", "title": "Final survey for mentees", "questions": [
    {"id": "overall_value", "type": "scale", "text": "Overall, how valuable was the programme for you?", "required": true},
    {"id": "goals_achieved", "type": "scale", "text": "How far did you reach the goals you set at the start?", "required": false},
    {"id": "confidence", "type": "scale", "text": "How much more confident do you feel in your role now?", "required": false},
    {"id": "meetings_total", "type": "choice", "text": "How many meetings did you have in total?", "required": false, "options": ["None", "1–3", "4–8", "9 or more"]},
    {"id": "recommend", "type": "choice", "text": "Would you recommend the programme to a colleague?", "required": false, "options": ["Yes", "Maybe", "No"]},
    {"id": "most_valuable", "type": "text", "text": "What was the most valuable thing you took away?", "required": false},
    {"id": "change", "type": "text", "text": "What should the programme change next time?", "required": false}
  ]},
  {"kind": "final", "role": "mentor", "title": "Final survey for mentors", "questions": [
    {"id": "overall_value", "type": "scale", "text": "Overall, how valuable was the programme for you?", "required": true},
    {"id": "own_learning", "type": "scale", "text": "How much did you learn yourself as a mentor?", "required": false},
    {"id": "meetings_total", "type": "choice", "text": "How many meetings did you have in total?", "required": false, "options": ["None", "1–3", "4–8", "9 or more"]},
    {"id": "mentor_again", "type": "choice", "text": "Would you be a mentor again?", "required": false, "options": ["Yes", "Maybe", "No"]},
    {"id": "most_valuable", "type": "text", "text": "What was the most valuable thing you took away?", "required": false},
    {"id": "change", "type": "text", "text": "What should the programme change next time?", "required": false}
  ]},
  {"kind": "follow_up", "role": "mentee", "title": "Follow-up survey for mentees", "questions": [
    {"id": "promoted", "type": "choice", "text": "Have you been promoted or taken on a larger role since the programme?", "required": false, "options": ["Yes", "No", "Not yet"]},
    {"id": "still_in_touch", "type": "choice", "text": "Are you still in touch with your mentor?", "required": false, "options": ["Yes, regularly", "Now and then", "No"]},
    {"id": "lasting_effect", "type": "scale", "text": "How much does the programme still help you in your work today?", "required": false},
    {"id": "what_changed", "type": "text", "text": "What has changed for you since the programme?", "required": false}
  ]},
  {"kind": "follow_up", "role": "mentor", "title": "Follow-up survey for mentors", "questions": [
    {"id": "still_in_touch", "type": "choice", "text": "Are you still in touch with your mentee?", "required": false, "options": ["Yes, regularly", "Now and then", "No"]},
    {"id": "leadership_effect", "type": "scale", "text": "How much did mentoring change the way you lead?", "required": false},
    {"id": "mentor_again", "type": "choice", "text": "Have you taken on another mentee since the programme?", "required": false, "options": ["Yes", "No", "Not yet"]},
    {"id": "what_stayed", "type": "text", "text": "What has stayed with you from the programme?", "required": false}
  ]}
]`;

/** Gives every cycle without surveys the default six; a cycle that has them keeps its own. */
export async function backfillSurveys(db: Kysely<unknown>): Promise<void> {
  await sql`insert into surveys (cycle_id, kind, role, title, opens_on, closes_on, questions)
    select c.id, d.kind, d.role, d.title, o.opens_on, o.opens_on + 28, d.questions
    from cycles c
    cross join jsonb_to_recordset(${frozenDefaultSurveys}::jsonb)
      as d(kind text, role text, title text, questions jsonb)
    cross join lateral (select least(case d.kind
      when 'midterm' then c.starts_on + (c.ends_on - c.starts_on) / 2
      when 'final' then c.ends_on
      else (least(c.ends_on, date '9999-05-01') + interval '6 months')::date
    end, date '9999-11-01') as opens_on) o
    on conflict (cycle_id, kind, role) do nothing`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
  await backfillSurveys(db);
}

export async function down(): Promise<void> {
  throw new Error('The tandem year migration cannot be reverted');
}
