import { type Kysely, sql } from 'kysely';

// Each automatic reminder can be turned off, on the Settings page or by the one-click link in its
// mail (List-Unsubscribe, RFC 8058), which works without signing in: the link's token is random,
// stored here hashed, and turns off the reminders it names for its person, and does nothing else.
const kinds = sql`array['meeting', 'agreement', 'profile', 'survey']::text[]`;

const statements = [
  sql`alter table people
    add column reminders_off text[] not null default '{}' check (reminders_off <@ ${kinds})`,
  sql`comment on column people.reminders_off is 'The automatic reminders this person turned off (meeting, agreement, profile, survey); the reminder job sends them none of these.'`,

  sql`create table mail_unsubscribe_tokens (
    token_hash text primary key,
    person_id uuid not null references people(id) on delete cascade,
    reminders text[] not null check (cardinality(reminders) > 0 and reminders <@ ${kinds}),
    created_at timestamptz not null default now()
  )`,
  sql`comment on table mail_unsubscribe_tokens is 'One-click unsubscribe links of reminder and digest mails: one token per mail, good for turning off its reminders for its person and nothing else.'`,
  sql`comment on column mail_unsubscribe_tokens.token_hash is 'SHA-256 (hex) of the token in the link; the token itself is only in the mail.'`,
  sql`comment on column mail_unsubscribe_tokens.reminders is 'The automatic reminders the link turns off: the one its mail is, or all of them for a digest.'`,
  sql`create index mail_unsubscribe_tokens_person_idx on mail_unsubscribe_tokens (person_id)`,

  sql`alter table outbox add column list_unsubscribe text`,
  sql`comment on column outbox.list_unsubscribe is 'The one-click unsubscribe address, sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058); null for mails that are not automatic reminders or digests of them.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The mail unsubscribe migration cannot be reverted');
}
