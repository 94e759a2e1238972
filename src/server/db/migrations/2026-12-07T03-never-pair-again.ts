import { type Kysely, sql } from 'kysely';

// A cycle's rules keep apart two people who were a tandem before (in an earlier cycle, or a tandem
// of this cycle that was dissolved), in either role: on by default, for existing cycles too.
const statements = [
  sql`alter table cycle_rules add column never_pair_again boolean not null default true`,
  sql`comment on column cycle_rules.never_pair_again is 'Whether two people who were a tandem before (an earlier cycle, or a dissolved tandem of this one, in either role) are never paired again in this cycle; on by default.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cycle_rules drop column never_pair_again`.execute(db);
}
