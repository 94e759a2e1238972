import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { tandemCsvColumns } from '../../../shared/contract/tandems.ts';

let t: TestApp;
let c: Consortium;
let ids: { mia: string; ben: string; beaBen: string };

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
  const bea = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: '=Bea Mentor',
    email: 'bea@beta.example',
  });
  const tandem = async (menteeId: string, mentorId: string, publishedAt: string, dissolvedAt?: string) =>
    (
      await t.db
        .insertInto('tandems')
        .values({
          cycle_id: c.cycleId,
          mentee_id: menteeId,
          mentor_id: mentorId,
          score: 50,
          reasons: ['SECRET REASON'],
          published_at: new Date(publishedAt),
          dissolved_at: dissolvedAt ? new Date(dissolvedAt) : null,
          dissolved_reason: dissolvedAt ? 'SECRET DISSOLVED REASON' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  ids = {
    // A's mentee with B's mentor: both contacts see it, each only their own person's email.
    mia: await tandem(c.menteeA.participantId, bea.participantId, '2027-02-01T10:00:00Z'),
    // B's mentee with A's mentor, ended.
    ben: await tandem(
      c.menteeB.participantId,
      c.mentorA.participantId,
      '2027-02-01T10:00:00Z',
      '2027-03-15T23:30:00Z',
    ),
    // B's people only: A's contact must not see it.
    beaBen: await tandem(c.menteeB.participantId, bea.participantId, '2027-03-20T08:00:00Z'),
  };
});
afterEach(() => t.close());

const download = (cookie: string, cycleId = c.cycleId, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/cycles/${cycleId}/tandems.csv${query}`, headers: { cookie } });

/** The file read back by an independent parser, as records keyed by column, by tandem id. */
function readBack(body: string, delimiter = ',') {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parse(body.slice(1), { delimiter }) as string[][];
  expect(header).toEqual([...tandemCsvColumns]);
  return new Map(
    rows.map((cells) => {
      const record = Object.fromEntries(header!.map((h, i) => [h, cells[i]]));
      return [record.tandem_id!, record];
    }),
  );
}

describe('tandems CSV export', () => {
  it("gives the coordinator every tandem of the cycle, with both people's emails", async () => {
    const response = await download(c.cookies.coordinator);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="tandems.csv"');
    const rows = readBack(response.body);
    expect([...rows.keys()].sort()).toEqual(Object.values(ids).sort());
    expect(rows.get(ids.mia)).toEqual({
      tandem_id: ids.mia,
      status: 'active',
      mentee_name: 'Mia Mentee',
      mentee_email: 'mia@alpha.example',
      mentee_organisation: 'Alpha Bank',
      // A formula-like name is written with a leading apostrophe, so no spreadsheet runs it.
      mentor_name: "'=Bea Mentor",
      mentor_email: 'bea@beta.example',
      mentor_organisation: 'Beta Motors',
      published_on: '2027-02-01',
      dissolved_on: '',
    });
    expect(rows.get(ids.ben)).toMatchObject({
      status: 'dissolved',
      mentee_email: 'ben@beta.example',
      mentor_email: 'mona@alpha.example',
      dissolved_on: '2027-03-15',
    });
    // Why they were matched and why it ended are not on the cycle's tandems page.
    expect(response.body).not.toContain('SECRET');
  });

  it("gives a contact their own people's tandems, and emails of their own people only", async () => {
    const a = readBack((await download(c.cookies.contactA)).body);
    expect([...a.keys()].sort()).toEqual([ids.mia, ids.ben].sort());
    expect(a.get(ids.mia)).toMatchObject({ mentee_email: 'mia@alpha.example', mentor_email: '' });
    expect(a.get(ids.ben)).toMatchObject({ mentee_email: '', mentor_email: 'mona@alpha.example' });

    const b = readBack((await download(c.cookies.contactB)).body);
    expect([...b.keys()].sort()).toEqual(Object.values(ids).sort());
    expect(b.get(ids.mia)).toMatchObject({ mentee_email: '', mentor_email: 'bea@beta.example' });
    expect(b.get(ids.beaBen)).toMatchObject({
      mentee_email: 'ben@beta.example',
      mentor_email: 'bea@beta.example',
    });
  });

  it('writes semicolons when asked, and records the export in the audit log', async () => {
    const response = await download(c.cookies.coordinator, c.cycleId, '?separator=semicolon');
    expect(response.statusCode).toBe(200);
    expect(readBack(response.body, ';').size).toBe(3);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'tandems.exported')
      .execute();
    expect(audit).toEqual([{ action: 'tandems.exported', target_id: c.cycleId }]);
  });

  it("answers 404 for a cycle the contact's organisation takes no part in, and 403 to participants", async () => {
    const other = await t.db
      .insertInto('cycles')
      .values({ name: 'Elsewhere', starts_on: '2027-01-01', ends_on: '2027-12-31' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await download(c.cookies.contactB, other.id)).statusCode).toBe(404);
    expect((await download(c.cookies.coordinator, other.id)).statusCode).toBe(200);
    expect((await download(c.cookies.menteeA)).statusCode).toBe(403);
    expect((await download(c.cookies.mentorA)).statusCode).toBe(403);
  });
});
