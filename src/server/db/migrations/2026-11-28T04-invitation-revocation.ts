import { type Kysely, sql } from 'kysely';

// Invitations can be revoked before they are used (a mistyped address, the wrong person): the
// link stops working and the list shows when.
const statements = [sql`alter table invitations add column revoked_at timestamptz`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The invitation revocation migration cannot be reverted');
}
