import {
  type Compilable,
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { Database, Queryable } from './database.ts';

// A query that runs on every request is built and compiled to SQL once, not on each call: its
// values are slots, filled in with each call's parameters. On a PostgreSQL server it also runs as a
// named statement (see `namedStatements` in connect.ts), so each connection parses and plans it
// once. Only the hot queries need this; everything else builds its query where it runs it
// (decision 0015).

/** Builds queries to compile them, never to run them: the app's SQL dialect, no connection. */
const builder = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Where a call's parameter goes; the builder sees it as the value it stands for. */
class Slot {
  constructor(readonly key: string) {}
}

/** The compiled SQL of each prepared query, and its statement name. */
const statementNames = new Map<string, string>();

/** The statement name of a prepared query's SQL, or undefined for any other SQL. */
export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

export interface PreparedQuery<P, R> {
  (db: Queryable, parameters: P): Promise<R[]>;
  readonly sql: string;
}

/**
 * Compiles the query `build` makes once. `build` gets the slots: use `slot.x` where the query takes
 * the value of parameter `x`; values written in the query itself stay as they are. The answer runs
 * it on any database or transaction with a call's parameters and answers its rows.
 */
export function prepare<P extends object, R>(
  name: string,
  build: (db: Kysely<Database>, slot: P) => Compilable<R>,
): PreparedQuery<P, R> {
  const slot = new Proxy({}, { get: (_target, key) => new Slot(String(key)) }) as P;
  const compiled = build(builder, slot).compile();
  // Names are unique per SQL text, as PostgreSQL's prepared statements of a connection must be.
  if (!statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `cm${statementNames.size}_${name}`);
  const sources = compiled.parameters.map((value) => (value instanceof Slot ? value.key : null));
  const constants = compiled.parameters;
  const run = async (db: Queryable, parameters: P): Promise<R[]> => {
    const values = new Array(sources.length);
    for (let i = 0; i < sources.length; i++) {
      const key = sources[i];
      values[i] = key === null || key === undefined ? constants[i] : parameters[key as keyof P];
    }
    const query: CompiledQuery<R> = { ...compiled, parameters: values } as CompiledQuery<R>;
    return (await db.executeQuery(query)).rows;
  };
  return Object.assign(run, { sql: compiled.sql });
}
