import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { MAX_MILESTONES_PER_GOAL } from '../../../shared/contract/agreements.ts';

let t: TestApp;
let c: Consortium;
let tandemId: string;
let goalIds: string[];
type Caller = (method: InjectOptions['method'], url: string, payload?: unknown) => ReturnType<typeof callApi>;
let mia: Caller;
let bea: Caller;

async function tandem(menteeId: string, mentorId: string) {
  const row = await t.db
    .insertInto('tandems')
    .values({ cycle_id: c.cycleId, mentee_id: menteeId, mentor_id: mentorId, score: 70, reasons: [] })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const agreement = (
  goals: { goalId?: string; title: string; successMeasure: string }[],
  at: { version: number; savedAt: string | null } = { version: 0, savedAt: null },
) => ({
  ...at,
  goals,
  cadenceDays: 30,
  meetingFormat: 'in_person',
  confidentiality: 'Between us.',
});

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  const mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bea Mentor',
    email: 'bea@beta.example',
  });
  const account = await createAccount(t.db, {
    email: 'bea@beta.example',
    name: 'Bea Mentor',
    role: 'participant',
    personId: mentorB.personId,
  });
  const beaCookie = await sessionCookie(t.db, account, t.clock.now());
  tandemId = await tandem(c.menteeA.participantId, mentorB.participantId);
  mia = (method, url, payload) => callApi(t, c.cookies.menteeA, method, url, payload);
  bea = (method, url, payload) => callApi(t, beaCookie, method, url, payload);
  const saved = await mia(
    'PUT',
    `/api/v1/tandems/${tandemId}/agreement`,
    agreement([
      { title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' },
      { title: 'Speak at the all-hands', successMeasure: 'One talk given' },
    ]),
  );
  goalIds = saved.body.current.goals.map((g: { goalId: string }) => g.goalId);
});
afterEach(() => t.close());

const goalsUrl = (path = '') => `/api/v1/tandems/${tandemId}/goals${path}`;

describe('goal progress', () => {
  it('either partner updates a goal, and the tandem sees who changed what, newest first', async () => {
    const board = await mia('GET', goalsUrl());
    expect(board.body.goals).toEqual([
      expect.objectContaining({ title: 'Negotiate my budget', state: 'not_started', milestones: [] }),
      expect.objectContaining({ title: 'Speak at the all-hands', state: 'not_started' }),
    ]);

    t.clock.advance(60_000);
    const byMia = await mia('PUT', goalsUrl(`/${goalIds[0]}/progress`), {
      state: 'on_track',
      comment: 'First talk with finance went well',
    });
    expect(byMia.status).toBe(200);
    t.clock.advance(60_000);
    const byBea = await bea('PUT', goalsUrl(`/${goalIds[0]}/progress`), {
      state: 'at_risk',
      comment: 'The budget round moved forward',
    });
    expect(byBea.body.goals[0]).toMatchObject({
      state: 'at_risk',
      stateComment: 'The budget round moved forward',
    });
    expect(byBea.body.timeline.slice(0, 2)).toEqual([
      expect.objectContaining({
        kind: 'goal.progress',
        goalTitle: 'Negotiate my budget',
        state: 'at_risk',
        comment: 'The budget round moved forward',
        author: expect.objectContaining({ name: 'Bea Mentor' }),
        occurredAt: '2026-11-27T10:02:00.000Z',
      }),
      expect.objectContaining({
        kind: 'goal.progress',
        state: 'on_track',
        author: expect.objectContaining({ name: 'Mia Mentee' }),
        occurredAt: '2026-11-27T10:01:00.000Z',
      }),
    ]);

    // Saving the same state and comment again adds nothing to the timeline.
    const again = await bea('PUT', goalsUrl(`/${goalIds[0]}/progress`), {
      state: 'at_risk',
      comment: 'The budget round moved forward',
    });
    expect(again.body.timeline).toHaveLength(byBea.body.timeline.length);

    // Progress is not an agreement change: nobody has to sign again.
    const read = await mia('GET', `/api/v1/tandems/${tandemId}/agreement`);
    expect(read.body.current.version).toBe(1);
  });

  it('refuses an unknown state, a goal of another tandem, and a goal taken out of the agreement', async () => {
    expect((await mia('PUT', goalsUrl(`/${goalIds[0]}/progress`), { state: 'done' })).status).toBe(400);

    // Mona's own tandem with Ben's organisation: its goal is not reachable through Mia's tandem.
    const other = await tandem(c.menteeB.participantId, c.mentorA.participantId);
    const foreign = await callApi(
      t,
      c.cookies.mentorA,
      'PUT',
      `/api/v1/tandems/${other}/agreement`,
      agreement([{ title: 'Hire a team', successMeasure: 'Two hires' }]),
    );
    const foreignGoal = foreign.body.current.goals[0].goalId;
    expect((await mia('PUT', goalsUrl(`/${foreignGoal}/progress`), { state: 'on_track' })).status).toBe(404);
    expect((await mia('GET', `/api/v1/tandems/${other}/goals`)).status).toBe(404);

    const { current } = (await mia('GET', `/api/v1/tandems/${tandemId}/agreement`)).body;
    const kept = await mia(
      'PUT',
      `/api/v1/tandems/${tandemId}/agreement`,
      agreement(
        [{ goalId: goalIds[0], title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' }],
        { version: current.version, savedAt: current.savedAt },
      ),
    );
    expect(kept.status).toBe(200);
    const removed = await mia('PUT', goalsUrl(`/${goalIds[1]}/progress`), { state: 'on_track' });
    expect(removed.status).toBe(409);
    expect(removed.body.error.message).toMatch(/taken out of the agreement/);
  });

  it('stops changing once the tandem has ended, but stays readable', async () => {
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now(), dissolved_reason: 'moved' })
      .execute();
    expect((await mia('GET', goalsUrl())).status).toBe(200);
    expect((await bea('PUT', goalsUrl(`/${goalIds[0]}/progress`), { state: 'achieved' })).status).toBe(409);
    expect((await bea('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'Late' })).status).toBe(409);
  });

  it('is nobody else’s business: staff and other participants get 404', async () => {
    for (const cookie of [c.cookies.coordinator, c.cookies.contactA, c.cookies.contactB, c.cookies.mentorA]) {
      expect((await callApi(t, cookie, 'GET', goalsUrl())).status).toBe(404);
      const write = await callApi(t, cookie, 'PUT', goalsUrl(`/${goalIds[0]}/progress`), {
        state: 'achieved',
      });
      expect(write.status).toBe(404);
    }
  });
});

describe('milestones', () => {
  it('are added, ticked off, unticked, renamed and removed, each step on the timeline', async () => {
    const added = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), {
      title: 'Draft the proposal',
      dueOn: '2027-02-01',
    });
    expect(added.status).toBe(201);
    await bea('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'Meet the CFO', dueOn: '2027-01-15' });
    const board = (await mia('GET', goalsUrl())).body;
    // Ordered by due date.
    expect(board.goals[0].milestones).toEqual([
      expect.objectContaining({ title: 'Meet the CFO', dueOn: '2027-01-15', doneAt: null }),
      expect.objectContaining({ title: 'Draft the proposal', dueOn: '2027-02-01', doneAt: null }),
    ]);
    const cfo = board.goals[0].milestones[0].id;

    const done = await bea('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${cfo}`), { done: true });
    expect(done.body.goals[0].milestones[0].doneAt).toBe('2026-11-27T10:00:00.000Z');
    const undone = await mia('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${cfo}`), { done: false });
    expect(undone.body.goals[0].milestones[0].doneAt).toBeNull();
    await mia('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${cfo}`), { title: 'Meet the CFO and the COO' });
    const removed = await bea('DELETE', goalsUrl(`/${goalIds[0]}/milestones/${cfo}`));
    expect(removed.body.goals[0].milestones.map((m: { title: string }) => m.title)).toEqual([
      'Draft the proposal',
    ]);

    expect(
      removed.body.timeline
        .slice(0, 6)
        .map((e: { kind: string; milestoneTitle: string; author: { name: string } }) => [
          e.kind,
          e.milestoneTitle,
          e.author.name,
        ]),
    ).toEqual([
      ['milestone.removed', 'Meet the CFO and the COO', 'Bea Mentor'],
      ['milestone.edited', 'Meet the CFO and the COO', 'Mia Mentee'],
      ['milestone.undone', 'Meet the CFO', 'Mia Mentee'],
      ['milestone.done', 'Meet the CFO', 'Bea Mentor'],
      ['milestone.added', 'Meet the CFO', 'Bea Mentor'],
      ['milestone.added', 'Draft the proposal', 'Mia Mentee'],
    ]);
  });

  it('are offered while the goal can take them: adding stops at the most a goal holds', async () => {
    const board = (await mia('GET', goalsUrl())).body;
    expect(board.goals[0].can).toEqual({ updateProgress: true, addMilestone: true, changeMilestones: true });
    await t.db
      .insertInto('goal_milestones')
      .values(
        Array.from({ length: MAX_MILESTONES_PER_GOAL - 1 }, (_, i) => ({
          goal_id: goalIds[0]!,
          title: `Step ${i + 1}`,
          due_on: null,
        })),
      )
      .execute();
    const last = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'The last one' });
    expect(last.status).toBe(201);
    expect(last.body.goals[0].can).toEqual({
      updateProgress: true,
      addMilestone: false,
      changeMilestones: true,
    });
    const tooMany = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'One more' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.message).toBe(
      `A goal has at most ${MAX_MILESTONES_PER_GOAL} milestones; remove one first.`,
    );
    // The other goal has room; ticking one off still goes through.
    expect(last.body.goals[1].can.addMilestone).toBe(true);
    const milestoneId = last.body.goals[0].milestones[0].id;
    expect(
      (await bea('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${milestoneId}`), { done: true })).status,
    ).toBe(200);

    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now(), dissolved_reason: 'moved' })
      .execute();
    const ended = (await bea('GET', goalsUrl())).body;
    expect(ended.goals[1].can).toEqual({
      updateProgress: false,
      addMilestone: false,
      changeMilestones: false,
    });
    expect((await bea('PUT', goalsUrl(`/${goalIds[1]}/progress`), { state: 'achieved' })).status).toBe(409);
    expect(
      (await bea('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${milestoneId}`), { done: false })).status,
    ).toBe(409);
  });

  it('belong to their goal: another goal’s milestone answers 404, bad input 400', async () => {
    const added = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'Draft the proposal' });
    const milestoneId = added.body.goals[0].milestones[0].id;
    expect(
      (await mia('PATCH', goalsUrl(`/${goalIds[1]}/milestones/${milestoneId}`), { done: true })).status,
    ).toBe(404);
    expect((await mia('DELETE', goalsUrl(`/${goalIds[1]}/milestones/${milestoneId}`))).status).toBe(404);
    expect((await mia('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${milestoneId}`), {})).status).toBe(400);
    expect((await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: ' ' })).status).toBe(400);
    expect(
      (await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'x', dueOn: '2027-02-30' })).status,
    ).toBe(400);
  });

  it('refuse due dates the database does not hold (year 0) with 400, and keep the milestone as it was', async () => {
    const added = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'Draft the proposal' });
    const milestoneId = added.body.goals[0].milestones[0].id;
    for (const dueOn of ['0000-01-01', '0000-12-31']) {
      const created = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), { title: 'x', dueOn });
      expect(created.status, dueOn).toBe(400);
      expect(created.body.error.code).toBe('validation_failed');
      const changed = await mia('PATCH', goalsUrl(`/${goalIds[0]}/milestones/${milestoneId}`), { dueOn });
      expect(changed.status, dueOn).toBe(400);
    }
    const farOff = await mia('POST', goalsUrl(`/${goalIds[0]}/milestones`), {
      title: 'y',
      dueOn: '9999-12-30',
    });
    expect(farOff.status).toBe(201);
    const board = (await mia('GET', goalsUrl(''))).body;
    expect(
      board.goals[0].milestones.map((m: { title: string; dueOn: string | null }) => [m.title, m.dueOn]),
    ).toEqual([
      ['y', '9999-12-30'],
      ['Draft the proposal', null],
    ]);
  });
});
