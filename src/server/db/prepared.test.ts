import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { prepare, statementName } from './prepared.ts';

const organisationsNamed = prepare('test_organisations_named', (db, slot: { name: string; limit: number }) =>
  db
    .selectFrom('organisations')
    .select(['name', 'industry'])
    .where('name', '=', slot.name)
    .where('industry', '=', 'Banking')
    .limit(slot.limit),
);

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db
    .insertInto('organisations')
    .values([
      { name: 'Alpha Bank', industry: 'Banking', size: '1000-9999', website: '' },
      { name: 'Beta Motors', industry: 'Automotive', size: '1000-9999', website: '' },
    ])
    .execute();
});
afterAll(() => database.close());

describe('a prepared query', () => {
  it('is compiled once, with a placeholder per slot and per value written in it', () => {
    expect(organisationsNamed.sql).toBe(
      'select "name", "industry" from "organisations" where "name" = $1 and "industry" = $2 limit $3',
    );
    expect(statementName(organisationsNamed.sql)).toMatch(/_test_organisations_named$/);
    expect(statementName('select 1')).toBeUndefined();
  });

  it('runs with each call’s parameters, on the database and in a transaction', async () => {
    const { db } = database;
    expect(await organisationsNamed(db, { name: 'Alpha Bank', limit: 10 })).toEqual([
      { name: 'Alpha Bank', industry: 'Banking' },
    ]);
    expect(await organisationsNamed(db, { name: 'Beta Motors', limit: 10 })).toEqual([]);
    const inTransaction = await db
      .transaction()
      .execute((trx) => organisationsNamed(trx, { name: 'Alpha Bank', limit: 1 }));
    expect(inTransaction).toHaveLength(1);
    // Again and again on the same connections (a named statement on PostgreSQL is parsed once each).
    for (let i = 0; i < 12; i++) {
      expect(await organisationsNamed(db, { name: 'Alpha Bank', limit: 1 })).toHaveLength(1);
    }
  });
});
