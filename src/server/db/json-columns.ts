import type { ColumnType } from 'kysely';
import type { JsonColumnName } from './tables.generated.ts';

// What each json/jsonb column holds. The database only knows "json", so this is kept by hand; the
// generated table types read each column's shape from here, and type checking fails while a column
// has no entry or an entry has no column.

/** A calendar invitation sent as a message's text/calendar part. */
export interface CalendarPart {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

/** What one criterion added to a pair's score. */
interface Contribution {
  criterion: string;
  points: number;
}

export interface JsonColumns {
  'agreements.goals': { goalId: string; title: string; successMeasure: string }[];
  'audit_log.details': Record<string, unknown>;
  'cycle_questionnaires.weights': Record<string, number>;
  'draft_proposals.contributions': Contribution[];
  'goal_events.details': Record<string, unknown>;
  'match_run_pairs.contributions': Contribution[];
  'match_runs.criterion_averages': Record<string, number>;
  /** The engine's input as the run was started; the app writes it and never reads it back. */
  'match_runs.input': unknown;
  'match_runs.progress': { phase: string; done: number; total: number };
  'outbox.calendar': CalendarPart;
  'survey_responses.answers': Record<string, unknown>;
  'surveys.questions': unknown[];
}

/**
 * A json column: read as its shape, written as JSON text (JSON.stringify), since pg would send a
 * JavaScript array as a PostgreSQL array.
 */
export type Json<T> = ColumnType<T, string, string>;
/** A json column with a default: may be left out on insert. */
export type JsonWithDefault<T> = ColumnType<T, string | undefined, string>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to type-check while JsonColumns and the schema's json columns are not the same set. */
export type JsonColumnsMatchSchema = Assert<Same<keyof JsonColumns, JsonColumnName>>;
