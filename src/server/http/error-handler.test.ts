import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { createConsortium } from '../../../test/factories.ts';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

describe('a unique violation the service did not foresee', () => {
  it('answers 409 conflict with a generic message, never 500 or the values', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    // Stands in for a row written by another request between the service's check and its insert:
    // a unique rule the service does not check, on a value that exists already.
    await sql`create unique index test_people_name_key on people (name)`.execute(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/participants',
      headers: { cookie: c.cookies.coordinator },
      payload: {
        cycleId: c.cycleId,
        organisationId: c.organisationA,
        role: 'mentee',
        name: 'Mona Mentor',
        email: 'another.mona@alpha.example',
        jobTitle: 'Analyst',
        seniority: 2,
        languages: ['de'],
        location: 'Hamburg',
        gender: 'female',
        goals: '',
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      error: {
        code: 'conflict',
        message: 'This conflicts with a change saved at the same time. Reload and try again.',
      },
    });
    expect(response.body).not.toMatch(/Mona|alpha|test_people_name_key|23505/);
    const people = await t.db.selectFrom('people').select('id').where('name', '=', 'Mona Mentor').execute();
    expect(people).toHaveLength(1);
  });
});
