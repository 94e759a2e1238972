import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { allEndpoints } from '../../shared/contract/endpoints.ts';

type Operation = { operationId?: string; summary?: string; security?: unknown[]; tags?: string[] };

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('the API document', () => {
  it('has every declared operation, with the operationId, summary, tag and security of its declaration', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, Operation>>;
    const documented = Object.entries(paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    const shown = allEndpoints.filter((e) => !e.hidden);
    expect(documented).toHaveLength(shown.length);
    for (const e of shown) {
      const openApiPath = e.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = paths[openApiPath]?.[e.method.toLowerCase()];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op!.operationId).toBe(e.operationId);
      expect(op!.summary).toBe(e.summary);
      expect(op!.tags).toEqual([e.tag]);
      expect(op!.security, e.operationId).toEqual(e.access === 'public' ? undefined : [{ session: [] }]);
    }
  });
});
