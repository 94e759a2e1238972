import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as access from './access.ts';
import { matchPath, pathOf } from './endpoint.ts';
import { allEndpoints, endpointById, type OperationId } from './endpoints.ts';

describe('the endpoint declarations', () => {
  it('name each operation once, in camelCase, with a one-line summary', () => {
    const ids = allEndpoints.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of allEndpoints) {
      expect(e.operationId, e.path).toMatch(/^[a-z][A-Za-z]+$/);
      expect(e.summary.trim(), e.operationId).not.toBe('');
      expect(e.summary, e.operationId).not.toContain('\n');
    }
  });

  it('declare one endpoint per method and path', () => {
    const routes = allEndpoints.map((e) => `${e.method} ${e.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('give every path parameter a schema, and no schema a parameter the path lacks', () => {
    for (const e of allEndpoints) {
      const inPath = [...e.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]).sort();
      const inSchema = e.params ? Object.keys((e.params as z.ZodObject).shape).sort() : [];
      expect(inSchema, e.operationId).toEqual(inPath);
    }
  });

  it('only declare a body on methods that carry one, and a file type with a text answer', () => {
    for (const e of allEndpoints) {
      if (e.method === 'GET') expect(e.body, e.operationId).toBeUndefined();
      if (e.consumes) expect(e.method, e.operationId).not.toBe('GET');
    }
  });

  it('fill and read paths alike, encoding what a path cannot hold', () => {
    const revoke = endpointById('revokeInvitation');
    const path = pathOf(revoke, { id: 'a/b c' });
    expect(path).toBe('/api/v1/invitations/a%2Fb%20c/revoke');
    expect(matchPath(revoke, path)).toEqual({ id: 'a/b c' });
    expect(matchPath(revoke, '/api/v1/invitations/x/accept')).toBeNull();
    expect(() => pathOf(revoke, {})).toThrow(/needs the path parameter "id"/);
  });

  it('keep the role lists as the privacy table says, written out here once more on purpose', () => {
    // The server, the web and the route matrix all read these lists; a slip in one would move all
    // three together, so this test pins them independently.
    expect(access.everyone).toBe('public');
    expect(access.coordinatorOnly).toEqual(['coordinator']);
    expect(access.contactsOnly).toEqual(['organisation_contact']);
    expect(access.participantsOnly).toEqual(['participant']);
    expect(access.staff).toEqual(['coordinator', 'organisation_contact']);
    expect(access.signedIn).toEqual(['coordinator', 'organisation_contact', 'participant']);
  });

  it('type operation ids: an undeclared one does not compile', () => {
    // @ts-expect-error not a declared operation
    const unknown: OperationId = 'noSuchOperation';
    expect(() => endpointById(unknown)).toThrow();
  });
});
