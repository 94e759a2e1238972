import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createCycle,
  createParticipant,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { runComparisonCsvColumns } from '../../../shared/contract/matching.ts';

// A comparison of two match runs as CSV: the comparison view's rows, read back with an independent
// parser (csv-parse).

let t: TestApp;
let c: Consortium;
let mentorB: { personId: string; participantId: string };
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Zoë, "Bea" Mentor',
    email: 'bea@beta.example',
  });
});
afterEach(() => t.close());

/** A finished run of the cycle with the given pairs (mentee, mentor, score). */
async function doneRun(number: number, pairs: [string, string, number][], cycleId = c.cycleId) {
  const run = await t.db
    .insertInto('match_runs')
    .values({
      cycle_id: cycleId,
      number,
      mode: 'optimal',
      status: 'done',
      engine_version: 'test',
      input: '{}',
      mentees: 2,
      mentors: 2,
      matched: pairs.length,
      unmatched: 2 - pairs.length,
      total_score: pairs.reduce((s, p) => s + p[2], 0),
      mean_score: null,
      criterion_averages: '{}',
      blocking_pairs: null,
      progress: null,
      error: null,
      started_by: null,
      finished_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [mentee, mentor, score] of pairs) {
    await t.db
      .insertInto('match_run_pairs')
      .values({
        run_id: run.id,
        mentee_id: mentee,
        mentor_id: mentor,
        score,
        contributions: '[]',
        reasons: ['test'],
        pinned: false,
      })
      .execute();
  }
  return run.id;
}

const download = (cookie: string, url: string) => t.app.inject({ url, headers: { cookie } });

function readBack(body: string, delimiter = ',') {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const [header = [], ...rows] = parse(body, { bom: true, delimiter }) as string[][];
  return { header, rows };
}

describe('a match run comparison as CSV', () => {
  it('has one row per mentee whose mentor differs, with both runs’ mentor and score, as the view shows', async () => {
    // Mia moves from Bea to nobody; Ben moves from Mona to Bea.
    const a = await doneRun(1, [
      [c.menteeA.participantId, mentorB.participantId, 71.5],
      [c.menteeB.participantId, c.mentorA.participantId, 60],
    ]);
    const b = await doneRun(2, [[c.menteeB.participantId, mentorB.participantId, 48.25]]);
    const path = `/api/v1/cycles/${c.cycleId}/match-runs/compare`;
    const view = await callApi(t, c.cookies.coordinator, 'GET', `${path}?a=${a}&b=${b}`);
    expect(view.status).toBe(200);

    const r = await download(c.cookies.coordinator, `${path}.csv?a=${a}&b=${b}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe('attachment; filename="match-runs-1-vs-2.csv"');
    const { header, rows } = readBack(r.body);
    expect(header).toEqual([...runComparisonCsvColumns]);
    expect(rows).toEqual([
      [c.menteeB.participantId, 'Ben Mentee', '1', 'Mona Mentor', '60', '2', 'Zoë, "Bea" Mentor', '48.25'],
      [c.menteeA.participantId, 'Mia Mentee', '1', 'Zoë, "Bea" Mentor', '71.5', '2', '', ''],
    ]);
    // The same mentees as the comparison view, in its order.
    expect(rows.map((row) => row[0])).toEqual(
      (view.body.differences as { menteeId: string }[]).map((d) => d.menteeId),
    );

    const semicolon = await download(c.cookies.coordinator, `${path}.csv?a=${a}&b=${b}&separator=semicolon`);
    expect(readBack(semicolon.body, ';').rows).toEqual(rows);
    // Every export is audited.
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['target_id', 'details'])
      .where('action', '=', 'match_runs.comparison_exported')
      .orderBy('id')
      .execute();
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ target_id: c.cycleId, details: { runs: [a, b], count: 2 } });

    // Two runs that agree: the header alone.
    const same = await doneRun(3, [[c.menteeB.participantId, mentorB.participantId, 48.25]]);
    const none = readBack((await download(c.cookies.coordinator, `${path}.csv?a=${b}&b=${same}`)).body);
    expect(none.rows).toEqual([]);
  });

  it('is the coordinator’s alone, and a run of another cycle is none', async () => {
    const a = await doneRun(1, [[c.menteeA.participantId, mentorB.participantId, 70]]);
    const b = await doneRun(2, []);
    const url = `/api/v1/cycles/${c.cycleId}/match-runs/compare.csv?a=${a}&b=${b}`;
    for (const caller of ['contactA', 'contactB', 'menteeA', 'mentorA'] as const) {
      const r = await download(c.cookies[caller], url);
      expect(r.statusCode).toBe(403);
      expect(r.body).not.toContain('Mia Mentee');
    }
    const other = await createCycle(t.db, [c.organisationA, c.organisationB], 'Other cycle');
    const elsewhere = await doneRun(1, [], other);
    const r = await download(
      c.cookies.coordinator,
      `/api/v1/cycles/${c.cycleId}/match-runs/compare.csv?a=${a}&b=${elsewhere}`,
    );
    expect(r.statusCode).toBe(404);
  });
});
