import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import { type Consortium, createCycle } from '../factories.ts';
import {
  coordinatorOnly,
  type Expectation,
  json,
  ownTandem,
  type RouteCase,
  staffOwnOrganisation,
  versionOf,
} from './shared.ts';

/** A survey of a cycle only A takes part in: B's contact must meet a 404. */
async function surveyOfOrganisationA(t: TestApp, c: Consortium, n: number) {
  const cycleId = await createCycle(t.db, [c.organisationA], `Survey cycle ${n}`);
  const survey = await t.db
    .selectFrom('surveys')
    .select('id')
    .where('cycle_id', '=', cycleId)
    .where('kind', '=', 'midterm')
    .where('role', '=', 'mentee')
    .executeTakeFirstOrThrow();
  return { cycleId, surveyId: survey.id };
}

/** The mentee survey of a fresh tandem of A's mentee and mentor, open today. */
async function openMenteeSurvey(t: TestApp, c: Consortium, n: number) {
  const { cycleId } = await ownTandem(t, c, n);
  const day = (offset: number) =>
    new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const survey = await t.db
    .updateTable('surveys')
    .set({ opens_on: day(-1), closes_on: day(20) })
    .where('cycle_id', '=', cycleId)
    .where('kind', '=', 'midterm')
    .where('role', '=', 'mentee')
    .returning('id')
    .executeTakeFirstOrThrow();
  return survey.id;
}

/** A survey of organisation A's cycle dated around today, and its version. */
async function datedSurvey(t: TestApp, c: Consortium, n: number, opensIn: number, closesIn: number) {
  const { cycleId, surveyId } = await surveyOfOrganisationA(t, c, n);
  const day = (offset: number) =>
    new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  await t.db
    .updateTable('surveys')
    .set({ opens_on: day(opensIn), closes_on: day(closesIn) })
    .where('id', '=', surveyId)
    .execute();
  return { cycleId, surveyId, day, version: await versionOf(t, 'surveys', surveyId) };
}

const participantsOnly = (mentor: number, mentee: number): Expectation => ({
  anonymous: 401,
  coordinator: 403,
  contactA: 403,
  contactB: 403,
  mentorA: mentor,
  menteeA: mentee,
});

/** Route matrix entries for surveys, answers and their aggregates. */
export const surveyRoutes = {
  listCycleSurveys: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await surveyOfOrganisationA(t, c, n)).cycleId}/surveys`,
    }),
    expect: staffOwnOrganisation(200),
  },
  getSurvey: {
    request: async (t, c, n) => ({
      url: `/api/v1/surveys/${(await surveyOfOrganisationA(t, c, n)).surveyId}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  updateSurvey: {
    request: async (t, c, n) => {
      const { surveyId } = await surveyOfOrganisationA(t, c, n);
      return {
        url: `/api/v1/surveys/${surveyId}`,
        ...json({ title: 'Halfway check', version: await versionOf(t, 'surveys', surveyId) }),
      };
    },
    expect: coordinatorOnly(200),
  },
  getSurveyResults: {
    request: async (t, c, n) => ({
      url: `/api/v1/surveys/${(await surveyOfOrganisationA(t, c, n)).surveyId}/results`,
    }),
    // Aggregates only, and for a contact only their own organisation's people.
    expect: staffOwnOrganisation(200),
  },
  exportSurveyResultsCsv: {
    request: async (t, c, n) => ({
      url: `/api/v1/surveys/${(await surveyOfOrganisationA(t, c, n)).surveyId}/results.csv`,
    }),
    // The results page's door and scope: B's contact meets a survey of A's cycle as none.
    expect: staffOwnOrganisation(200),
  },
  listMySurveys: {
    request: async () => ({ url: '/api/v1/my-surveys' }),
    expect: participantsOnly(200, 200),
  },
  answerSurvey: {
    request: async (t, c, n) => ({
      url: `/api/v1/surveys/${await openMenteeSurvey(t, c, n)}/my-response`,
      ...json({ answers: { tandem_fit: 4 } }),
    }),
    // A mentee survey: A's mentor is in the tandem but not in the survey's audience.
    expect: participantsOnly(404, 200),
  },
  closeSurvey: {
    request: async (t, c, n) => {
      const { surveyId, version } = await datedSurvey(t, c, n, -3, 20);
      return { url: `/api/v1/surveys/${surveyId}/close`, ...json({ version }) };
    },
    expect: coordinatorOnly(200),
  },
  extendSurvey: {
    request: async (t, c, n) => {
      const { surveyId, version, day } = await datedSurvey(t, c, n, -3, 20);
      return { url: `/api/v1/surveys/${surveyId}/extend`, ...json({ version, closesOn: day(30) }) };
    },
    expect: coordinatorOnly(200),
  },
  reopenSurvey: {
    request: async (t, c, n) => {
      const { surveyId, version, day } = await datedSurvey(t, c, n, -30, -2);
      return { url: `/api/v1/surveys/${surveyId}/reopen`, ...json({ version, closesOn: day(10) }) };
    },
    expect: coordinatorOnly(200),
  },
  moveSurveyDates: {
    request: async (t, c, n) => {
      const { cycleId, surveyId, version, day } = await datedSurvey(t, c, n, 40, 68);
      return {
        url: `/api/v1/cycles/${cycleId}/survey-dates`,
        ...json({ surveys: [{ id: surveyId, version, opensOn: day(50), closesOn: day(78) }] }),
      };
    },
    expect: coordinatorOnly(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
