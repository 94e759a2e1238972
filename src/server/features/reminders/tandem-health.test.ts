import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createParticipant,
  createTandem,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { type TandemHealth, tandemHealthCsvColumns } from '../../../shared/contract/reminders.ts';
import { DAY_MS } from './reminders.rules.ts';

let t: TestApp;
let c: Consortium;
let now: Date;
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
const day = (date: Date) => date.toISOString().slice(0, 10);

const tandem = (menteeId: string, mentorId: string, publishedDaysAgo: number, endedDaysAgo?: number) =>
  createTandem(t.db, {
    cycleId: c.cycleId,
    menteeId,
    mentorId,
    publishedAt: ago(publishedDaysAgo),
    dissolvedAt: endedDaysAgo === undefined ? null : ago(endedDaysAgo),
  });

async function meeting(
  tandemId: string,
  status: 'proposed' | 'accepted' | 'cancelled' | 'held',
  daysAgo: number,
) {
  const row = await t.db
    .insertInto('meetings')
    .values({
      tandem_id: tandemId,
      ical_uid: `${crypto.randomUUID()}@test`,
      starts_at: ago(daysAgo),
      duration_minutes: 60,
      time_zone: 'Europe/Berlin',
      status,
      proposed_by: c.menteeA.participantId,
      shared_notes: 'SHARED NOTE: we talked about the reorganisation',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let ids: { first: string; second: string; third: string; ended: string };
let mentorB: { participantId: string };
beforeEach(async () => {
  t = await buildTestApp();
  now = t.clock.now();
  c = await createConsortium(t.db, now);
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
  mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bea Mentor',
    email: 'bea@beta.example',
  });
  const lea = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationA,
    role: 'mentee',
    name: 'Lea Mentee',
    email: 'lea@alpha.example',
  });

  // Mia and Bea: a signed agreement every 20 days, two meetings held, one planned, goals, surveys.
  const first = await tandem(c.menteeA.participantId, mentorB.participantId, 100);
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: first,
      version: 1,
      goals: JSON.stringify([{ goalId: crypto.randomUUID(), title: 'SECRET GOAL', successMeasure: '' }]),
      cadence_days: 20,
      meeting_format: 'video',
      confidentiality: 'SECRET AGREEMENT TEXT',
      mentee_signed_at: ago(95),
      mentor_signed_at: ago(94),
    })
    .execute();
  await meeting(first, 'held', 90);
  const held = await meeting(first, 'held', 70);
  await meeting(first, 'cancelled', 40);
  await meeting(first, 'proposed', -5);
  await t.db
    .insertInto('meeting_private_notes')
    .values({ meeting_id: held, author_id: c.menteeA.participantId, body: 'PRIVATE NOTE' })
    .execute();
  const goal = (state: 'achieved' | 'on_track' | 'dropped', removed = false) => ({
    tandem_id: first,
    position: 0,
    title: 'SECRET GOAL',
    success_measure: 'SECRET MEASURE',
    state,
    state_comment: 'SECRET COMMENT',
    removed_at: removed ? ago(1) : null,
  });
  await t.db
    .insertInto('goals')
    .values([goal('achieved'), goal('achieved'), goal('on_track'), goal('dropped'), goal('achieved', true)])
    .execute();
  await t.db
    .updateTable('surveys')
    .set({ opens_on: day(ago(20)), closes_on: day(ago(-10)) })
    .where('cycle_id', '=', c.cycleId)
    .where('kind', '=', 'midterm')
    .execute();
  const menteeSurvey = await t.db
    .selectFrom('surveys')
    .select('id')
    .where('cycle_id', '=', c.cycleId)
    .where('kind', '=', 'midterm')
    .where('role', '=', 'mentee')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('survey_responses')
    .values({
      survey_id: menteeSurvey.id,
      participant_id: c.menteeA.participantId,
      answers: JSON.stringify({ q1: 'SECRET ANSWER' }),
    })
    .execute();

  // Ben and Mona: 100 days without any meeting at the cycle's 30-day cadence.
  const second = await tandem(c.menteeB.participantId, c.mentorA.participantId, 100);
  // Lea and Mona: met 46 days ago, only Lea has signed.
  const third = await tandem(lea.participantId, c.mentorA.participantId, 50);
  await meeting(third, 'held', 46);
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: third,
      version: 1,
      goals: '[]',
      cadence_days: 30,
      meeting_format: 'phone',
      confidentiality: 'x',
      mentee_signed_at: ago(40),
    })
    .execute();
  // An ended tandem of A's people only, long without a meeting.
  const ended = await tandem(c.menteeA.participantId, c.mentorA.participantId, 200, 150);
  ids = { first, second, third, ended };
});
afterEach(() => t.close());

const health = (cookie: string, cycleId = c.cycleId) =>
  callApi(t, cookie, 'GET', `/api/v1/cycles/${cycleId}/tandem-health`);
const byId = (tandems: TandemHealth[]) => new Map(tandems.map((h) => [h.tandemId, h]));

describe('tandem health list', () => {
  it("gives the coordinator every tandem's figures and flags", async () => {
    const { status, body } = await health(c.cookies.coordinator);
    expect(status).toBe(200);
    expect(body.tandems).toHaveLength(4);
    const rows = byId(body.tandems);
    expect(rows.get(ids.first)).toEqual({
      tandemId: ids.first,
      status: 'active',
      publishedAt: ago(100).toISOString(),
      mentee: { name: 'Mia Mentee', organisationName: 'Alpha Bank' },
      mentor: { name: 'Bea Mentor', organisationName: 'Beta Motors' },
      agreement: { state: 'signed', signedAt: ago(94).toISOString() },
      cadenceDays: 20,
      meetingsHeld: 2,
      meetingsExpected: 5,
      lastMeetingAt: ago(70).toISOString(),
      nextMeetingAt: ago(-5).toISOString(),
      goals: { notStarted: 0, onTrack: 1, atRisk: 0, achieved: 2, dropped: 1, percentAchieved: 67 },
      surveys: {
        mentee: { kind: 'midterm', title: expect.any(String), done: true },
        mentor: { kind: 'midterm', title: expect.any(String), done: false },
      },
      overdue: false,
      inactive: false,
      daysSinceActivity: 70,
    });
    expect(rows.get(ids.second)).toMatchObject({
      agreement: { state: 'none', signedAt: null },
      cadenceDays: 30,
      meetingsHeld: 0,
      meetingsExpected: 3,
      lastMeetingAt: null,
      nextMeetingAt: null,
      goals: { percentAchieved: null },
      surveys: { mentee: { done: false }, mentor: { done: false } },
      overdue: true,
      inactive: true,
    });
    expect(rows.get(ids.third)).toMatchObject({
      agreement: { state: 'signed_by_one', signedAt: null },
      meetingsHeld: 1,
      overdue: true,
      inactive: false,
      daysSinceActivity: 46,
    });
    // An ended tandem is counted up to its end and never flagged.
    expect(rows.get(ids.ended)).toMatchObject({
      status: 'dissolved',
      meetingsExpected: 1,
      overdue: false,
      inactive: false,
      daysSinceActivity: null,
    });
  });

  it('never carries notes, goal texts, agreement text or survey answers', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/cycles/${c.cycleId}/tandem-health`,
      headers: { cookie: c.cookies.coordinator },
    });
    // The list must be there, with every tandem whose secrets were written above: an error or an
    // empty list carries no secrets either, and would prove nothing.
    expect(response.statusCode).toBe(200);
    expect(
      response
        .json()
        .tandems.map((h: TandemHealth) => h.tandemId)
        .sort(),
    ).toEqual([ids.first, ids.second, ids.third, ids.ended].sort());
    for (const secret of ['SECRET', 'NOTE', 'reorganisation']) expect(response.body).not.toContain(secret);
  });

  it("shows a contact only the tandems of their own organisation's people", async () => {
    const b = await health(c.cookies.contactB);
    expect(b.status).toBe(200);
    expect(b.body.tandems.map((h: TandemHealth) => h.tandemId).sort()).toEqual(
      [ids.first, ids.second].sort(),
    );
    const a = await health(c.cookies.contactA);
    expect(a.body.tandems).toHaveLength(4);
  });

  it('answers 404 for a cycle the contact takes no part in, and 403 to participants', async () => {
    const other = await t.db
      .insertInto('cycles')
      .values({ name: 'Elsewhere', starts_on: '2027-01-01', ends_on: '2027-12-31' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await health(c.cookies.contactB, other.id)).status).toBe(404);
    expect((await health(c.cookies.coordinator, other.id)).body.tandems).toEqual([]);
    expect((await health(c.cookies.menteeA)).status).toBe(403);
  });

  it('flags nothing while the cycle is not running', async () => {
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const { body } = await health(c.cookies.coordinator);
    expect(body.tandems.some((h: TandemHealth) => h.overdue || h.inactive)).toBe(false);
  });
});

describe('tandem health CSV export', () => {
  const download = (cookie: string, cycleId = c.cycleId, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/cycles/${cycleId}/tandem-health.csv${query}`,
      headers: { cookie },
    });
  /** The file read back by an independent parser, as records keyed by column, by tandem id. */
  const readBack = (body: string, delimiter = ',') => {
    expect(body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(body.slice(1), { delimiter }) as string[][];
    expect(header).toEqual([...tandemHealthCsvColumns]);
    return new Map(
      rows.map((cells) => {
        const record = Object.fromEntries(header!.map((h, i) => [h, cells[i]]));
        return [record.tandem_id!, record];
      }),
    );
  };

  it("writes one row of the list's figures per tandem, and no text written inside a tandem", async () => {
    const response = await download(c.cookies.coordinator);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="tandem-health.csv"');
    const rows = readBack(response.body);
    expect([...rows.keys()].sort()).toEqual(Object.values(ids).sort());
    expect(rows.get(ids.first)).toEqual({
      tandem_id: ids.first,
      status: 'active',
      mentee_name: 'Mia Mentee',
      mentee_organisation: 'Alpha Bank',
      mentor_name: 'Bea Mentor',
      mentor_organisation: 'Beta Motors',
      published_on: day(ago(100)),
      agreement_state: 'signed',
      agreement_signed_on: day(ago(94)),
      cadence_days: '20',
      meetings_held: '2',
      meetings_expected: '5',
      last_meeting_on: day(ago(70)),
      next_meeting_on: day(ago(-5)),
      goals_not_started: '0',
      goals_on_track: '1',
      goals_at_risk: '0',
      goals_achieved: '2',
      goals_dropped: '1',
      goals_percent_achieved: '67',
      mentee_survey: 'midterm',
      mentee_survey_done: 'true',
      mentor_survey: 'midterm',
      mentor_survey_done: 'false',
      overdue: 'false',
      inactive: 'false',
      days_since_activity: '70',
    });
    expect(rows.get(ids.second)).toMatchObject({
      agreement_state: 'none',
      agreement_signed_on: '',
      last_meeting_on: '',
      next_meeting_on: '',
      goals_percent_achieved: '',
      overdue: 'true',
      inactive: 'true',
    });
    expect(rows.get(ids.ended)).toMatchObject({ status: 'dissolved', days_since_activity: '' });
    for (const secret of ['SECRET', 'NOTE', 'reorganisation']) expect(response.body).not.toContain(secret);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'tandem_health.exported')
      .execute();
    expect(audit).toEqual([{ action: 'tandem_health.exported', target_id: c.cycleId }]);
  });

  it("gives a contact only their own people's tandems, with semicolons when asked", async () => {
    const b = await download(c.cookies.contactB, c.cycleId, '?separator=semicolon');
    expect(b.statusCode).toBe(200);
    expect([...readBack(b.body, ';').keys()].sort()).toEqual([ids.first, ids.second].sort());
    expect(readBack((await download(c.cookies.contactA)).body).size).toBe(4);
  });

  it('answers 404 for a cycle the contact takes no part in, and 403 to participants', async () => {
    const other = await t.db
      .insertInto('cycles')
      .values({ name: 'Elsewhere', starts_on: '2027-01-01', ends_on: '2027-12-31' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await download(c.cookies.contactB, other.id)).statusCode).toBe(404);
    expect((await download(c.cookies.menteeA)).statusCode).toBe(403);
  });
});
