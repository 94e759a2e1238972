import { type Kysely, sql } from 'kysely';

// A cycle has a language: the one its default texts were written in when it was created (the
// questionnaire's topics, the default surveys' questions, the agreements' confidentiality terms),
// all of which the coordinator may edit later. Cycles created before it are English, as their
// defaults were.
const statements = [
  sql`alter table cycles
    add column language text not null default 'en' check (language in ('en', 'de'))`,
  sql`comment on column cycles.language is 'The language of the cycle''s default texts (questionnaire topics, survey questions, confidentiality terms), chosen when it was created: en or de.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cycles drop column language`.execute(db);
}
