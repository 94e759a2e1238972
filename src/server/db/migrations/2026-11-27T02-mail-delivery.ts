import { type Kysely, sql } from 'kysely';

// Delivery state of outbox messages: the mail sender retries with backoff and records the outcome.
const statements = [
  sql`alter table outbox
    add column status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    add column attempts integer not null default 0,
    add column next_attempt_at timestamptz not null default now(),
    add column last_error text`,
  sql`update outbox set status = 'sent' where sent_at is not null`,
  sql`create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The mail delivery migration cannot be reverted');
}
