import { type Kysely, sql } from 'kysely';

// A closed survey's figures, once read, must not be compared with figures after a few more answers:
// the difference would be those few people's answers. The moment of the last reopening tells which
// answers came in or changed since.
const statements = [
  sql`alter table surveys add column reopened_at timestamptz`,
  sql`comment on column surveys.reopened_at is 'When the survey last opened again after it had closed; answers given or changed since count towards releasing its figures again.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table surveys drop column reopened_at`.execute(db);
}
