import { type Kysely, sql } from 'kysely';

// Certificates of participation (decision 0024): one record per participation, made when its
// certificate is first downloaded, withheld or reissued. The serial is the certificate's number for
// good; a reissue (after a name correction, or to lift a withholding) raises the version, so the
// number printed changes and an older print is told apart. A withheld certificate answers 409.
const statements = [
  sql`create sequence certificate_serials`,
  sql`create table certificates (
    participant_id uuid primary key references participants(id) on delete cascade,
    serial bigint not null unique default nextval('certificate_serials'),
    version integer not null default 1 check (version >= 1),
    issued_at timestamptz not null,
    withheld_at timestamptz,
    withheld_reason text,
    withheld_by uuid references accounts(id) on delete set null,
    check ((withheld_at is null) = (withheld_reason is null))
  )`,
  sql`comment on table certificates is 'A participation''s certificate of participation: its number (serial and version), and whether the coordinator withholds it.'`,
  sql`comment on column certificates.version is 'Raised by one on each reissue: the number printed is serial and version, so a reissued certificate has a new one (version - 1 reissues).'`,
  sql`comment on column certificates.issued_at is 'When this version''s number was given (first download, withholding or reissue).'`,
  sql`comment on column certificates.withheld_reason is 'The coordinator''s reason for withholding, for staff only; set exactly when withheld_at is.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table certificates`.execute(db);
  await sql`drop sequence certificate_serials`.execute(db);
}
