import type { InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createCycle,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { tandemOf } from '../../../../test/route-access/shared.ts';
import type {
  MySurvey,
  Survey,
  SurveyDateMove,
  SurveyQuestion,
  SurveyResults,
} from '../../../shared/contract/surveys.ts';
import { addDays } from '../../dates.ts';
import { backfillSurveys } from '../../db/migrations/2026-11-28T03-tandem-year.ts';
import {
  addOutcomeQuestions,
  renameOldPromotionQuestion,
} from '../../db/migrations/2026-12-07T02-follow-up-outcomes.ts';
import { DEFAULT_SURVEYS, defaultDates } from './survey-defaults.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  signedInPeople.length = 0;
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, cookie, method, url, payload);

const signedInPeople: { accountId: string; cookie: string }[] = [];

/** Moves the frozen clock to mid-morning of a day; everyone signs in again (sessions expire). */
async function setToday(date: string) {
  t.clock.advance(new Date(`${date}T10:00:00Z`).getTime() - t.clock.now().getTime());
  const now = t.clock.now();
  for (const key of Object.keys(c.cookies) as (keyof Consortium['cookies'])[]) {
    c.cookies[key] = await sessionCookie(t.db, c.accounts[key], now);
  }
  for (const p of signedInPeople) p.cookie = await sessionCookie(t.db, p.accountId, now);
}

async function cycleSurveys(cookie = c.cookies.coordinator, cycleId = c.cycleId) {
  const { status, body } = await call(cookie, 'GET', `/api/v1/cycles/${cycleId}/surveys`);
  expect(status).toBe(200);
  return body.surveys as Survey[];
}
async function surveyOf(kind: Survey['kind'], role: Survey['role'], cycleId = c.cycleId) {
  return (await cycleSurveys(c.cookies.coordinator, cycleId)).find(
    (s) => s.kind === kind && s.role === role,
  )!;
}
async function mySurveys(cookie: string) {
  const { status, body } = await call(cookie, 'GET', '/api/v1/my-surveys');
  expect(status).toBe(200);
  return body.surveys as MySurvey[];
}

let mentorCount = 0;
/** A mentee of the given organisation in a tandem with a fresh mentor of B, signed in. */
async function menteeInTandem(organisation: 'A' | 'B', name: string) {
  const n = ++mentorCount;
  const email = `${name.toLowerCase().replace(/\W/g, '')}${n}@${organisation === 'A' ? 'alpha' : 'beta'}.example`;
  const mentee = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: organisation === 'A' ? c.organisationA : c.organisationB,
    role: 'mentee',
    name,
    email,
  });
  const mentor = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: `Mentor ${n}`,
    email: `mentor${n}@beta.example`,
  });
  await tandemOf(t, c, mentee.participantId, mentor.participantId);
  const account = await createAccount(t.db, { email, name, role: 'participant', personId: mentee.personId });
  const signedIn = {
    ...mentee,
    name,
    email,
    accountId: account,
    cookie: await sessionCookie(t.db, account, t.clock.now()),
  };
  signedInPeople.push(signedIn);
  return signedIn;
}

const answersFor = (i: number) => ({
  tandem_fit: (i % 5) + 1,
  meetings_useful: 4,
  meeting_frequency: i % 2 === 0 ? 'About once a month' : 'Not yet',
  going_well: `Answer number ${10 - i}`,
});

describe('survey set of a cycle', () => {
  it('every new cycle gets six surveys from the default set, dated from the cycle', async () => {
    const surveys = await cycleSurveys();
    expect(surveys.map((s) => `${s.kind}/${s.role}`)).toEqual([
      'midterm/mentor',
      'midterm/mentee',
      'final/mentor',
      'final/mentee',
      'follow_up/mentor',
      'follow_up/mentee',
    ]);
    const dates = Object.fromEntries(surveys.map((s) => [`${s.kind}/${s.role}`, [s.opensOn, s.closesOn]]));
    // The cycle runs 2027-01-15 to 2027-12-15: halfway, at the end, six months after; four weeks each.
    expect(dates['midterm/mentee']).toEqual(['2027-07-01', '2027-07-29']);
    expect(dates['final/mentor']).toEqual(['2027-12-15', '2028-01-12']);
    expect(dates['follow_up/mentee']).toEqual(['2028-06-15', '2028-07-13']);
    expect(surveys.every((s) => s.status === 'upcoming' && s.responseCount === 0)).toBe(true);
    const followUp = surveys.find((s) => s.kind === 'follow_up' && s.role === 'mentee')!;
    expect(followUp.title).toBe('Follow-up survey for mentees');
    expect(followUp.questions[0]).toMatchObject({
      type: 'choice',
      text: 'Have you been promoted since the programme began?',
      options: ['Yes', 'No', 'Not yet'],
    });
    // The career steps and the tandem's value that the reports' outcomes read, by id.
    expect(followUp.questions.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'promoted',
        'leadership_responsibility',
        'new_role',
        'still_with_employer',
        'tandem_value',
      ]),
    );
  });

  it('a change of the cycle’s dates offers to move the unopened surveys and moves none by itself', async () => {
    await setToday('2027-07-05');
    const before = await cycleSurveys();
    const changed = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      version: (await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`)).body.version,
      endsOn: '2027-12-31',
    });
    expect(changed.status).toBe(200);
    // The open mid-term surveys are not offered: they keep the dates participants answer by.
    const offer = changed.body.surveyDateOffer as SurveyDateMove[];
    expect(
      offer.map((m) => [m.kind, m.role, m.opensOn, m.closesOn, m.proposedOpensOn, m.proposedClosesOn]),
    ).toEqual([
      ['final', 'mentor', '2027-12-15', '2028-01-12', '2027-12-31', '2028-01-28'],
      ['final', 'mentee', '2027-12-15', '2028-01-12', '2027-12-31', '2028-01-28'],
      ['follow_up', 'mentor', '2028-06-15', '2028-07-13', '2028-06-30', '2028-07-28'],
      ['follow_up', 'mentee', '2028-06-15', '2028-07-13', '2028-06-30', '2028-07-28'],
    ]);
    // Nothing moved yet: dates and versions are as before.
    expect(await cycleSurveys()).toEqual(before);

    const moved = await call(c.cookies.coordinator, 'POST', `/api/v1/cycles/${c.cycleId}/survey-dates`, {
      surveys: offer.map((m) => ({
        id: m.surveyId,
        version: m.version,
        opensOn: m.proposedOpensOn,
        closesOn: m.proposedClosesOn,
      })),
    });
    expect(moved.status).toBe(200);
    const after = moved.body.surveys as Survey[];
    const final = after.find((x) => x.kind === 'final' && x.role === 'mentee')!;
    const mid = after.find((x) => x.kind === 'midterm' && x.role === 'mentee')!;
    expect([final.opensOn, final.closesOn]).toEqual(['2027-12-31', '2028-01-28']);
    expect(final.version).toBe(before.find((x) => x.id === final.id)!.version + 1);
    expect([mid.opensOn, mid.status]).toEqual(['2027-07-01', 'open']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'survey.dates_moved')
      .execute();
    expect(audit).toHaveLength(4);
  });

  it('keeping the surveys’ dates is a choice too: a cycle change without a date change offers nothing', async () => {
    const cycle = await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`);
    const renamed = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      version: cycle.body.version,
      name: 'Renamed',
    });
    expect(renamed.body.surveyDateOffer).toEqual([]);
  });

  it('a cycle at the end of the calendar still gets surveys that can open and close', async () => {
    const created = await call(c.cookies.coordinator, 'POST', '/api/v1/cycles', {
      name: 'Far future',
      startsOn: '9998-01-01',
      endsOn: '9999-12-31',
    });
    expect(created.status).toBe(201);
    const followUp = await surveyOf('follow_up', 'mentor', created.body.id);
    expect([followUp.opensOn, followUp.closesOn]).toEqual(['9999-11-01', '9999-11-29']);
    const moved = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${created.body.id}`, {
      version: created.body.version,
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    });
    expect(moved.status).toBe(200);
    const final = (moved.body.surveyDateOffer as SurveyDateMove[]).find(
      (m) => m.kind === 'final' && m.role === 'mentee',
    )!;
    expect([final.proposedOpensOn, final.proposedClosesOn]).toEqual(['2027-12-31', '2028-01-28']);
  });

  it('installations’ existing cycles get the same six surveys from the migration', async () => {
    const cycleId = await createCycle(t.db, [c.organisationA], 'Cycle ending on a long month');
    const cycle = { startsOn: '2027-03-01', endsOn: '2027-08-31' };
    await t.db
      .updateTable('cycles')
      .set({ starts_on: cycle.startsOn, ends_on: cycle.endsOn })
      .where('id', '=', cycleId)
      .execute();
    await t.db.deleteFrom('surveys').where('cycle_id', '=', cycleId).execute();
    await backfillSurveys(t.db as unknown as Kysely<unknown>);
    // …and the outcome questions a later migration adds to follow-up surveys nobody has answered.
    await addOutcomeQuestions(t.db as unknown as Kysely<unknown>);
    const backfilled = await cycleSurveys(c.cookies.coordinator, cycleId);
    expect(backfilled).toHaveLength(6);
    for (const d of DEFAULT_SURVEYS) {
      const s = backfilled.find((x) => x.kind === d.kind && x.role === d.role)!;
      expect(s.title).toBe(d.title);
      expect(s.questions).toEqual(d.questions);
      expect([s.opensOn, s.closesOn]).toEqual(Object.values(defaultDates(d.kind, cycle)));
    }
    const byKind = Object.fromEntries(backfilled.map((s) => [s.kind, [s.opensOn, s.closesOn]]));
    // 2027-08-31 plus six months is the last day of February, as in the app.
    expect(byKind).toEqual({
      midterm: ['2027-05-31', '2027-06-28'],
      final: ['2027-08-31', '2027-09-28'],
      follow_up: ['2028-02-29', '2028-03-28'],
    });
  });
});

describe('answering', () => {
  it('a mentee in a tandem sees the mentee surveys and answers while one is open', async () => {
    const mia = await menteeInTandem('A', 'Mia Two');
    const mine = await mySurveys(mia.cookie);
    expect(mine.map((s) => [s.kind, s.role, s.status])).toEqual([
      ['midterm', 'mentee', 'upcoming'],
      ['final', 'mentee', 'upcoming'],
      ['follow_up', 'mentee', 'upcoming'],
    ]);
    const url = `/api/v1/surveys/${mine[0]!.id}/my-response`;
    const early = await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 4 } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('opens on 2027-07-01');

    await setToday('2027-07-01');
    const saved = await call(mia.cookie, 'PUT', url, {
      answers: { tandem_fit: 4, meeting_frequency: 'About once a month', change: '  More structure  ' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.answers).toEqual({
      tandem_fit: 4,
      meeting_frequency: 'About once a month',
      change: 'More structure',
    });
    expect(saved.body.status).toBe('open');

    // Changeable until it closes: the new answers replace the old ones.
    await setToday('2027-07-28');
    const changed = await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 2, meetings_useful: null } });
    expect(changed.status).toBe(200);
    expect((await mySurveys(mia.cookie))[0]!.answers).toEqual({ tandem_fit: 2 });

    await setToday('2027-07-29');
    const late = await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 5 } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('closed on 2027-07-29');
    const after = (await mySurveys(mia.cookie))[0]!;
    expect([after.status, after.answers]).toEqual(['closed', { tandem_fit: 2 }]);
  });

  it('each participant reads their own answers and nobody else’s', async () => {
    const mia = await menteeInTandem('A', 'Mia Six');
    const ben = await menteeInTandem('B', 'Ben Six');
    const survey = (await mySurveys(mia.cookie))[0]!;
    await setToday('2027-07-02');
    const url = `/api/v1/surveys/${survey.id}/my-response`;
    await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 5, change: 'Mia’s secret' } });
    await call(ben.cookie, 'PUT', url, { answers: { tandem_fit: 1, change: 'Ben’s secret' } });
    const forMia = await mySurveys(mia.cookie);
    const forBen = await mySurveys(ben.cookie);
    expect(forMia[0]!.answers).toEqual({ tandem_fit: 5, change: 'Mia’s secret' });
    expect(forBen[0]!.answers).toEqual({ tandem_fit: 1, change: 'Ben’s secret' });
    expect(JSON.stringify(forMia)).not.toContain('Ben’s secret');
    expect(JSON.stringify(forBen)).not.toContain('Mia’s secret');
  });

  it('answers are checked against the questions', async () => {
    const mia = await menteeInTandem('A', 'Mia Three');
    const survey = (await mySurveys(mia.cookie))[0]!;
    const url = `/api/v1/surveys/${survey.id}/my-response`;
    await setToday('2027-07-02');
    const problems = async (answers: Record<string, unknown>) => {
      const r = await call(mia.cookie, 'PUT', url, { answers });
      expect(r.status).toBe(400);
      return (r.body.error.details as { path: string; message: string }[]).map(
        (d) => `${d.path}: ${d.message}`,
      );
    };
    expect(await problems({ tandem_fit: 6 })).toEqual([
      'answers.tandem_fit: must be a whole number from 1 to 5',
    ]);
    expect(await problems({ tandem_fit: 2.5 })).toEqual([
      'answers.tandem_fit: must be a whole number from 1 to 5',
    ]);
    expect(await problems({ tandem_fit: '3' })).toEqual([
      'answers.tandem_fit: must be a whole number from 1 to 5',
    ]);
    expect(await problems({ tandem_fit: 3, meeting_frequency: 'Daily' })).toEqual([
      'answers.meeting_frequency: must be one of: Every two weeks or more often, About once a month, Less than once a month, Not yet',
    ]);
    expect(await problems({ tandem_fit: 3, change: 'x'.repeat(2001) })).toEqual([
      'answers.change: must be at most 2000 characters',
    ]);
    expect(await problems({ tandem_fit: 3, favourite_colour: 'blue' })).toEqual([
      'answers.favourite_colour: is not a question of this survey',
    ]);
    // The first question is required; the others may stay empty.
    expect(await problems({ change: 'More time' })).toEqual([
      'answers.tandem_fit: "How well does your tandem work for you so far?" needs an answer',
    ]);
    expect((await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 3 } })).status).toBe(200);
  });

  it('only the survey’s audience answers: its role, in a tandem of that cycle', async () => {
    const mia = await menteeInTandem('A', 'Mia Four');
    const menteeSurvey = (await mySurveys(mia.cookie))[0]!;
    await setToday('2027-07-02');
    // Mia Mentee of the consortium has no tandem yet, Mona is a mentor: neither is in the audience.
    expect(await mySurveys(c.cookies.menteeA)).toEqual([]);
    expect(await mySurveys(c.cookies.mentorA)).toEqual([]);
    const url = `/api/v1/surveys/${menteeSurvey.id}/my-response`;
    expect((await call(c.cookies.menteeA, 'PUT', url, { answers: { tandem_fit: 3 } })).status).toBe(404);
    expect((await call(c.cookies.mentorA, 'PUT', url, { answers: { tandem_fit: 3 } })).status).toBe(404);
    // A dissolved tandem still counts: the mentee had one in this cycle.
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now(), dissolved_reason: 'moved' })
      .execute();
    expect((await call(mia.cookie, 'PUT', url, { answers: { tandem_fit: 3 } })).status).toBe(200);
    expect((await surveyOf('midterm', 'mentee')).audienceSize).toBe(1);
  });
});

describe('results', () => {
  async function answerMidterm(n: number, organisation: 'A' | 'B' = 'A', from = 0) {
    const people = [];
    for (let i = from; i < from + n; i++)
      people.push(await menteeInTandem(organisation, `Person ${organisation}${i}`));
    const survey = await surveyOf('midterm', 'mentee');
    await setToday('2027-07-02');
    for (const [i, p] of people.entries()) {
      const r = await call(p.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
        answers: answersFor(from + i),
      });
      expect(r.status).toBe(200);
    }
    return { survey, people };
  }
  /** Results once the mid-term survey has closed (it is open 2027-07-01 to 2027-07-28). */
  const results = async (who: keyof Consortium['cookies'], id: string) => {
    await setToday('2027-08-01');
    const r = await call(c.cookies[who], 'GET', `/api/v1/surveys/${id}/results`);
    expect(r.status).toBe(200);
    return r.body as SurveyResults;
  };

  it('coordinator sees aggregates per question and free texts sorted, without names', async () => {
    const { survey, people } = await answerMidterm(6);
    const body = await results('coordinator', survey.id);
    expect(body.survey).toMatchObject({ responseCount: 6, audienceSize: 6, status: 'closed' });
    expect([body.hiddenUntilClosed, body.suppressed]).toEqual([false, false]);
    const q = Object.fromEntries(body.questions.map((x) => [x.id, x]));
    // tandem_fit answers: 1, 2, 3, 4, 5, 1.
    expect(q.tandem_fit).toMatchObject({ type: 'scale', answered: 6, counts: [2, 1, 1, 1, 1], mean: 2.67 });
    expect(q.meetings_useful).toMatchObject({ counts: [0, 0, 0, 6, 0], mean: 4 });
    expect(q.meeting_frequency).toMatchObject({
      type: 'choice',
      options: [
        { option: 'Every two weeks or more often', count: 0 },
        { option: 'About once a month', count: 3 },
        { option: 'Less than once a month', count: 0 },
        { option: 'Not yet', count: 3 },
      ],
    });
    expect(q.going_well).toMatchObject({
      type: 'text',
      answers: [
        'Answer number 10',
        'Answer number 5',
        'Answer number 6',
        'Answer number 7',
        'Answer number 8',
        'Answer number 9',
      ],
    });
    // Nothing in the results leads back to a person.
    const text = JSON.stringify(body);
    for (const p of people) {
      for (const value of [p.name, p.email, p.participantId, p.personId]) expect(text).not.toContain(value);
    }
  });

  it('figures wait for the close, so two readings cannot single out one changed answer', async () => {
    const { survey } = await answerMidterm(6);
    const r = await call(c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}/results`);
    const body = r.body as SurveyResults;
    expect(body.survey).toMatchObject({ status: 'open', responseCount: 6 });
    expect([body.hiddenUntilClosed, body.suppressed]).toEqual([true, true]);
    for (const q of body.questions) {
      expect(q.suppressed).toBe(true);
      expect(JSON.stringify(q)).not.toContain('Answer number');
    }
    expect(body.questions.find((q) => q.id === 'tandem_fit')).toMatchObject({ counts: null, mean: null });
  });

  it('after a reopening, figures wait until at least 5 answers came in or changed since', async () => {
    const { survey, people } = await answerMidterm(6);
    expect((await results('coordinator', survey.id)).suppressed).toBe(false);
    const resultsOn = async (day: string) => {
      await setToday(day);
      return (await call(c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}/results`))
        .body as SurveyResults;
    };
    const reopen = async (closesOn: string) => {
      const current = await surveyOf('midterm', 'mentee');
      const r = await call(c.cookies.coordinator, 'POST', `/api/v1/surveys/${survey.id}/reopen`, {
        version: current.version,
        closesOn,
      });
      expect(r.status).toBe(200);
    };
    const change = async (person: (typeof people)[number], n: number) => {
      const r = await call(person.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
        answers: answersFor(n),
      });
      expect(r.status).toBe(200);
    };

    // One person changes an answer after the figures were read: comparing would give them away.
    await reopen('2027-08-15');
    await change(people[0]!, 20);
    const held = await resultsOn('2027-08-16');
    expect([held.heldBackSinceReopening, held.suppressed]).toEqual([true, true]);
    expect(JSON.stringify(held.questions)).not.toContain('Answer number');

    // Five more since the next reopening: enough that no one of them stands out.
    await reopen('2027-08-30');
    for (const [i, person] of people.slice(1).entries()) await change(person, 30 + i);
    const released = await resultsOn('2027-08-31');
    expect([released.heldBackSinceReopening, released.suppressed]).toEqual([false, false]);
    expect(released.questions.find((q) => q.id === 'tandem_fit')?.answered).toBe(6);
  });

  it('keeps holding a few changed answers back across a second reopening with none', async () => {
    const { survey, people } = await answerMidterm(6);
    expect((await results('coordinator', survey.id)).suppressed).toBe(false);
    const reopenUntil = async (closesOn: string) => {
      const current = await surveyOf('midterm', 'mentee');
      const r = await call(c.cookies.coordinator, 'POST', `/api/v1/surveys/${survey.id}/reopen`, {
        version: current.version,
        closesOn,
      });
      expect(r.status).toBe(200);
    };
    const figuresOn = async (day: string) => {
      await setToday(day);
      return (await call(c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}/results`))
        .body as SurveyResults;
    };
    await reopenUntil('2027-08-15');
    await call(people[0]!.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: answersFor(50),
    });
    expect((await figuresOn('2027-08-16')).heldBackSinceReopening).toBe(true);
    // Reopened again and closed with no new answer: the one change must still not show.
    await reopenUntil('2027-08-20');
    const after = await figuresOn('2027-08-21');
    expect([after.heldBackSinceReopening, after.suppressed]).toEqual([true, true]);
    expect(JSON.stringify(after.questions)).not.toContain('Answer number');
  });

  it('counts new closing dates that open a closed survey again as a reopening', async () => {
    const { survey, people } = await answerMidterm(6);
    expect((await results('coordinator', survey.id)).suppressed).toBe(false);
    const current = await surveyOf('midterm', 'mentee');
    const edited = await call(c.cookies.coordinator, 'PATCH', `/api/v1/surveys/${survey.id}`, {
      version: current.version,
      closesOn: '2027-08-15',
    });
    expect(edited.body.status).toBe('open');
    await call(people[0]!.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: answersFor(40),
    });
    await setToday('2027-08-16');
    const held = (await call(c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}/results`))
      .body as SurveyResults;
    expect(held.heldBackSinceReopening).toBe(true);
  });

  it('fewer than 5 answers hide every figure and text', async () => {
    const { survey } = await answerMidterm(4);
    const body = await results('coordinator', survey.id);
    expect(body.survey.responseCount).toBe(4);
    expect(body.suppressed).toBe(true);
    for (const q of body.questions) {
      expect(q.suppressed).toBe(true);
      expect(q.answered).toBe(0);
      expect(JSON.stringify(q)).not.toContain('Answer number');
    }
    expect(body.questions.find((q) => q.id === 'tandem_fit')).toMatchObject({ counts: null, mean: null });
  });

  it('a question answered by fewer than 5 is hidden even when the survey has enough responses', async () => {
    const { survey, people } = await answerMidterm(5);
    await call(people[0]!.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: { tandem_fit: 3, change: 'Fewer workshops' },
    });
    const body = await results('coordinator', survey.id);
    expect(body.suppressed).toBe(false);
    const change = body.questions.find((q) => q.id === 'change')!;
    expect(change).toMatchObject({ suppressed: true, answered: 1, answers: null });
    expect(body.questions.find((q) => q.id === 'tandem_fit')).toMatchObject({
      suppressed: false,
      answered: 5,
    });
  });

  it('a rating or choice question left out by some counts those who answered it, and hides below 5', async () => {
    const { survey, people } = await answerMidterm(5);
    // One of the five answers again without the optional rating and choice: 4 answered those.
    await call(people[0]!.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: { tandem_fit: 3, going_well: 'Answer number 42' },
    });
    const body = await results('coordinator', survey.id);
    expect([body.suppressed, body.survey.responseCount]).toEqual([false, 5]);
    const question = (id: string) => body.questions.find((q) => q.id === id)!;
    expect(question('meetings_useful')).toMatchObject({
      suppressed: true,
      answered: 4,
      counts: null,
      mean: null,
    });
    expect(question('meeting_frequency')).toMatchObject({ suppressed: true, answered: 4, options: null });
    expect(question('tandem_fit')).toMatchObject({ suppressed: false, answered: 5 });
  });

  it('a contact sees their own organisation’s people only, with the same suppression', async () => {
    const { survey } = await answerMidterm(5, 'A');
    await answerMidterm(3, 'B', 10);
    const forA = await results('contactA', survey.id);
    expect(forA.scope).toBe('organisation');
    expect(forA.survey).toMatchObject({ responseCount: 5, audienceSize: 5 });
    expect(forA.suppressed).toBe(false);
    const forB = await results('contactB', survey.id);
    expect(forB.survey).toMatchObject({ responseCount: 3, audienceSize: 3 });
    expect(forB.suppressed).toBe(true);
    const all = await results('coordinator', survey.id);
    expect([all.scope, all.survey.responseCount]).toEqual(['programme', 8]);
    expect((await cycleSurveys(c.cookies.contactB)).find((s) => s.id === survey.id)!.responseCount).toBe(3);

    // A cycle B does not take part in: its surveys do not exist for B's contact.
    const onlyA = await createCycle(t.db, [c.organisationA], 'Alpha only');
    const hidden = await surveyOf('final', 'mentor', onlyA);
    expect((await call(c.cookies.contactB, 'GET', `/api/v1/surveys/${hidden.id}/results`)).status).toBe(404);
    expect((await call(c.cookies.contactB, 'GET', `/api/v1/cycles/${onlyA}/surveys`)).status).toBe(404);
  });

  it('participants never read aggregates', async () => {
    const { survey, people } = await answerMidterm(1);
    expect((await call(people[0]!.cookie, 'GET', `/api/v1/surveys/${survey.id}/results`)).status).toBe(403);
  });
});

describe('editing a survey', () => {
  it('the coordinator edits title, dates and questions until the first response', async () => {
    const survey = await surveyOf('midterm', 'mentee');
    const url = `/api/v1/surveys/${survey.id}`;
    const questions = [
      { id: 'tandem_fit', type: 'scale', text: 'How well does your tandem work?', required: true },
      { id: 'format', type: 'choice', text: 'Where do you meet?', options: ['Office', 'Online'] },
    ];
    const edited = await call(c.cookies.coordinator, 'PATCH', url, {
      version: survey.version,
      title: 'Halfway check',
      opensOn: '2027-06-20',
      closesOn: '2027-07-10',
      questions,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Halfway check',
      opensOn: '2027-06-20',
      closesOn: '2027-07-10',
    });
    expect(edited.body.questions[1]).toEqual({ ...questions[1], required: false });

    const mia = await menteeInTandem('A', 'Mia Five');
    await setToday('2027-06-21');
    const answered = await call(mia.cookie, 'PUT', `${url}/my-response`, {
      answers: { tandem_fit: 4, format: 'Online' },
    });
    expect(answered.status).toBe(200);

    const frozen = await call(c.cookies.coordinator, 'PATCH', url, {
      version: edited.body.version,
      questions: [questions[0]],
    });
    expect(frozen.status).toBe(409);
    // The same questions sent back with a new title are fine: nothing about them changes.
    const sameQuestions = await call(c.cookies.coordinator, 'PATCH', url, {
      version: edited.body.version,
      title: 'Halfway check 2027',
      closesOn: '2027-07-20',
      questions: edited.body.questions,
    });
    expect(sameQuestions.status).toBe(200);
    expect(sameQuestions.body).toMatchObject({
      title: 'Halfway check 2027',
      closesOn: '2027-07-20',
      responseCount: 1,
    });
  });

  it('refuses dates in the wrong order and malformed questions', async () => {
    const survey = await surveyOf('final', 'mentor');
    const url = `/api/v1/surveys/${survey.id}`;
    const { version } = survey;
    const wrongOrder = await call(c.cookies.coordinator, 'PATCH', url, { version, closesOn: survey.opensOn });
    expect(wrongOrder.status).toBe(400);
    expect(wrongOrder.body.error.details[0].path).toBe('closesOn');
    const bad = [
      [],
      [{ id: 'a', type: 'choice', text: 'One option?', options: ['Only'] }],
      [
        { id: 'a', type: 'scale', text: 'One' },
        { id: 'a', type: 'text', text: 'Two' },
      ],
      [{ id: 'a', type: 'rating', text: 'Unknown type' }],
      Array.from({ length: 31 }, (_, i) => ({ id: `q${i}`, type: 'text', text: `Question ${i}` })),
    ];
    for (const questions of bad) {
      expect((await call(c.cookies.coordinator, 'PATCH', url, { version, questions })).status).toBe(400);
    }
    expect((await call(c.cookies.contactA, 'PATCH', url, { version, title: 'Mine' })).status).toBe(403);
  });

  it('keeps the first of two saves read at one version; the second answers 409 and changes nothing', async () => {
    const survey = await surveyOf('final', 'mentee');
    const url = `/api/v1/surveys/${survey.id}`;
    const first = await call(c.cookies.coordinator, 'PATCH', url, {
      version: survey.version,
      title: 'Final look back',
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(survey.version + 1);
    const second = await call(c.cookies.coordinator, 'PATCH', url, {
      version: survey.version,
      title: survey.title,
      closesOn: '2028-02-28',
    });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: survey.version + 1 },
    });
    expect(await surveyOf('final', 'mentee')).toMatchObject({
      title: 'Final look back',
      closesOn: survey.closesOn,
    });
  });

  it('makes an editor read before the cycle’s dates moved its survey stale', async () => {
    const survey = await surveyOf('final', 'mentor');
    const cycle = await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`);
    const changed = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      version: cycle.body.version,
      endsOn: '2028-03-31',
    });
    const offered = (changed.body.surveyDateOffer as SurveyDateMove[]).find((m) => m.surveyId === survey.id)!;
    const moved = await call(c.cookies.coordinator, 'POST', `/api/v1/cycles/${c.cycleId}/survey-dates`, {
      surveys: [
        {
          id: survey.id,
          version: offered.version,
          opensOn: offered.proposedOpensOn,
          closesOn: offered.proposedClosesOn,
        },
      ],
    });
    expect(moved.status).toBe(200);
    const stale = await call(c.cookies.coordinator, 'PATCH', `/api/v1/surveys/${survey.id}`, {
      version: survey.version,
      title: survey.title,
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
    });
    expect(stale.status).toBe(409);
    expect((await surveyOf('final', 'mentor')).opensOn).toBe(offered.proposedOpensOn);
  });

  it('moves none of the offered surveys when one of them changed since the offer', async () => {
    const cycle = await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`);
    const changed = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      version: cycle.body.version,
      endsOn: '2028-03-31',
    });
    const offer = changed.body.surveyDateOffer as SurveyDateMove[];
    const edited = offer[0]!;
    await call(c.cookies.coordinator, 'PATCH', `/api/v1/surveys/${edited.surveyId}`, {
      version: edited.version,
      title: 'Edited meanwhile',
    });
    const moved = await call(c.cookies.coordinator, 'POST', `/api/v1/cycles/${c.cycleId}/survey-dates`, {
      surveys: offer.map((m) => ({
        id: m.surveyId,
        version: m.version,
        opensOn: m.proposedOpensOn,
        closesOn: m.proposedClosesOn,
      })),
    });
    expect(moved.status).toBe(409);
    expect(moved.body.error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: edited.version + 1 },
    });
    const now = await cycleSurveys();
    for (const m of offer) expect(now.find((x) => x.id === m.surveyId)!.opensOn).toBe(m.opensOn);
  });

  it('moves no survey that has opened, none into the past, and none in a closed cycle', async () => {
    const url = `/api/v1/cycles/${c.cycleId}/survey-dates`;
    const final = await surveyOf('final', 'mentee');
    const intoThePast = await call(c.cookies.coordinator, 'POST', url, {
      surveys: [{ id: final.id, version: final.version, opensOn: '2026-01-01', closesOn: '2030-02-01' }],
    });
    expect(intoThePast.status).toBe(400);
    expect(intoThePast.body.error.message).toMatch(/not after today/);

    await setToday(final.opensOn);
    const opened = await call(c.cookies.coordinator, 'POST', url, {
      surveys: [{ id: final.id, version: final.version, opensOn: '2030-01-01', closesOn: '2030-02-01' }],
    });
    expect(opened.status).toBe(409);
    expect(opened.body.error.message).toMatch(/opened on .* moves no more with the cycle/);

    const followUp = await surveyOf('follow_up', 'mentee');
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const closed = await call(c.cookies.coordinator, 'POST', url, {
      surveys: [
        { id: followUp.id, version: followUp.version, opensOn: '2030-01-01', closesOn: '2030-02-01' },
      ],
    });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toMatch(/The cycle is closed/);
    expect((await surveyOf('follow_up', 'mentee')).opensOn).toBe(followUp.opensOn);
  });

  it('offers no date today or earlier, even when the cycle moved back past today', async () => {
    const midTerm = await surveyOf('midterm', 'mentee');
    await setToday(addDays(midTerm.opensOn, -3));
    const cycle = await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`);
    const changed = await call(c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      version: cycle.body.version,
      startsOn: addDays(cycle.body.startsOn, -60),
    });
    expect(changed.status).toBe(200);
    const offered = (changed.body.surveyDateOffer as SurveyDateMove[]).find(
      (m) => m.surveyId === midTerm.id,
    )!;
    expect(offered.proposedOpensOn > addDays(midTerm.opensOn, -3)).toBe(true);
  });

  it('moves only surveys of the cycle named, on dates in order', async () => {
    const other = await createCycle(t.db, [c.organisationA], 'Another cycle');
    const foreign = await surveyOf('final', 'mentee', other);
    const url = `/api/v1/cycles/${c.cycleId}/survey-dates`;
    const notHere = await call(c.cookies.coordinator, 'POST', url, {
      surveys: [{ id: foreign.id, version: foreign.version, opensOn: '2030-01-01', closesOn: '2030-02-01' }],
    });
    expect(notHere.status).toBe(404);
    const own = await surveyOf('final', 'mentee');
    const backwards = await call(c.cookies.coordinator, 'POST', url, {
      surveys: [{ id: own.id, version: own.version, opensOn: '2030-02-01', closesOn: '2030-01-01' }],
    });
    expect(backwards.status).toBe(400);
  });
});

describe('closing early, extending, reopening', () => {
  const action = (survey: Survey, what: 'close' | 'extend' | 'reopen', body: object) =>
    call(c.cookies.coordinator, 'POST', `/api/v1/surveys/${survey.id}/${what}`, body);

  it('closing an open survey now stops answers today and is audited', async () => {
    const mentee = await menteeInTandem('A', 'Nina');
    await setToday('2027-07-05');
    const survey = await surveyOf('midterm', 'mentee');
    expect(survey).toMatchObject({ status: 'open', can: { close: true, extend: true, reopen: false } });
    const closed = await action(survey, 'close', { version: survey.version });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closesOn: '2027-07-05',
      version: survey.version + 1,
      can: { close: false, extend: false, reopen: true },
    });
    const answer = await call(mentee.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: { tandem_fit: 4 },
    });
    expect(answer.status).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'survey.closed')
      .where('target_id', '=', survey.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ closesOnBefore: '2027-07-29', closesOn: '2027-07-05' });
  });

  it('a close read at an older version answers 409 and changes nothing', async () => {
    await setToday('2027-07-05');
    const survey = await surveyOf('midterm', 'mentee');
    expect((await action(survey, 'extend', { version: survey.version, closesOn: '2027-08-15' })).status).toBe(
      200,
    );
    const stale = await action(survey, 'close', { version: survey.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: survey.version + 1 },
    });
    expect(await surveyOf('midterm', 'mentee')).toMatchObject({ status: 'open', closesOn: '2027-08-15' });
  });

  it('cannot close a survey that has not opened, or has closed', async () => {
    await setToday('2027-07-05');
    const upcoming = await surveyOf('final', 'mentee');
    const refused = await action(upcoming, 'close', { version: upcoming.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      'This survey opens on 2027-12-15; change its dates instead of closing it.',
    );
    await setToday('2027-08-01');
    const closed = await surveyOf('midterm', 'mentor');
    expect((await action(closed, 'close', { version: closed.version })).status).toBe(409);
  });

  it('extending needs a later closing date, and a closed survey is reopened instead', async () => {
    await setToday('2027-07-05');
    const survey = await surveyOf('midterm', 'mentee');
    const earlier = await action(survey, 'extend', { version: survey.version, closesOn: '2027-07-20' });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'closesOn', message: 'must be after the current closing date, 2027-07-29' }],
    });
    await setToday('2027-08-01');
    const closed = await action(survey, 'extend', { version: survey.version, closesOn: '2027-09-01' });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toBe(
      'This survey closed on 2027-07-29; reopen it to take answers again.',
    );
  });

  it('reopening a closed survey takes answers again until the new date', async () => {
    const mentee = await menteeInTandem('A', 'Olga');
    await setToday('2027-08-01');
    const survey = await surveyOf('midterm', 'mentee');
    const tooEarly = await action(survey, 'reopen', { version: survey.version, closesOn: '2027-08-01' });
    expect(tooEarly.status).toBe(400);
    const reopened = await action(survey, 'reopen', { version: survey.version, closesOn: '2027-08-15' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({
      status: 'open',
      closesOn: '2027-08-15',
      version: survey.version + 1,
    });
    const answer = await call(mentee.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: { tandem_fit: 4 },
    });
    expect(answer.status).toBe(200);
    const again = await action(survey, 'reopen', { version: survey.version + 1, closesOn: '2027-09-15' });
    expect(again.status).toBe(409);
  });

  it('a closed cycle’s surveys do not reopen', async () => {
    await setToday('2027-08-01');
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const survey = await surveyOf('midterm', 'mentee');
    expect(survey.can.reopen).toBe(false);
    const refused = await action(survey, 'reopen', { version: survey.version, closesOn: '2027-08-15' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflict',
      message: 'The cycle is closed: its surveys can no longer reopen.',
    });
    expect((await surveyOf('midterm', 'mentee')).closesOn).toBe('2027-07-29');
  });

  it('a closed cycle’s surveys keep their dates when edited directly too', async () => {
    await setToday('2027-08-01');
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const survey = await surveyOf('midterm', 'mentee');
    const edited = await call(c.cookies.coordinator, 'PATCH', `/api/v1/surveys/${survey.id}`, {
      version: survey.version,
      closesOn: '2027-08-15',
    });
    expect(edited.status).toBe(409);
    expect(edited.body.error.message).toBe(
      'The cycle is closed: its surveys can no longer change their dates.',
    );
    expect((await surveyOf('midterm', 'mentee')).closesOn).toBe(survey.closesOn);
  });

  it('only the coordinator changes a survey’s state', async () => {
    await setToday('2027-07-05');
    const survey = await surveyOf('midterm', 'mentee');
    const byContact = await call(c.cookies.contactA, 'POST', `/api/v1/surveys/${survey.id}/close`, {
      version: survey.version,
    });
    expect(byContact.status).toBe(403);
  });
});

describe('the outcome questions', () => {
  it('join existing follow-up surveys nobody answered, in their language, and leave answered or edited ones alone', async () => {
    const untouched = await createCycle(t.db, [c.organisationA], 'Old English cycle');
    const german = await createCycle(t.db, [c.organisationA], 'Alter deutscher Durchgang');
    const edited = await createCycle(t.db, [c.organisationA], 'Edited cycle');
    const answeredBefore = await createCycle(t.db, [c.organisationA], 'Answered cycle');
    for (const id of [untouched, german, edited, answeredBefore])
      await t.db.deleteFrom('surveys').where('cycle_id', '=', id).execute();
    await backfillSurveys(t.db as unknown as Kysely<unknown>);
    const followUp = (cycleId: string, role: 'mentee' | 'mentor') =>
      t.db
        .selectFrom('surveys')
        .select(['id', 'questions'])
        .where('cycle_id', '=', cycleId)
        .where('kind', '=', 'follow_up')
        .where('role', '=', role)
        .executeTakeFirstOrThrow();
    // The German cycle's follow-up as the German defaults wrote it before today.
    const de = await followUp(german, 'mentee');
    const oldGerman = (de.questions as SurveyQuestion[]).map((q) =>
      q.id === 'promoted'
        ? {
            ...q,
            text: 'Wurden Sie seit dem Programm befördert, oder haben Sie eine größere Aufgabe übernommen?',
            options: ['Ja', 'Nein', 'Noch nicht'],
          }
        : q,
    );
    await t.db
      .updateTable('surveys')
      .set({ questions: JSON.stringify(oldGerman) })
      .where('id', '=', de.id)
      .execute();
    const own = await followUp(edited, 'mentee');
    const changed = (own.questions as SurveyQuestion[]).map((q) =>
      q.id === 'promoted' ? { ...q, text: 'Promoted?' } : q,
    );
    await t.db
      .updateTable('surveys')
      .set({ questions: JSON.stringify(changed) })
      .where('id', '=', own.id)
      .execute();
    // The edited cycle's mentors' follow-up has an answer already.
    const answered = await followUp(edited, 'mentor');
    await t.db
      .insertInto('survey_responses')
      .values({
        survey_id: answered.id,
        participant_id: c.mentorA.participantId,
        answers: JSON.stringify({ leadership_effect: 4 }),
        submitted_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .execute();

    // A mentee answered the old "promoted or a larger role" question.
    const old = await followUp(answeredBefore, 'mentee');
    await t.db
      .insertInto('survey_responses')
      .values({
        survey_id: old.id,
        participant_id: c.menteeA.participantId,
        answers: JSON.stringify({ promoted: 'Yes', lasting_effect: 4 }),
        submitted_at: t.clock.now(),
        updated_at: t.clock.now(),
      })
      .execute();

    await renameOldPromotionQuestion(t.db as unknown as Kysely<unknown>);
    await addOutcomeQuestions(t.db as unknown as Kysely<unknown>);

    const ids = async (cycleId: string, role: 'mentee' | 'mentor') =>
      ((await followUp(cycleId, role)).questions as SurveyQuestion[]).map((q) => q.id);
    const expected = DEFAULT_SURVEYS.find((d) => d.kind === 'follow_up' && d.role === 'mentee')!;
    expect((await followUp(untouched, 'mentee')).questions).toEqual(expected.questions);
    expect(await ids(untouched, 'mentor')).toContain('tandem_value');
    const germanQuestions = (await followUp(german, 'mentee')).questions as SurveyQuestion[];
    expect(germanQuestions.find((q) => q.id === 'leadership_responsibility')).toMatchObject({
      text: 'Haben Sie seit Beginn des Programms mehr Führungsverantwortung übernommen (mehr Personal, Budget oder Aufgaben)?',
      options: ['Ja', 'Nein', 'Noch nicht'],
    });
    expect(await ids(edited, 'mentee')).not.toContain('leadership_responsibility');
    expect(await ids(edited, 'mentor')).not.toContain('tandem_value');
    // The answered survey keeps its questions, the old one renamed with its answer: no longer read as a promotion.
    expect(await ids(answeredBefore, 'mentee')).toEqual([
      'promoted_or_larger_role',
      'still_in_touch',
      'lasting_effect',
      'what_changed',
    ]);
    const answer = await t.db
      .selectFrom('survey_responses')
      .select('answers')
      .where('survey_id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(answer.answers).toEqual({ promoted_or_larger_role: 'Yes', lasting_effect: 4 });
  });
});
