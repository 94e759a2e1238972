import { type Kysely, sql } from 'kysely';

// Figures of a closed survey, once shown, must not be comparable with figures after a few more
// answers: the difference would be those few people's answers. Each release of figures is kept per
// survey and scope (the programme, or one organisation's contacts), and answers given or changed
// since the last release count towards the next one. A password reset mail's text is for its
// recipient alone, even in the coordinator's outbox view.
const statements = [
  sql`create table survey_result_releases (
    survey_id uuid not null references surveys(id) on delete cascade,
    scope text not null,
    released_at timestamptz not null,
    primary key (survey_id, scope)
  )`,
  sql`comment on table survey_result_releases is 'When a survey''s figures were last shown, per scope (programme or an organisation id): answers given or changed later are released only when none or at least 5 of them are.'`,
  sql`alter table outbox add column recipient_only boolean not null default false`,
  sql`comment on column outbox.recipient_only is 'The text is for the recipient alone (it signs them in): staff see subject and delivery only, even before it is sent.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table survey_result_releases`.execute(db);
  await sql`alter table outbox drop column recipient_only`.execute(db);
}
