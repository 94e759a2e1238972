import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Tables } from './tables.generated.ts';

// The table types are generated from the migrated schema (tables.generated.ts, `npm run db:types`);
// what json columns hold is kept in json-columns.ts. This module names what the code imports.

export type { CalendarPart } from './json-columns.ts';
export type * from './tables.generated.ts';

export type Database = Tables;

/** The value a column of `table` reads as. */
type Read<T extends keyof Tables, C extends keyof Selectable<Tables[T]>> = Selectable<Tables[T]>[C];

export type MailLanguage = Read<'people', 'mail_language'>;
export type GoalState = Read<'goals', 'state'>;
export type MeetingFormat = Read<'agreements', 'meeting_format'>;
export type SurveyKind = Read<'surveys', 'kind'>;

export type Db = Kysely<Database>;
/** An open transaction: what a function takes when it writes more than once or locks a row. */
export type Trx = Transaction<Database>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;
