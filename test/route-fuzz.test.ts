import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../src/shared/contract/common.ts';
import { buildTestApp, type TestApp } from './build-test-app.ts';
import { type Consortium, createConsortium, sessionCookie } from './factories.ts';

/**
 * Random bodies, params and query strings against every registered route: whatever arrives, the
 * answer is never a 5xx, an error always has the error shape, and a success passed its response
 * schema (the serializer validates every response, so a mismatch would surface as a 500).
 */
const routes: { method: string; url: string }[] = [];
let t: TestApp;
let c: Consortium;

beforeAll(async () => {
  t = await buildTestApp({
    onRouteRegistered: (route) => {
      for (const method of [route.method].flat())
        if (method !== 'HEAD') routes.push({ method, url: route.url });
    },
  });
  c = await createConsortium(t.db, t.clock.now());
});
afterAll(() => t.close());

const fieldNames = [
  'name',
  'email',
  'password',
  'role',
  'cycleId',
  'organisationId',
  'personId',
  'startsOn',
  'endsOn',
  'status',
  'competitorIds',
  'languages',
  'seniority',
  'capacity',
  'disabled',
  'industry',
  'size',
  'website',
  'jobTitle',
  'gender',
  'goals',
  'expertise',
  'location',
  'limit',
  'offset',
  'q',
  'before',
  'action',
  'dryRun',
];

function fuzzValue(ids: string[]) {
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.integer({ min: -5, max: 1_000_000 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.uuid(),
    fc.constantFrom(...ids),
    fc.constantFrom(
      'mentor',
      'mentee',
      'organisation_contact',
      'participant',
      'open',
      'closed',
      '2027-02-30',
      '10000+',
    ),
    fc.emailAddress(),
    fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.uuid(), fc.constantFrom(...ids)), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );
}

function fuzzRequest(url: string, ids: string[]) {
  const segment = fc.oneof(
    fc.constantFrom(...ids),
    fc.uuid(),
    fc.string({ minLength: 1, maxLength: 50 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  );
  const params = url.match(/:[A-Za-z]+/g) ?? [];
  const body = fc.oneof(
    fc.dictionary(fc.constantFrom(...fieldNames), fuzzValue(ids), { maxKeys: 8 }),
    fc.jsonValue(),
    fc.string({ maxLength: 200 }).map((text) => ({ raw: text })),
  );
  const query = fc.dictionary(
    fc.constantFrom(...fieldNames),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...ids)),
    {
      maxKeys: 4,
    },
  );
  return fc.record({
    params: fc.tuple(...params.map(() => segment)),
    query,
    body,
    caller: fc.constantFrom('anonymous', 'coordinator', 'contactB', 'menteeA'),
    csv: fc.boolean(),
  });
}

describe('every route survives random input', () => {
  it('has routes to fuzz', () => expect(routes.length).toBeGreaterThan(30));

  it('never answers 5xx, and errors always have the error shape', async () => {
    const ids = [
      c.organisationA,
      c.organisationB,
      c.cycleId,
      c.menteeA.participantId,
      c.menteeA.personId,
      c.accounts.contactB,
    ];
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fuzzRequest(route.url, ids), async (input) => {
          let url = route.url;
          for (const value of input.params)
            url = url.replace(/:[A-Za-z]+/, encodeURIComponent(String(value)));
          const search = new URLSearchParams(Object.entries(input.query).map(([k, v]) => [k, String(v)]));
          const cookie =
            input.caller === 'anonymous'
              ? undefined
              : await sessionCookie(
                  t.db,
                  c.accounts[input.caller as 'coordinator' | 'contactB' | 'menteeA'],
                  t.clock.now(),
                );
          const options: InjectOptions = {
            method: route.method as InjectOptions['method'],
            url: `${url}${search.size ? `?${search}` : ''}`,
            headers: cookie ? { cookie } : {},
          };
          if (!['GET', 'DELETE'].includes(route.method)) {
            const body = input.body;
            if (input.csv && typeof body === 'object' && body !== null && 'raw' in body) {
              options.payload = (body as { raw: string }).raw;
              options.headers = { ...options.headers, 'content-type': 'text/csv' };
            } else {
              options.payload = input.body as InjectOptions['payload'];
            }
          }
          const response = await t.app.inject(options);
          const where = `${route.method} ${options.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          if (response.statusCode >= 400) {
            expect(errorResponseSchema.safeParse(response.json()).success, where).toBe(true);
          }
        }),
        { numRuns: 15, seed: 20261127 },
      );
    }
  }, 300_000);
});
