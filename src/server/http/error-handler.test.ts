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

describe('a transaction PostgreSQL gives up for another one (a deadlock)', () => {
  it('answers 409 conflict with "try again", never 500, and writes nothing', async () => {
    const c = await createConsortium(t.db, t.clock.now());
    // Stands in for a deadlock with another request: the update of the organisation is aborted
    // with PostgreSQL's deadlock_detected (40P01).
    await sql`create function test_deadlock() returns trigger language plpgsql as $$
      begin raise exception 'deadlock detected' using errcode = 'deadlock_detected'; end $$`.execute(t.db);
    await sql`create trigger test_deadlock before update on organisations
      for each row execute function test_deadlock()`.execute(t.db);
    const read = await t.app.inject({
      url: `/api/v1/organisations/${c.organisationA}`,
      headers: { cookie: c.cookies.coordinator },
    });
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${c.organisationA}`,
      headers: { cookie: c.cookies.coordinator },
      payload: { industry: 'Insurance', version: read.json().version },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'conflict',
      message: 'Someone else saved a related change at the same moment, so nothing was saved. Try again.',
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'organisation.updated')
      .execute();
    expect(audit).toEqual([]);
  });
});
