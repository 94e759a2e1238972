import { fileURLToPath } from 'node:url';
import { type QueryExecutorProvider, sql } from 'kysely';

// Reads the tables of a migrated database from the PostgreSQL catalogue and writes them as Kysely
// table types (src/server/db/tables.generated.ts). Runs on PGlite and on a PostgreSQL server alike:
// everything is ordered here rather than by the server's collation, and constraint text is
// normalised before it is read.

export const TABLES_FILE = 'src/server/db/tables.generated.ts';
/** Where TABLES_FILE is, whatever the working directory. */
export const TABLES_PATH = fileURLToPath(new URL(`../${TABLES_FILE}`, import.meta.url));

/** The TypeScript type each PostgreSQL type reads as, given the type parsers in connect.ts. */
const SCALARS: Record<string, string> = {
  uuid: 'string',
  text: 'string',
  varchar: 'string',
  bpchar: 'string',
  bool: 'boolean',
  int2: 'number',
  int4: 'number',
  // connect.ts parses int8 into a number on both drivers (identity ids, counts).
  int8: 'number',
  float4: 'number',
  float8: 'number',
  timestamptz: 'Date',
  // connect.ts keeps dates as 'YYYY-MM-DD' text.
  date: 'string',
};

const TEXT_TYPES = new Set(['text', 'varchar', 'bpchar']);
const JSON_TYPES = new Set(['json', 'jsonb']);
/** Kysely's own bookkeeping, not the application's. */
const IGNORED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

interface Column {
  table: string;
  column: string;
  position: number;
  type: string;
  elementType: string | null;
  notNull: boolean;
  hasDefault: boolean;
  /** 'a' generated always as identity, 'd' by default, '' neither. */
  identity: string;
  /** 's' for a stored generated column, '' otherwise. */
  generated: string;
  comment: string | null;
}

interface Check {
  table: string;
  column: string;
  name: string;
  definition: string;
}

async function readColumns(db: QueryExecutorProvider): Promise<Column[]> {
  const { rows } = await sql<Column>`
    select c.relname::text as "table", a.attname::text as "column", a.attnum::int as "position",
      t.typname::text as "type", e.typname::text as "elementType", a.attnotnull as "notNull",
      a.atthasdef as "hasDefault", a.attidentity::text as "identity", a.attgenerated::text as "generated",
      col_description(c.oid, a.attnum) as "comment"
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join pg_catalog.pg_attribute a on a.attrelid = c.oid
    join pg_catalog.pg_type t on t.oid = a.atttypid
    left join pg_catalog.pg_type e on e.oid = t.typelem and t.typcategory = 'A'
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`.execute(
    db,
  );
  return rows.filter((r) => !IGNORED_TABLES.has(r.table));
}

async function readChecks(db: QueryExecutorProvider): Promise<Check[]> {
  const { rows } = await sql<Check>`
    select c.relname::text as "table", a.attname::text as "column", con.conname::text as "name",
      pg_get_constraintdef(con.oid) as "definition"
    from pg_catalog.pg_constraint con
    join pg_catalog.pg_class c on c.oid = con.conrelid
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
    where n.nspname = 'public' and con.contype = 'c' and cardinality(con.conkey) = 1`.execute(db);
  return rows;
}

/** Plain code-unit order, the same on every server whatever its collation. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Removes parentheses around the whole expression, around nothing but another parenthesised group,
 * and around a single word or literal.
 */
function dropRedundantParentheses(expr: string): string {
  for (;;) {
    const match = new Map<number, number>();
    const open: number[] = [];
    for (let i = 0; i < expr.length; i++) {
      if (expr[i] === '(') open.push(i);
      else if (expr[i] === ')') {
        const start = open.pop();
        if (start === undefined) return expr;
        match.set(start, i);
      }
    }
    const drop = new Set<number>();
    for (const [start, end] of match) {
      const inner = expr.slice(start + 1, end);
      const wrapsGroup = expr[start + 1] === '(' && match.get(start + 1) === end - 1;
      // A word before the parenthesis makes it a call or an IN list: those stay.
      const isCall = start > 0 && /[\w\]]/.test(expr[start - 1] ?? '');
      const wrapsAtom = /^("?\w+"?|\$\d+)$/.test(inner) && !isCall;
      const wrapsAll = start === 0 && end === expr.length - 1;
      if (wrapsAll || wrapsGroup || wrapsAtom) {
        drop.add(start);
        drop.add(end);
        break;
      }
    }
    if (drop.size === 0) return expr;
    expr = [...expr].filter((_, i) => !drop.has(i)).join('');
  }
}

/**
 * The values a CHECK constraint allows for `column` when it has the form `column IN ('a', 'b')`,
 * `column = ANY (ARRAY['a', 'b'])` or `column = 'a'` (with or without casts, as PostgreSQL prints
 * it back); null for any other constraint.
 */
export function checkLiterals(definition: string, column: string): string[] | null {
  const literals: string[] = [];
  let expr = definition
    .replace(/'((?:[^']|'')*)'/g, (_, value: string) => {
      literals.push(value.replaceAll("''", "'"));
      return `$${literals.length - 1}`;
    })
    .replace(
      /::\s*(?:character varying|double precision|timestamp with(?:out)? time zone|"?\w+"?)(?:\[\])?/gi,
      '',
    )
    .replace(/\s+/g, ' ')
    .replace(/\s*([()[\],=])\s*/g, '$1')
    .trim()
    .replace(/\s*NOT VALID$/i, '')
    .replace(/^CHECK\s*/i, '');
  expr = dropRedundantParentheses(expr);
  const list =
    /^"?(\w+)"?=ANY\(ARRAY\[(\$\d+(?:,\$\d+)*)\]\)$/.exec(expr) ??
    /^"?(\w+)"? IN\((\$\d+(?:,\$\d+)*)\)$/i.exec(expr) ??
    /^"?(\w+)"?=(\$\d+)$/.exec(expr);
  if (!list || list[1] !== column) return null;
  const values = list[2]!.split(',').map((placeholder) => literals[Number(placeholder.slice(1))]!);
  return [...new Set(values)];
}

function interfaceName(table: string): string {
  return `${table.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}Table`;
}

function literal(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function docComment(text: string, indent: string): string[] {
  const lines = text.replaceAll('*/', '*\\/').split(/\r?\n/);
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}

function columnType(column: Column, allowed: string[] | undefined): { type: string; json: boolean } {
  const where = `${column.table}.${column.column}`;
  const nullable = column.notNull ? '' : ' | null';
  if (JSON_TYPES.has(column.type)) {
    const wrapper = column.hasDefault ? 'JsonWithDefault' : 'Json';
    return { type: `${wrapper}<JsonColumns['${where}']>${nullable}`, json: true };
  }
  let type: string;
  if (column.elementType !== null) {
    const element = SCALARS[column.elementType];
    if (!element) throw new Error(unknownType(`${column.elementType}[]`, where));
    type = `${element}[]`;
  } else if (allowed && TEXT_TYPES.has(column.type)) {
    // Two lists that share no value leave none: the column can hold nothing (but null).
    type = allowed.map(literal).join(' | ') || 'never';
  } else {
    const scalar = SCALARS[column.type];
    if (!scalar) throw new Error(unknownType(column.type, where));
    type = scalar;
  }
  type += nullable;
  if (column.identity === 'a' || column.generated === 's')
    return { type: `GeneratedAlways<${type}>`, json: false };
  if (column.hasDefault || column.identity === 'd') return { type: `Generated<${type}>`, json: false };
  return { type, json: false };
}

function unknownType(type: string, where: string): string {
  return (
    `${where} has PostgreSQL type ${type}, which scripts/table-types.ts does not map to TypeScript: ` +
    'add it there, as the driver returns it (see the type parsers in src/server/db/connect.ts).'
  );
}

/** The source of tables.generated.ts for the database's current schema. */
export async function generateTableTypes(db: QueryExecutorProvider): Promise<string> {
  const columns = await readColumns(db);
  const checks = (await readChecks(db)).sort((a, b) => byText(a.table, b.table) || byText(a.name, b.name));

  // Text columns held to a list of values by CHECK constraints; two lists on one column meet.
  const allowed = new Map<string, string[]>();
  for (const check of checks) {
    const values = checkLiterals(check.definition, check.column);
    if (!values) continue;
    const key = `${check.table}.${check.column}`;
    const before = allowed.get(key);
    allowed.set(key, before ? before.filter((v) => values.includes(v)) : values);
  }

  const tables = new Map<string, Column[]>();
  for (const column of columns) tables.set(column.table, [...(tables.get(column.table) ?? []), column]);
  const names = [...tables.keys()].sort(byText);

  const used = new Set<string>();
  const jsonColumns: string[] = [];
  const body: string[] = [];
  for (const table of names) {
    body.push(`export interface ${interfaceName(table)} {`);
    for (const column of tables.get(table)!.sort((a, b) => a.position - b.position)) {
      const { type, json } = columnType(column, allowed.get(`${table}.${column.column}`));
      if (json) jsonColumns.push(`${table}.${column.column}`);
      for (const name of ['GeneratedAlways', 'Generated', 'JsonWithDefault', 'Json']) {
        if (type.startsWith(`${name}<`)) used.add(name);
      }
      if (column.comment) body.push(...docComment(column.comment, '  '));
      body.push(`  ${column.column}: ${type};`);
    }
    body.push('}', '');
  }
  body.push('export interface Tables {');
  for (const table of names) body.push(`  ${table}: ${interfaceName(table)};`);
  body.push('}', '');
  body.push('/** Every json and jsonb column: json-columns.ts says what each of them holds, and no more. */');
  jsonColumns.sort(byText);
  body.push(
    jsonColumns.length === 0
      ? 'export type JsonColumnName = never;'
      : `export type JsonColumnName =\n${jsonColumns.map((c) => `  | ${literal(c)}`).join('\n')};`,
  );

  const kysely = ['Generated', 'GeneratedAlways'].filter((n) => used.has(n));
  const json = ['Json', 'JsonColumns', 'JsonWithDefault'].filter((n) => n === 'JsonColumns' || used.has(n));
  const header = [
    '// Generated from the migrated schema by `npm run db:types` (scripts/generate-table-types.ts): do not',
    '// edit. src/server/db/tables.generated.test.ts fails while this file and the migrations disagree.',
    ...(kysely.length > 0 ? [`import type { ${kysely.join(', ')} } from 'kysely';`] : []),
    `import type { ${json.join(', ')} } from './json-columns.ts';`,
    '',
  ];
  return `${[...header, ...body].join('\n')}\n`;
}
