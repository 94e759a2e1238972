import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import type { Consortium } from '../factories.ts';
import { coordinatorOnly, type Expectation, json, ownTandem, type RouteCase, staff } from './shared.ts';

/** Tandem space: only its two members get in; staff meet a 404 as if the tandem did not exist. */
const members = (status: number): Expectation => ({
  anonymous: 401,
  coordinator: 404,
  contactA: 404,
  contactB: 404,
  mentorA: status,
  menteeA: status,
});

const savedAt = new Date('2026-11-20T10:00:00Z');

/** A fresh tandem of A's mentee and mentor with a saved, unsigned agreement, one goal and one milestone. */
async function tandemWithGoal(t: TestApp, c: Consortium, n: number) {
  const tandem = await ownTandem(t, c, n);
  const goal = await t.db
    .insertInto('goals')
    .values({ tandem_id: tandem.tandemId, position: 0, title: 'Negotiate', success_measure: 'Budget agreed' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: tandem.tandemId,
      version: 1,
      goals: JSON.stringify([{ goalId: goal.id, title: 'Negotiate', successMeasure: 'Budget agreed' }]),
      cadence_days: 30,
      meeting_format: 'video',
      confidentiality: 'Between us.',
      edited_by: tandem.menteeId,
      updated_at: savedAt,
    })
    .execute();
  const milestone = await t.db
    .insertInto('goal_milestones')
    .values({ goal_id: goal.id, title: 'First draft', due_on: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...tandem, goalId: goal.id, milestoneId: milestone.id };
}

/** Route matrix entries for the agreement and the goals. */
export const agreementRoutes = {
  getTandemAgreement: {
    request: async (t, c, n) => ({ url: `/api/v1/tandems/${(await ownTandem(t, c, n)).tandemId}/agreement` }),
    expect: members(200),
  },
  saveTandemAgreement: {
    request: async (t, c, n) => ({
      url: `/api/v1/tandems/${(await ownTandem(t, c, n)).tandemId}/agreement`,
      ...json({
        version: 0,
        savedAt: null,
        goals: [{ title: 'Negotiate', successMeasure: 'Budget agreed' }],
        cadenceDays: 30,
        meetingFormat: 'video',
        confidentiality: 'Between us.',
      }),
    }),
    expect: members(200),
  },
  signTandemAgreement: {
    request: async (t, c, n) => ({
      url: `/api/v1/tandems/${(await tandemWithGoal(t, c, n)).tandemId}/agreement/sign`,
      ...json({ version: 1, savedAt: savedAt.toISOString() }),
    }),
    expect: members(200),
  },
  getGoalBoard: {
    request: async (t, c, n) => ({
      url: `/api/v1/tandems/${(await tandemWithGoal(t, c, n)).tandemId}/goals`,
    }),
    expect: members(200),
  },
  updateGoalProgress: {
    request: async (t, c, n) => {
      const { tandemId, goalId } = await tandemWithGoal(t, c, n);
      return {
        url: `/api/v1/tandems/${tandemId}/goals/${goalId}/progress`,
        ...json({ state: 'on_track', comment: 'Going well' }),
      };
    },
    expect: members(200),
  },
  addGoalMilestone: {
    request: async (t, c, n) => {
      const { tandemId, goalId } = await tandemWithGoal(t, c, n);
      return {
        url: `/api/v1/tandems/${tandemId}/goals/${goalId}/milestones`,
        ...json({ title: 'Talk to finance', dueOn: '2027-03-01' }),
      };
    },
    expect: members(201),
  },
  changeGoalMilestone: {
    request: async (t, c, n) => {
      const { tandemId, goalId, milestoneId } = await tandemWithGoal(t, c, n);
      return {
        url: `/api/v1/tandems/${tandemId}/goals/${goalId}/milestones/${milestoneId}`,
        ...json({ done: true }),
      };
    },
    expect: members(200),
  },
  removeGoalMilestone: {
    request: async (t, c, n) => {
      const { tandemId, goalId, milestoneId } = await tandemWithGoal(t, c, n);
      return { url: `/api/v1/tandems/${tandemId}/goals/${goalId}/milestones/${milestoneId}` };
    },
    expect: members(200),
  },
  getCycleTandemSettings: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/tandem-settings` }),
    expect: staff(200),
  },
  changeCycleTandemSettings: {
    request: async (t, c) => {
      const { tandem_settings_version: version } = await t.db
        .selectFrom('cycles')
        .select('tandem_settings_version')
        .where('id', '=', c.cycleId)
        .executeTakeFirstOrThrow();
      return {
        url: `/api/v1/cycles/${c.cycleId}/tandem-settings`,
        ...json({ meetingCadenceDays: 14, confidentialityText: 'Nothing leaves the tandem.', version }),
      };
    },
    expect: coordinatorOnly(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
