import { type Kysely, sql } from 'kysely';

// Alumni (decision 0026): a person whose cycle closed with a published tandem of theirs is an
// alumna or alumnus. The directory is opt-in: a row exists only while the person chose to be listed,
// with what else they chose to show. The coordinator invites alumni mentors to a next cycle; each
// invitation is answered once, accepted (a participation as mentor, the profile carried over) or declined.
const statements = [
  sql`create table alumni_directory_entries (
    person_id uuid primary key references people(id) on delete cascade,
    show_organisation boolean not null default false,
    show_topics boolean not null default false,
    opted_in_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  sql`comment on table alumni_directory_entries is 'Alumni who chose to be listed in the alumni directory (opt-in; opting out deletes the row). Name and alumni cycles always show; organisation and topics only as chosen.'`,
  sql`comment on column alumni_directory_entries.show_organisation is 'Whether the directory shows the person''s organisation; left out of the answer entirely when false.'`,
  sql`comment on column alumni_directory_entries.show_topics is 'Whether the directory shows the topics of the person''s latest participation; left out of the answer entirely when false.'`,
  sql`create table alumni_invitations (
    id uuid primary key default gen_random_uuid(),
    cycle_id uuid not null references cycles(id) on delete cascade,
    person_id uuid not null references people(id) on delete cascade,
    invited_by uuid references accounts(id) on delete set null,
    created_at timestamptz not null,
    answered_at timestamptz,
    answer text check (answer in ('accepted', 'declined')),
    unique (cycle_id, person_id),
    check ((answered_at is null) = (answer is null))
  )`,
  sql`create index alumni_invitations_person_idx on alumni_invitations (person_id)`,
  sql`comment on table alumni_invitations is 'The coordinator''s invitations of alumni mentors to take part in a next cycle, one per cycle and person; answered once.'`,
  sql`comment on column alumni_invitations.answer is 'accepted (a participation as mentor was made with the latest mentor profile carried over) or declined; null while pending. Set exactly when answered_at is.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table alumni_invitations`.execute(db);
  await sql`drop table alumni_directory_entries`.execute(db);
}
