import { type Kysely, sql } from 'kysely';

// The goals timeline records a goal's new state: the database now refuses any other value, as it
// already does in goals.state. The table types are generated from the schema, so the columns whose
// meaning their name does not tell carry it as a comment there.
const statements = [
  sql`alter table goal_events add constraint goal_events_state_check
    check (state in ('not_started', 'on_track', 'at_risk', 'achieved', 'dropped'))`,
  sql`comment on column outbox.kind is 'What the message is about, e.g. ''reminder.meeting''; digests group by it.'`,
  sql`comment on column outbox.calendar is 'A calendar invitation sent as the message''s text/calendar part.'`,
  sql`comment on column outbox.digest_id is 'The digest this held message went out in.'`,
  sql`comment on column outbox.about is 'The object the message is about, e.g. ''invitation:<id>'': its unsent mail goes when it goes.'`,
  sql`comment on column meetings.calendar_sent_at is 'When the last calendar invitation went out; null while none did.'`,
  sql`comment on column agreements.goals is 'The goals as agreed in this version: id, title and success measure of each.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The goal event states migration cannot be reverted');
}
