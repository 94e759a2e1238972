import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { participantCsvColumns } from '../../../shared/contract/participants.ts';

// Races need a server: PGlite runs one transaction at a time, so two imports never overlap there.
const onPostgres = Boolean(process.env.DATABASE_URL);

const IMPORTS = 10;
const ROWS = 300;

/** ROWS new people, half of each organisation of the consortium. */
function csv() {
  const lines = [participantCsvColumns.join(',')];
  for (let i = 0; i < ROWS; i++) {
    const [domain, organisation] = i % 2 === 0 ? ['alpha', 'Alpha Bank'] : ['beta', 'Beta Motors'];
    const role = i % 3 === 0 ? 'mentor' : 'mentee';
    lines.push(
      `person${i}@${domain}.example,Person ${i},${organisation},${role},Analyst,3,de|en,Berlin,,goals ${i},,1`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe.skipIf(!onPostgres)('imports at the same time (PostgreSQL)', () => {
  let t: TestApp;
  let c: Consortium;
  beforeEach(async () => {
    t = await buildTestApp();
    c = await createConsortium(t.db, t.clock.now());
  });
  afterEach(() => t.close());

  const importAs = (cookie: string, body: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/participants/import?cycleId=${c.cycleId}`,
      headers: { cookie, 'content-type': 'text/csv; charset=utf-8' },
      payload: body,
    });

  async function counts() {
    const people = await t.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const participants = await t.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('cycle_id', '=', c.cycleId)
      .executeTakeFirstOrThrow();
    return { people: Number(people.n), participants: Number(participants.n) };
  }

  it('take their turn: every one answers 200 and the data is that of one import', async () => {
    const before = await counts();
    const body = csv();
    // The coordinator's imports span both organisations; the contact's touch Alpha Bank's people only.
    const alphaOnly = `${body
      .split('\n')
      .filter((line, i) => i === 0 || line.includes('@alpha.'))
      .join('\n')}\n`;
    const responses = await Promise.all(
      Array.from({ length: IMPORTS }, (_, i) =>
        i % 5 === 4 ? importAs(c.cookies.contactA, alphaOnly) : importAs(c.cookies.coordinator, body),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses, responses.map((r) => r.body.slice(0, 200)).join('\n')).toEqual(
      Array.from({ length: IMPORTS }, () => 200),
    );

    const results = responses.map((r) => r.json() as { created: number; updated: number; unchanged: number });
    // Each person and participation was created exactly once; later imports found them unchanged.
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(ROWS);
    expect(results.every((r) => r.updated === 0)).toBe(true);
    expect(await counts()).toEqual({
      people: before.people + ROWS,
      participants: before.participants + ROWS,
    });
    const imported = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'participants.imported')
      .execute();
    expect(imported).toHaveLength(IMPORTS);
  });
});
