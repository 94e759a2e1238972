import { type Kysely, sql } from 'kysely';

// From now on dissolving a tandem forbids its pair as a person exclusion of the cycle's rules, so a
// re-match or a later run never proposes them again. Tandems dissolved before that get the same
// exclusion here, unless the pair was published again since (then the coordinator chose it).
const statements = [
  sql`insert into cycle_forbidden_pairs (cycle_id, mentee_id, mentor_id, reason, source)
    select distinct on (t.cycle_id, t.mentee_id, t.mentor_id)
      t.cycle_id, t.mentee_id, t.mentor_id,
      left('Tandem dissolved: ' || coalesce(t.dissolved_reason, ''), 200), 'rule'
    from tandems t
    where t.dissolved_at is not null
      and not exists (
        select 1 from tandems a
        where a.mentee_id = t.mentee_id and a.mentor_id = t.mentor_id and a.dissolved_at is null
      )
    order by t.cycle_id, t.mentee_id, t.mentor_id, t.dissolved_at desc
    on conflict (cycle_id, mentee_id, mentor_id) do nothing`,
  sql`delete from cycle_pins p
    using cycle_forbidden_pairs f
    where f.cycle_id = p.cycle_id and f.mentee_id = p.mentee_id and f.mentor_id = p.mentor_id`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The dissolved pairs migration cannot be reverted');
}
