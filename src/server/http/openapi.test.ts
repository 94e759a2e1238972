import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { authEndpoints } from '../../shared/contract/auth.ts';
import { allEndpoints } from '../../shared/contract/endpoints.ts';
import { nullableWithType, requestContentTypes } from './openapi.ts';

type Media = Record<string, { schema?: unknown }>;
type Operation = {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  tags?: string[];
  requestBody?: { content: Media };
  responses: Record<string, { description: string; content?: Media }>;
};

let t: TestApp;
let source: string;
let paths: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  t = await buildTestApp();
  const response = await t.app.inject({ url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  source = response.body;
  paths = response.json().paths;
});
afterAll(() => t.close());

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

describe('the API document', () => {
  it('has every declared operation, with the operationId, summary, tag and security of its declaration', () => {
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    const shown = allEndpoints.filter((e) => !e.hidden);
    expect(documented).toHaveLength(shown.length);
    for (const e of shown) {
      const op = paths[openApiPath(e.path)]?.[e.method.toLowerCase()];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op!.operationId).toBe(e.operationId);
      expect(op!.summary).toBe(e.summary);
      expect(op!.tags).toEqual([e.tag]);
      // A public operation says it needs no session (an empty list) rather than saying nothing.
      expect(op!.security, e.operationId).toEqual(e.access === 'public' ? [] : [{ session: [] }]);
    }
  });

  it('documents the content types of bodies and answers: JSON, files, a web form', () => {
    const shown = allEndpoints.filter((e) => !e.hidden);
    expect(shown.some((e) => e.consumes)).toBe(true);
    expect(shown.some((e) => e.produces)).toBe(true);
    for (const e of shown) {
      const op = paths[openApiPath(e.path)]?.[e.method.toLowerCase()];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      const body = op!.requestBody?.content ?? {};
      expect(Object.keys(body), e.operationId).toEqual(e.body ? requestContentTypes(e) : []);
      for (const media of Object.values(body)) expect(media.schema, e.operationId).toBeDefined();
      for (const [status, response] of Object.entries(op!.responses)) {
        const type = status === String(e.status) ? (e.produces ?? 'application/json') : 'application/json';
        expect(Object.keys(response.content ?? {}), `${e.operationId} ${status}`).toEqual([type]);
      }
      expect(Object.keys(op!.responses), e.operationId).toContain(String(e.status));
    }
  });

  it('answers the 413 and 415 it documents for a route with a body, in the documented shape', async () => {
    const op = paths[openApiPath(authEndpoints.signIn.path)]!.post!;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['413', '415']));
    // The test app checks every answer against the schema the document shows for its status.
    const url = authEndpoints.signIn.path;
    const xml = await t.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('unsupported_media_type');
    const large = await t.app.inject({
      method: 'POST',
      url,
      payload: { email: 'a'.repeat(2 * 1024 * 1024) },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json().error.code).toBe('payload_too_large');
  });

  it("passes Redocly's recommended rules without an error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);
    expect(errors).toEqual([]);
  });

  it('is valid against the OpenAPI schema, as swagger-parser checks it', async () => {
    // It dereferences the document it validates in place: it gets a copy.
    await expect(SwaggerParser.validate(JSON.parse(source))).resolves.toBeDefined();
  });
});

describe('nullable in the API document', () => {
  it('stays beside a type, and becomes a member of a union that has none', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string', nullable: true },
        answer: { nullable: true, anyOf: [{ type: 'number' }, { type: 'string' }] },
        list: { type: 'array', items: { nullable: true, oneOf: [{ type: 'number' }, { type: 'boolean' }] } },
        anything: { nullable: true, description: 'any value' },
        other: { nullable: true, allOf: [{ $ref: '#/components/schemas/Other' }] },
      },
    };
    nullableWithType(schema);
    const onlyNull = { type: 'string', nullable: true, enum: [null] };
    expect(schema.properties).toEqual({
      name: { type: 'string', nullable: true },
      answer: { anyOf: [{ type: 'number' }, { type: 'string' }, onlyNull] },
      list: { type: 'array', items: { oneOf: [{ type: 'number' }, { type: 'boolean' }, onlyNull] } },
      anything: { description: 'any value' },
      other: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/Other' }] }, onlyNull] },
    });
  });
});
