import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createParticipant,
  createTandem,
  sessionCookie,
} from '../../../../test/factories.ts';
import { asCaller, callApi } from '../../../../test/http.ts';
import { readPdf } from '../../../../test/pdf-text.ts';
import type { CycleReport, Dashboard } from '../../../shared/contract/reports.ts';

let t: TestApp;
let c: Consortium;
/** A's mentees (Mia first) and B's mentors, paired in this order. */
let menteesA: string[];
let mentorsB: string[];
let tandems: string[];

async function setToday(date: string) {
  t.clock.advance(new Date(`${date}T10:00:00Z`).getTime() - t.clock.now().getTime());
  for (const key of Object.keys(c.cookies) as (keyof Consortium['cookies'])[]) {
    c.cookies[key] = await sessionCookie(t.db, c.accounts[key], t.clock.now());
  }
}

const tandem = (menteeId: string, mentorId: string) =>
  createTandem(t.db, {
    cycleId: c.cycleId,
    menteeId,
    mentorId,
    publishedAt: new Date('2027-01-20T09:00:00Z'),
  });

async function signedAgreement(tandemId: string) {
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: tandemId,
      version: 1,
      goals: JSON.stringify([]),
      cadence_days: 28,
      meeting_format: 'video',
      confidentiality: 'Between us.',
      mentee_signed_at: new Date('2027-01-25T09:00:00Z'),
      mentor_signed_at: new Date('2027-01-26T09:00:00Z'),
    })
    .execute();
}

async function heldMeeting(tandemId: string, startsAt: string) {
  await t.db
    .insertInto('meetings')
    .values({
      tandem_id: tandemId,
      ical_uid: `${tandemId}-${startsAt}@test`,
      starts_at: new Date(startsAt),
      duration_minutes: 60,
      time_zone: 'Europe/Berlin',
      status: 'held',
      proposed_by: menteesA[0] as string,
      held_at: new Date(startsAt),
    })
    .execute();
}

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  menteesA = [c.menteeA.participantId];
  mentorsB = [];
  for (let i = 1; i <= 5; i++) {
    const mentee = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: `Alpha Mentee ${i}`,
      email: `mentee${i}@alpha.example`,
    });
    menteesA.push(mentee.participantId);
  }
  for (let i = 1; i <= 6; i++) {
    const mentor = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: `Beta Mentor ${i}`,
      email: `mentor${i}@beta.example`,
    });
    mentorsB.push(mentor.participantId);
  }
  // One of A's mentees is a man; everyone else is a woman (the factory's default).
  await t.db
    .updateTable('people')
    .set({ gender: 'male' })
    .where('email', '=', 'mentee4@alpha.example')
    .execute();
  tandems = [];
  for (const [i, mentee] of menteesA.entries()) tandems.push(await tandem(mentee, mentorsB[i] as string));
  for (const id of tandems.slice(0, 4)) await signedAgreement(id);
  await heldMeeting(tandems[0] as string, '2027-02-03T09:00:00Z');
  await heldMeeting(tandems[0] as string, '2027-03-03T09:00:00Z');
  await heldMeeting(tandems[1] as string, '2027-01-30T09:00:00Z');
  await setToday('2027-03-20');
});

afterEach(async () => {
  await t.close();
});

const stage = (funnel: Dashboard['funnel'], name: string) => funnel.find((s) => s.stage === name);

describe('the cycle dashboard', () => {
  it('counts the coordinator’s funnel, reciprocity, meetings per month and the tandems needing attention', async () => {
    const { status, body } = await callApi(
      t,
      c.cookies.coordinator,
      'GET',
      `/api/v1/cycles/${c.cycleId}/dashboard`,
    );
    expect(status).toBe(200);
    const dashboard = body as Dashboard;
    expect(dashboard.scope).toBe('programme');
    expect(dashboard.todos).toBeNull();
    // A: 6 mentees and Mona; B: Ben and 6 mentors.
    expect(stage(dashboard.funnel, 'nominated')).toEqual({ stage: 'nominated', mentees: 7, mentors: 7 });
    expect(stage(dashboard.funnel, 'published')).toEqual({ stage: 'published', mentees: 6, mentors: 6 });
    expect(stage(dashboard.funnel, 'agreement_signed')).toEqual({
      stage: 'agreement_signed',
      mentees: 4,
      mentors: 4,
    });
    expect(stage(dashboard.funnel, 'first_meeting')).toEqual({
      stage: 'first_meeting',
      mentees: 2,
      mentors: 2,
    });
    // Held on 3 March: within 6 weeks of 20 March. The other tandem's last was 30 January.
    expect(stage(dashboard.funnel, 'active_recently')).toEqual({
      stage: 'active_recently',
      mentees: 1,
      mentors: 1,
    });
    const byName = new Map(dashboard.organisations.map((o) => [o.organisation.name, o]));
    expect(byName.get('Alpha Bank')).toMatchObject({ mentorsGiven: 0, menteesReceived: 6 });
    expect(byName.get('Beta Motors')).toMatchObject({ mentorsGiven: 6, menteesReceived: 0 });
    expect(stage(byName.get('Beta Motors')?.funnel ?? [], 'nominated')).toMatchObject({
      mentees: 1,
      mentors: 6,
    });
    expect(dashboard.meetingsPerMonth.slice(0, 3)).toEqual([
      { month: '2027-01', held: 1 },
      { month: '2027-02', held: 1 },
      { month: '2027-03', held: 1 },
    ]);
    // The cycle ends in December, but months after today are not listed yet.
    expect(dashboard.meetingsPerMonth.at(-1)?.month).toBe('2027-03');
    // Two tandems without a signed agreement two months on.
    const unsigned = dashboard.attention.filter((a) => a.reasons.includes('agreement_unsigned'));
    expect(unsigned.map((a) => a.tandemId).sort()).toEqual(tandems.slice(4).sort());
  });

  it('shows a contact their own organisation’s people and open work, and another organisation’s cycle not at all', async () => {
    const { status, body } = await callApi(
      t,
      c.cookies.contactB,
      'GET',
      `/api/v1/cycles/${c.cycleId}/dashboard`,
    );
    expect(status).toBe(200);
    const dashboard = body as Dashboard;
    expect(dashboard.scope).toBe('organisation');
    expect(dashboard.organisations.map((o) => o.organisation.name)).toEqual(['Beta Motors']);
    expect(stage(dashboard.funnel, 'nominated')).toEqual({ stage: 'nominated', mentees: 1, mentors: 6 });
    expect(dashboard.todos).toEqual({
      proposalsToApprove: 0,
      profilesUnfinished: 7,
      invitationsUnanswered: 0,
      tandemsNeedingAttention: 2,
    });
    const other = await t.db
      .insertInto('cycles')
      .values({ name: 'Only Alpha', starts_on: '2027-01-15', ends_on: '2027-12-15' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: other.id, organisation_id: c.organisationA })
      .execute();
    const refused = await callApi(t, c.cookies.contactB, 'GET', `/api/v1/cycles/${other.id}/dashboard`);
    expect(refused.status).toBe(404);
  });
});

describe('the reports', () => {
  async function answerFollowUp() {
    const survey = await t.db
      .selectFrom('surveys')
      .select(['id', 'questions'])
      .where('cycle_id', '=', c.cycleId)
      .where('kind', '=', 'follow_up')
      .where('role', '=', 'mentee')
      .executeTakeFirstOrThrow();
    // Women (Mia, mentees 1–3 and 5): 3 career steps of 5; the man (mentee 4): 1 of 1.
    const answers = [
      { promoted: 'Yes', tandem_value: 5 },
      { leadership_responsibility: 'Yes', tandem_value: 4 },
      { new_role: 'Yes', promoted: 'No', tandem_value: 4 },
      { promoted: 'No', new_role: 'No', tandem_value: 3 },
      { promoted: 'Yes', tandem_value: 5 },
      { promoted: 'Not yet', tandem_value: 2 },
    ];
    for (const [i, a] of answers.entries()) {
      await t.db
        .insertInto('survey_responses')
        .values({
          survey_id: survey.id,
          participant_id: menteesA[i] as string,
          answers: JSON.stringify(a),
          submitted_at: new Date('2028-06-20T10:00:00Z'),
          updated_at: new Date('2028-06-20T10:00:00Z'),
        })
        .execute();
    }
    await setToday('2028-08-01');
  }

  it('hide every figure about fewer than 5 people, and those that would give one away', async () => {
    await answerFollowUp();
    const { status, body } = await callApi(
      t,
      c.cookies.coordinator,
      'GET',
      `/api/v1/cycles/${c.cycleId}/report`,
    );
    expect(status).toBe(200);
    const report = body as CycleReport;
    expect(report.organisations.map((o) => o.name)).toEqual(['Alpha Bank', 'Beta Motors']);
    const nominated = report.participation.mentee.find((r) => r.stage === 'nominated');
    // B has one mentee, hidden; A's six would give B's one away against the programme's seven,
    // and A's contact, who knows their own six, would find it in the programme's seven alone.
    expect(nominated?.programme).toEqual({ n: null, value: null, hidden: 'complementary' });
    expect(nominated?.organisations).toEqual([
      { n: null, value: null, hidden: 'complementary' },
      { n: null, value: null, hidden: 'small_group' },
    ]);
    // B's six mentors and A's one: the same, the other way round.
    const mentors = report.participation.mentor.find((r) => r.stage === 'nominated');
    expect(mentors?.organisations.map((c) => c.hidden)).toEqual(['small_group', 'complementary']);
    const career = report.outcomes.find((o) => o.measure === 'career_step');
    expect(career?.programme).toEqual({ n: 6, value: 4, hidden: null });
    expect(career?.organisations).toEqual([
      { n: 6, value: 4, hidden: null },
      { n: 0, value: 0, hidden: null },
    ]);
    // One man answered: hidden; the five women would give him away against the programme's six.
    expect(career?.genders.male).toEqual({ n: null, value: null, hidden: 'small_group' });
    expect(career?.genders.female).toEqual({ n: null, value: null, hidden: 'complementary' });
    const value = report.outcomes.find((o) => o.measure === 'mentee_value');
    expect(value?.programme).toEqual({ n: 6, value: 3.8, hidden: null });
    const followUp = report.surveys.find((s) => s.kind === 'follow_up' && s.role === 'mentee');
    const promoted = followUp?.questions.find((q) => q.id === 'promoted');
    expect(promoted?.programme).toEqual({ n: 5, mean: null, counts: [2, 2, 1], hidden: null });
    // Free text is never part of a report.
    expect(JSON.stringify(report)).not.toContain('what_changed":');
  });

  it('leave out a survey reopened since its figures were in a report, until none or 5 answers changed', async () => {
    await answerFollowUp();
    const read = async () =>
      (await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}/report`))
        .body as CycleReport;
    const followUpShown = (r: CycleReport) =>
      r.surveys.some((s) => s.kind === 'follow_up' && s.role === 'mentee');
    expect(followUpShown(await read())).toBe(true);
    // Reopened: one answer changes, and the survey closes again.
    const change = async (participants: string[]) => {
      await t.db
        .updateTable('survey_responses')
        .set({ answers: JSON.stringify({ promoted: 'Yes', tandem_value: 1 }), updated_at: t.clock.now() })
        .where('participant_id', 'in', participants)
        .execute();
      t.clock.advance(24 * 60 * 60 * 1000);
      c.cookies.coordinator = await sessionCookie(t.db, c.accounts.coordinator, t.clock.now());
    };
    await change(menteesA.slice(0, 1));
    let report = await read();
    expect(followUpShown(report)).toBe(false);
    // Only the mentors' follow-up, closed without answers, is left.
    expect(report.outcomes.map((o) => o.measure)).toEqual(['mentor_value']);
    // Four more, in A: still 4 of the 5 women since the figures showed. The fifth woman too: enough.
    await change(menteesA.slice(1, 5));
    expect(followUpShown(await read())).toBe(false);
    await change(menteesA.slice(5));
    report = await read();
    expect(followUpShown(report)).toBe(true);
    expect(report.outcomes.find((o) => o.measure === 'mentee_value')?.programme.value).toBe(1);
  });

  it('share the results page’s timeline: figures shown there are not compared with a report one answer later', async () => {
    await answerFollowUp();
    const survey = await t.db
      .selectFrom('surveys')
      .select('id')
      .where('cycle_id', '=', c.cycleId)
      .where('kind', '=', 'follow_up')
      .where('role', '=', 'mentee')
      .executeTakeFirstOrThrow();
    // The contact reads their organisation's results on the page first.
    const page = await callApi(t, c.cookies.contactA, 'GET', `/api/v1/surveys/${survey.id}/results`);
    expect(page.body.suppressed).toBe(false);
    await t.db
      .updateTable('survey_responses')
      .set({ answers: JSON.stringify({ promoted: 'No', tandem_value: 1 }), updated_at: t.clock.now() })
      .where('participant_id', '=', menteesA[0] as string)
      .execute();
    t.clock.advance(24 * 60 * 60 * 1000);
    c.cookies.contactA = await sessionCookie(t.db, c.accounts.contactA, t.clock.now());
    const own = await callApi(
      t,
      c.cookies.contactA,
      'GET',
      `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}/report`,
    );
    expect((own.body as CycleReport).surveys.some((s) => s.surveyId === survey.id)).toBe(false);
  });

  it('give a contact their own organisation’s report, and another organisation’s report does not exist for them', async () => {
    const own = await callApi(
      t,
      c.cookies.contactA,
      'GET',
      `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}/report`,
    );
    expect(own.status).toBe(200);
    expect((own.body as CycleReport).organisations.map((o) => o.name)).toEqual(['Alpha Bank']);
    expect(JSON.stringify(own.body)).not.toContain('Beta Motors');
    const other = await callApi(
      t,
      c.cookies.contactA,
      'GET',
      `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationB}/report`,
    );
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
    const programme = await callApi(t, c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/report`);
    expect(programme.status).toBe(403);
  });

  it('hand out an organisation’s report as a PDF in the language the link names', async () => {
    await answerFollowUp();
    const response = await asCaller(t, c.cookies.contactA).get(
      `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}/report.pdf?language=de`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="report-alpha-bank-cycle-2027.pdf"',
    );
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.text).toContain('Alpha Bank');
    expect(pdf.text).not.toContain('Beta Motors');
    expect(pdf.text).toContain('Nominiert');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'report.exported')
      .execute();
    expect(audit).toEqual([
      { action: 'report.exported', details: { kind: 'organisation', organisationId: c.organisationA } },
    ]);
  });
});
