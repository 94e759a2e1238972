import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { createConsortium } from '../../../test/factories.ts';
import { allEndpoints } from '../../shared/contract/endpoints.ts';
import { participantPageSchema, participantSchema } from '../../shared/contract/participants.ts';
import { compiledSerializerCompiler, serializerFor } from './serialize.ts';

const answerSchema = z.object({
  id: z.uuid().or(z.string().regex(/^p\d$/)),
  role: z.enum(['mentor', 'mentee']),
  seniority: z.number().nullable(),
  tags: z.array(z.string().min(1)),
  questions: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('scale'), text: z.string().max(20) }),
      z.object({ type: z.literal('choice'), text: z.string().max(20), options: z.array(z.string()) }),
    ]),
  ),
  can: z.object({ edit: z.boolean() }),
});

/** A bare app answering with whatever `answer` is, through the compiled serializer of `answerSchema`. */
async function appAnswering(answer: () => unknown, check: boolean): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setSerializerCompiler(compiledSerializerCompiler({ check }));
  app.get('/answer', { schema: { response: { 200: answerSchema } } }, async () => answer());
  await app.ready();
  return app;
}

const valid = {
  id: 'p1',
  role: 'mentor',
  seniority: null,
  tags: ['a'],
  questions: [
    { type: 'scale', text: 'How useful?' },
    { type: 'choice', text: 'How often?', options: ['weekly', 'monthly'] },
  ],
  can: { edit: true },
};

describe('the compiled response serializer', () => {
  it('is built for every declared endpoint', () => {
    for (const e of allEndpoints) expect(() => serializerFor(e.response), e.operationId).not.toThrow();
  });

  it('writes exactly the declared fields: one the handler adds, nested, in a union or not, is left out', async () => {
    for (const check of [false, true]) {
      const app = await appAnswering(
        () => ({
          ...valid,
          passwordHash: 'secret',
          questions: valid.questions.map((q) => ({ ...q, secret: true })),
          can: { edit: true, impersonate: true },
        }),
        check,
      );
      const response = await app.inject({ url: '/answer' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(JSON.stringify(valid));
      expect(response.body).not.toContain('secret');
      await app.close();
    }
  });

  it('fails the request when the handler leaves out a declared field', async () => {
    for (const check of [false, true]) {
      const { role: _, ...withoutRole } = valid;
      const app = await appAnswering(() => withoutRole, check);
      const response = await app.inject({ url: '/answer' });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('p1');
      await app.close();
    }
  });

  it('in tests also refuses what only the zod schema catches: a value outside an enum, a wrong type', async () => {
    for (const wrong of [
      { ...valid, role: 'admin' },
      { ...valid, seniority: '3' },
    ]) {
      const checked = await appAnswering(() => wrong, true);
      expect((await checked.inject({ url: '/answer' })).statusCode).toBe(500);
      await checked.close();
    }
  });

  it('sends the same bytes as the zod schema would', async () => {
    const app = await appAnswering(() => valid, false);
    const response = await app.inject({ url: '/answer' });
    expect(response.body).toBe(JSON.stringify(answerSchema.parse(valid)));
    await app.close();
  });
});

describe('the participant list as the app sends it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('has exactly the contract’s fields, in its order, and parses with its schema', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    const response = await t.app.inject({
      url: '/api/v1/participants?limit=100',
      headers: { cookie: c.cookies.coordinator },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(() => participantPageSchema.parse(body)).not.toThrow();
    expect(Object.keys(body)).toEqual(Object.keys(participantPageSchema.shape));
    expect(body.participants).toHaveLength(3);
    for (const participant of body.participants) {
      expect(Object.keys(participant)).toEqual(Object.keys(participantSchema.shape));
      expect(Object.keys(participant.can)).toEqual(Object.keys(participantSchema.shape.can.shape));
    }
  });
});
