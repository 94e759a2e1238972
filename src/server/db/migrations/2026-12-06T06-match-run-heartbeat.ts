import { type Kysely, sql } from 'kysely';

// A run's process writes heartbeat_at every few seconds while the engine works. A run still marked
// running whose heartbeat has stopped died with its process: it is marked failed and no longer
// blocks a new run. Runs that exist already take their start (or end) as their last heartbeat.
const statements = [
  sql`alter table match_runs add column heartbeat_at timestamptz`,
  sql`update match_runs set heartbeat_at = coalesce(finished_at, started_at)`,
  sql`alter table match_runs alter column heartbeat_at set not null`,
  sql`alter table match_runs alter column heartbeat_at set default now()`,
  sql`comment on column match_runs.heartbeat_at is 'When the process running the engine last said it is alive; a running run silent for 30 s is dead.'`,
  sql`create index match_runs_running on match_runs (cycle_id) where status = 'running'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The match run heartbeat migration cannot be reverted');
}
