import { type Kysely, sql } from 'kysely';

// Every object people edit in a form carries a version that each saved edit raises by one. A save
// names the version it was read at; an older one answers 409 instead of overwriting a change made
// meanwhile (a lost update). Writes the system makes on its own (reminder times, profile completion
// stamps, mail preferences) leave the version alone, so they never make a form stale.
const versioned = [
  ['people', 'the person’s name, email and profile fields as edited'],
  ['participants', 'the participation’s role, goals, expertise, capacity and profile answers as edited'],
  ['organisations', 'the organisation’s details as edited'],
  ['cycles', 'the cycle’s name and dates as edited (a change of phase is an action of its own)'],
  ['cycle_questionnaires', 'the questionnaire as edited'],
  ['cycle_rules', 'the matching rules (this row, exclusions, forbidden pairs) as edited'],
  ['surveys', 'the survey’s title, dates and questions as edited'],
] as const;

const statements = [
  ...versioned.flatMap(([table, what]) => [
    sql`alter table ${sql.id(table)} add column version integer not null default 1`,
    sql`comment on column ${sql.id(table, 'version')} is ${sql.lit(`Raised by one on each saved edit of ${what}; a save read at another version answers 409.`)}`,
  ]),
  sql`alter table cycles add column tandem_settings_version integer not null default 1`,
  sql`comment on column cycles.tandem_settings_version is 'Raised by one on each saved edit of the cycle’s tandem settings (meeting cadence, confidentiality text); their form checks this one, not the cycle’s version.'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The edit versions migration cannot be reverted');
}
