import { type Kysely, sql } from 'kysely';

// Pages and mails speak the account's language once its holder has chosen one (Settings, or the
// header's switch). Until then the interface follows the browser, and signing in adopts the
// language the person used to sign in for their mails, so nobody reads German pages and gets
// English mail only because a default was never changed.
const statements = [
  sql`alter table accounts add column language_chosen_at timestamptz`,
  sql`comment on column accounts.language_chosen_at is 'When the account''s holder chose mail_language themselves; null while it is a default the sign-in may adopt from the interface language.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The account language migration cannot be reverted');
}
