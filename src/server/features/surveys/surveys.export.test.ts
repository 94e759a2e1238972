import { parse } from 'csv-parse/sync';
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
import { type Survey, surveyResultsCsvColumns } from '../../../shared/contract/surveys.ts';

// The survey results CSV: the results page's figures, hidden exactly where the page hides them,
// read back with an independent parser (csv-parse).

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

type Row = Record<(typeof surveyResultsCsvColumns)[number], string>;

/** Moves the frozen clock to mid-morning of a day; the consortium's callers sign in again. */
async function setToday(date: string, people: { accountId: string; cookie: string }[] = []) {
  t.clock.advance(new Date(`${date}T10:00:00Z`).getTime() - t.clock.now().getTime());
  const now = t.clock.now();
  for (const key of Object.keys(c.cookies) as (keyof Consortium['cookies'])[]) {
    c.cookies[key] = await sessionCookie(t.db, c.accounts[key], now);
  }
  for (const p of people) p.cookie = await sessionCookie(t.db, p.accountId, now);
}

async function midtermMenteeSurvey(cycleId = c.cycleId) {
  const r = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/cycles/${cycleId}/surveys`);
  return (r.body.surveys as Survey[]).find((s) => s.kind === 'midterm' && s.role === 'mentee')!;
}

let people = 0;
/** The people who answered in the last `answerMidterm`, signed in. */
let answered: { accountId: string; cookie: string }[] = [];
/** Mentees of organisation A or B in tandems, signed in, who answer the mid-term survey while it is open. */
async function answerMidterm(count: number, organisation: 'A' | 'B' = 'A', answers = answersFor) {
  const signedIn = [];
  for (let i = 0; i < count; i++) {
    const n = ++people;
    const email = `person${n}@${organisation === 'A' ? 'alpha' : 'beta'}.example`;
    const mentee = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: organisation === 'A' ? c.organisationA : c.organisationB,
      role: 'mentee',
      name: `Person ${n}`,
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
    const accountId = await createAccount(t.db, {
      email,
      name: `Person ${n}`,
      role: 'participant',
      personId: mentee.personId,
    });
    signedIn.push({ accountId, cookie: '' });
  }
  const survey = await midtermMenteeSurvey();
  // The mid-term mentee survey is open 2027-07-01 to 2027-07-28.
  await setToday('2027-07-02', signedIn);
  for (const [i, p] of signedIn.entries()) {
    const r = await callApi(t, p.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: answers(i),
    });
    expect(r.status).toBe(200);
  }
  await setToday('2027-08-01');
  answered = signedIn;
  return survey;
}

const answersFor = (i: number): Record<string, number | string> => ({
  tandem_fit: (i % 5) + 1,
  meetings_useful: 4,
  meeting_frequency: i % 2 === 0 ? 'About once a month' : 'Not yet',
  going_well: `Answer number ${10 - i}`,
});

async function download(cookie: string, surveyId: string, query = '') {
  return t.app.inject({ url: `/api/v1/surveys/${surveyId}/results.csv${query}`, headers: { cookie } });
}

/** The file read back by csv-parse: its header and its rows by column. */
function readBack(body: string, delimiter = ','): { header: string[]; rows: Row[] } {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const records = parse(body, { bom: true, delimiter }) as string[][];
  const [header = [], ...rest] = records;
  return {
    header,
    rows: rest.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]!])) as Row),
  };
}

const ofQuestion = (rows: Row[], id: string) => rows.filter((r) => r.question_id === id);
const NUMBER_COLUMNS = ['count', 'answered', 'mean'] as const;

describe('survey results as CSV', () => {
  it('writes a row per question and option or scale value, with the page’s figures and no texts', async () => {
    const survey = await answerMidterm(6);
    const page = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}/results`);
    const r = await download(c.cookies.coordinator, survey.id);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(`attachment; filename="survey-${survey.id}-results.csv"`);
    const { header, rows } = readBack(r.body);
    expect(header).toEqual([...surveyResultsCsvColumns]);

    // tandem_fit answers: 1, 2, 3, 4, 5, 1.
    expect(ofQuestion(rows, 'tandem_fit').map((x) => [x.option, x.count, x.answered, x.mean])).toEqual([
      ['1', '2', '6', '2.67'],
      ['2', '1', '6', '2.67'],
      ['3', '1', '6', '2.67'],
      ['4', '1', '6', '2.67'],
      ['5', '1', '6', '2.67'],
    ]);
    expect(ofQuestion(rows, 'tandem_fit')[0]).toMatchObject({ type: 'scale', suppressed: 'false' });
    expect(ofQuestion(rows, 'meeting_frequency').map((x) => [x.option, x.count, x.mean])).toEqual([
      ['Every two weeks or more often', '0', ''],
      ['About once a month', '3', ''],
      ['Less than once a month', '0', ''],
      ['Not yet', '3', ''],
    ]);
    // A text question: its count, as the page shows it, never the texts themselves.
    expect(ofQuestion(rows, 'going_well')).toEqual([
      {
        question_id: 'going_well',
        question: expect.any(String),
        type: 'text',
        option: '',
        count: '',
        answered: '6',
        mean: '',
        suppressed: 'false',
      },
    ]);
    expect(r.body).not.toContain('Answer number');
    // Every question the page lists is in the file, in its order.
    const pageIds = (page.body.questions as { id: string }[]).map((q) => q.id);
    expect([...new Set(rows.map((x) => x.question_id))]).toEqual(pageIds);

    const semicolon = await download(c.cookies.coordinator, survey.id, '?separator=semicolon');
    expect(readBack(semicolon.body, ';').rows).toEqual(rows);

    // Every export is audited.
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['target_id', 'details'])
      .where('action', '=', 'survey.results_exported')
      .orderBy('id')
      .execute();
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({
      target_id: survey.id,
      details: { scope: 'programme', suppressed: false },
    });
  });

  it('a survey with 4 answers exports no figure at all: every one an empty cell, marked suppressed', async () => {
    const survey = await answerMidterm(4);
    const { rows } = readBack((await download(c.cookies.coordinator, survey.id)).body);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const column of NUMBER_COLUMNS) expect(row[column]).toBe('');
      expect(row.suppressed).toBe('true');
    }
    // The options and scale values still name the rows, as the survey's questions do.
    expect(ofQuestion(rows, 'meeting_frequency').map((x) => x.option)).toContain('Not yet');
  });

  it('a question answered by fewer than 5 exports no figure for it, the others theirs', async () => {
    // Four of five leave out the optional rating and choice, and the text.
    const survey = await answerMidterm(5, 'A', (i) => (i === 0 ? answersFor(i) : { tandem_fit: 3 }));
    const { rows } = readBack((await download(c.cookies.coordinator, survey.id)).body);
    for (const id of ['meetings_useful', 'meeting_frequency', 'going_well']) {
      const hidden = ofQuestion(rows, id);
      expect(hidden.length).toBeGreaterThan(0);
      for (const row of hidden) {
        expect([row.count, row.mean, row.suppressed]).toEqual(['', '', 'true']);
        // How many answered it shows, as on the page.
        expect(row.answered).toBe('1');
      }
    }
    expect(ofQuestion(rows, 'tandem_fit').map((x) => [x.count, x.answered, x.suppressed])).toEqual([
      ['1', '5', 'false'],
      ['0', '5', 'false'],
      ['4', '5', 'false'],
      ['0', '5', 'false'],
      ['0', '5', 'false'],
    ]);
  });

  it('figures wait for the close in the file as on the page', async () => {
    const survey = await answerMidterm(6);
    await setToday('2027-07-20');
    const { rows } = readBack((await download(c.cookies.coordinator, survey.id)).body);
    for (const row of rows) {
      expect([row.count, row.answered, row.mean, row.suppressed]).toEqual(['', '', '', 'true']);
    }
  });

  it('figures held back after a reopening are held back in the file too', async () => {
    const survey = await answerMidterm(6);
    expect(readBack((await download(c.cookies.coordinator, survey.id)).body).rows[0]!.suppressed).toBe(
      'false',
    );
    const current = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/surveys/${survey.id}`);
    const reopened = await callApi(t, c.cookies.coordinator, 'POST', `/api/v1/surveys/${survey.id}/reopen`, {
      version: current.body.version,
      closesOn: '2027-08-15',
    });
    expect(reopened.status).toBe(200);
    await setToday('2027-08-02', answered);
    const changed = await callApi(t, answered[0]!.cookie, 'PUT', `/api/v1/surveys/${survey.id}/my-response`, {
      answers: answersFor(3),
    });
    expect(changed.status).toBe(200);
    await setToday('2027-08-16');
    const { rows } = readBack((await download(c.cookies.coordinator, survey.id)).body);
    for (const row of rows) {
      expect([row.count, row.answered, row.mean, row.suppressed]).toEqual(['', '', '', 'true']);
    }
  });

  it('a contact gets their own organisation’s figures only; another organisation’s survey is none', async () => {
    const survey = await answerMidterm(5, 'A');
    await answerMidterm(3, 'B');
    await setToday('2027-08-01');
    const forA = readBack((await download(c.cookies.contactA, survey.id)).body).rows;
    expect(ofQuestion(forA, 'tandem_fit').every((x) => x.answered === '5' && x.suppressed === 'false')).toBe(
      true,
    );
    // B's three answers are too few: B's contact gets nothing but the questions.
    const forB = readBack((await download(c.cookies.contactB, survey.id)).body).rows;
    for (const row of forB) expect([row.count, row.answered, row.suppressed]).toEqual(['', '', 'true']);
    const all = readBack((await download(c.cookies.coordinator, survey.id)).body).rows;
    expect(ofQuestion(all, 'tandem_fit')[0]!.answered).toBe('8');

    const onlyA = await createCycle(t.db, [c.organisationA], 'Alpha only');
    const hidden = await midtermMenteeSurvey(onlyA);
    expect((await download(c.cookies.contactB, hidden.id)).statusCode).toBe(404);
    expect((await download(c.cookies.contactA, hidden.id)).statusCode).toBe(200);
  });
});
