import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

// Answers are written by a serializer compiled once per response schema (fast-json-stringify, from
// the JSON schema of the contract's zod schema), not by a zod check and JSON.stringify per answer:
// the serializer writes exactly the declared fields (others are left out, a missing required one
// fails the request), at a fraction of the cost. Tests build the app with `checkResponses`, which
// also checks every answer against its zod schema and that the serializer sends byte for byte what
// the schema gives. See docs/decisions/0015-compiled-responses-and-hot-queries.md.

type JsonSchema = { [key: string]: unknown };

const simpleTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

// What only checks a value, which a serializer does not (the zod schema does in tests). Left in,
// they would make the validator that picks a branch of a union refuse an answer zod accepts.
const checksOnly = new Set([
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
]);
// Formats the serializer writes a Date in; the others (uuid, email…) only check.
const writtenFormats = new Set(['date-time', 'date', 'time']);
// Keywords whose value is a map from names (of properties, of definitions) to schemas.
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
// Keywords whose value is a schema or a list of schemas.
const subschemas = new Set([
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'prefixItems',
  'not',
]);

/**
 * The JSON schema as the serializer needs it: value checks left out (above); no
 * `additionalProperties: false` (the serializer leaves undeclared fields out anyway, and inside a
 * union it would make a branch refuse an object zod would accept and strip); and `X or null`
 * (`anyOf: [X, {type: 'null'}]`) as X with `nullable: true`, which the serializer writes directly
 * instead of trying each branch with a validator.
 */
function forSerializer(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forSerializer);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (checksOnly.has(key)) continue;
    if (key === 'format' && !writtenFormats.has(value as string)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    if (schemaMaps.has(key) && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, forSerializer(schema)]),
      );
    } else if (subschemas.has(key)) {
      out[key] = forSerializer(value);
    } else {
      // type, required, enum, const, default, descriptions: as they are.
      out[key] = value;
    }
  }
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2) {
    const nulls = anyOf.filter((s) => isOnlyNull(s));
    const other = anyOf.find((s) => !isOnlyNull(s)) as JsonSchema | undefined;
    if (
      nulls.length === 1 &&
      other &&
      typeof other.type === 'string' &&
      simpleTypes.has(other.type) &&
      !('anyOf' in other || 'oneOf' in other || 'allOf' in other || '$ref' in other || 'const' in other)
    ) {
      const { anyOf: _, ...rest } = out;
      return { ...rest, ...other, nullable: true };
    }
  }
  return out;
}

function isOnlyNull(schema: unknown): boolean {
  return (
    typeof schema === 'object' &&
    schema !== null &&
    (schema as JsonSchema).type === 'null' &&
    Object.keys(schema).length === 1
  );
}

/** The JSON schema of what a response schema sends (its output), as the serializer is built from it. */
export function responseJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' });
  return forSerializer(json) as JsonSchema;
}

// A schema used by many routes (the error answer) is compiled once.
const compiled = new WeakMap<z.ZodType, (data: unknown) => string>();

/** The serializer of one response schema, compiled on first use and kept. */
export function serializerFor(schema: z.ZodType): (data: unknown) => string {
  let stringify = compiled.get(schema);
  if (!stringify) {
    stringify = fastJson(responseJsonSchema(schema)) as (data: unknown) => string;
    compiled.set(schema, stringify);
  }
  return stringify;
}

/**
 * Fastify's serializer compiler for the contract's response schemas. With `check` (tests), every
 * answer is also checked against its zod schema as the type provider did, and the compiled
 * serializer must send exactly what JSON.stringify of the checked answer gives; either mismatch
 * fails the request (500) and is written to stderr so the failing test says why.
 */
export function compiledSerializerCompiler(options: { check: boolean }): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    if (!(schema instanceof z.ZodType)) throw new Error(`The response schema of ${method} ${url} is not zod`);
    const stringify = serializerFor(schema);
    if (!options.check) return stringify;
    return (data: unknown) => {
      const checked = z.safeEncode(schema, data);
      if (!checked.success) {
        process.stderr.write(
          `Answer of ${method} ${url} does not match its schema: ${z.prettifyError(checked.error)}\n`,
        );
        throw new ResponseSerializationError(method, url, { cause: checked.error });
      }
      const expected = JSON.stringify(checked.data);
      const sent = stringify(data);
      if (sent !== expected) {
        const message = `The compiled serializer of ${method} ${url} sends ${sent} where the schema gives ${expected}`;
        process.stderr.write(`${message}\n`);
        throw new Error(message);
      }
      return sent;
    };
  };
}
