import { STATUS_CODES } from 'node:http';
import type { SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { EndpointSpec } from '../../shared/contract/endpoint.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { FORM_TYPES } from './form-body.ts';

// The API document (GET /api/openapi.json) is built by @fastify/swagger from the routes, each
// registered from its contract declaration (route.ts). The zod schemas become JSON schemas through
// fastify-type-provider-zod; `documentEndpoint` then adds what the route's runtime schema does not
// say: the content types of bodies that are not only JSON (a file, a web form) and of answers that
// are files or text, what each status means, and OpenAPI 3.0's way of saying "or null".
// The document is linted with Redocly's recommended rules and a client generated from it is
// compiled in the tests (openapi.test.ts, openapi-client.test.ts).

/** The document's own fields: what it describes, under which licence, where, and how callers sign in. */
export const openApiDocument = {
  info: {
    title: 'crossmentor API',
    version: '1',
    description: 'Cross-mentoring programmes: organisations, cycles, participants, matching.',
    license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
  },
  // Relative: the API is served by the server the document was fetched from.
  servers: [{ url: '/', description: 'The server this document comes from' }],
  components: {
    securitySchemes: {
      session: {
        type: 'apiKey' as const,
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session cookie set by POST /api/v1/auth/sign-in.',
      },
    },
  },
};

type JsonSchema = { [key: string]: unknown };

/** A success answer's description is its schema's (a file says which), an error's the status's name. */
function describeStatus(status: number, schema: JsonSchema): string {
  if (status < 300 && typeof schema.description === 'string') return schema.description;
  return STATUS_CODES[status] ?? String(status);
}

/**
 * The OpenAPI transform of one declared route: the zod schemas converted as for every route, the
 * body under each content type the route takes (a file body is not in the runtime schema, since the
 * route reads it itself: it is added here), the success answer under the declared file type, and a
 * description for each status.
 */
export function documentEndpoint(e: EndpointSpec): SwaggerTransform {
  return (document) => {
    const withFileBody = e.consumes && e.body ? { ...document.schema, body: e.body } : document.schema;
    const converted = jsonSchemaTransform({ ...document, schema: withFileBody });
    const schema = converted.schema as FastifySchema & { hide?: boolean };
    if (schema.hide) return converted;
    for (const key of ['body', 'querystring', 'params', 'headers'] as const) {
      if (schema[key]) nullableWithType(schema[key] as JsonSchema);
    }
    const bodyTypes = requestContentTypes(e);
    if (schema.body && bodyTypes.join() !== 'application/json') {
      const body = schema.body;
      schema.body = { content: Object.fromEntries(bodyTypes.map((type) => [type, { schema: body }])) };
    }
    const responses = (schema.response ?? {}) as Record<string, JsonSchema>;
    for (const [key, answer] of Object.entries(responses)) {
      const status = Number(key);
      nullableWithType(answer);
      const contentType = status === e.status && e.produces ? e.produces : 'application/json';
      responses[key] = {
        description: describeStatus(status, answer),
        content: { [contentType]: { schema: answer } },
      };
    }
    return converted;
  };
}

/** The content types a route takes its body in: a file's, or JSON and, where declared, a web form's. */
export function requestContentTypes(e: EndpointSpec): string[] {
  if (e.consumes) return [e.consumes];
  return ['application/json', ...(e.formBody ? FORM_TYPES : [])];
}

/** What accepts `null` and nothing else in OpenAPI 3.0, as zod writes `z.null()` there. */
const onlyNull = (): JsonSchema => ({ type: 'string', nullable: true, enum: [null] });

// Keywords whose value is a schema, or a list of schemas (`properties` maps names to schemas).
const schemaKeywords = ['items', 'additionalProperties', 'not'];
const schemaListKeywords = ['allOf', 'anyOf', 'oneOf'];

/**
 * OpenAPI 3.0 reads `nullable` only beside a `type`. zod's union of several types with null comes
 * out as `nullable` beside `anyOf`, which says nothing (and Redocly refuses it): null becomes a
 * member of the union instead. Changes the schema in place, at every depth.
 */
export function nullableWithType(schema: JsonSchema): void {
  for (const [key, value] of Object.entries(schema)) {
    if (typeof value !== 'object' || value === null) continue;
    if (key === 'properties') {
      for (const property of Object.values(value)) nullableWithType(property as JsonSchema);
    } else if (schemaKeywords.includes(key) && !Array.isArray(value)) {
      nullableWithType(value as JsonSchema);
    } else if (schemaListKeywords.includes(key) && Array.isArray(value)) {
      for (const member of value) nullableWithType(member as JsonSchema);
    }
  }
  if (schema.nullable === undefined || 'type' in schema) return;
  const nullable = schema.nullable === true;
  delete schema.nullable;
  if (!nullable) return;
  for (const key of ['anyOf', 'oneOf']) {
    const members = schema[key];
    if (Array.isArray(members)) {
      members.push(onlyNull());
      return;
    }
  }
  // Nothing else but constraints that apply to any value (or none): null is one of the values
  // unless a `$ref` or `allOf` narrows them, so the narrowed schema becomes a member beside null.
  if ('$ref' in schema || 'allOf' in schema) {
    const narrowed = { ...schema };
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [narrowed, onlyNull()];
  }
}
