import { type Kysely, sql } from 'kysely';

// Invitations can be revoked before they are used (a mistyped address, the wrong person): the
// link stops working and the list shows when. Outbox messages name what they are about, so a
// revoked invitation's mail that has not gone out yet can be withdrawn with it.
const statements = [
  sql`alter table invitations add column revoked_at timestamptz`,
  sql`alter table outbox add column about text`,
  sql`create index outbox_about_idx on outbox (about) where about is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The invitation revocation migration cannot be reverted');
}
