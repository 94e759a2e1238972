import {
  type GoalBoard,
  type GoalEvent,
  type GoalState,
  goalEventKinds,
} from '../../../shared/contract/agreements.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { requireTandemMember, type TandemMembership } from '../tandems/tandems.service.ts';
import { goalAbilities, mayAddMilestone, mayChangeGoal } from './agreements.policy.ts';
import {
  countMilestones,
  deleteMilestone,
  findMilestone,
  type GoalEventDetails,
  insertGoalEvent,
  insertMilestone,
  listGoalEvents,
  listGoals,
  listMilestones,
  lockGoal,
  updateGoal,
  updateMilestone,
} from './agreements.repository.ts';
import { agreementMember } from './agreements.service.ts';

// Progress and milestones are the tandem's working notes on its goals: either member updates
// them at any time, and none of it touches the agreement's signatures.

const knownKinds = new Set<string>(goalEventKinds);

async function presentBoard(db: Queryable, m: TandemMembership): Promise<GoalBoard> {
  const tandemId = m.tandem.id;
  const goals = await listGoals(db, tandemId);
  const milestones = await listMilestones(
    db,
    goals.map((g) => g.id),
  );
  const events = await listGoalEvents(db, tandemId);
  return {
    tandemId,
    goals: goals.map((g) => {
      const own = milestones.filter((ms) => ms.goal_id === g.id);
      return {
        id: g.id,
        title: g.title,
        successMeasure: g.success_measure,
        state: g.state,
        stateComment: g.state_comment,
        updatedAt: g.updated_at.toISOString(),
        milestones: own.map((ms) => ({
          id: ms.id,
          title: ms.title,
          dueOn: ms.due_on,
          doneAt: ms.done_at?.toISOString() ?? null,
        })),
        can: goalAbilities(agreementMember(m), { removed: g.removed_at !== null, milestones: own.length }),
      };
    }),
    timeline: events
      .filter((e) => knownKinds.has(e.kind))
      .map((e): GoalEvent => {
        const details = e.details as GoalEventDetails;
        return {
          id: Number(e.id),
          kind: e.kind as GoalEvent['kind'],
          goalId: e.goal_id,
          goalTitle: details.goalTitle ?? null,
          milestoneTitle: details.milestoneTitle ?? null,
          agreementVersion: details.agreementVersion ?? null,
          state: e.state,
          comment: e.comment,
          author: e.author_id && e.author_name ? { participantId: e.author_id, name: e.author_name } : null,
          occurredAt: e.occurred_at.toISOString(),
        };
      }),
  };
}

export async function readGoalBoard(db: Queryable, actor: Actor, tandemId: string): Promise<GoalBoard> {
  return presentBoard(db, await requireTandemMember(db, actor, tandemId));
}

/** A live goal of the caller's tandem; another tandem's goal answers 404 as if it did not exist. */
async function writableGoal(db: Queryable, actor: Actor, tandemId: string, goalId: string) {
  const m = await requireTandemMember(db, actor, tandemId, { forWriting: true });
  const goal = await lockGoal(db, tandemId, goalId);
  if (!goal) throw notFound('goal');
  enforce(mayChangeGoal(agreementMember(m), { removed: goal.removed_at !== null }));
  return { m, goal };
}

function eventWriter(db: Queryable, m: TandemMembership, goal: { id: string; title: string }, now: Date) {
  return (e: { kind: GoalEvent['kind']; state?: GoalState; comment?: string; milestoneTitle?: string }) =>
    insertGoalEvent(db, {
      tandemId: m.tandem.id,
      goalId: goal.id,
      authorId: m.me.participantId,
      kind: e.kind,
      state: e.state ?? null,
      comment: e.comment ?? '',
      details: { goalTitle: goal.title, ...(e.milestoneTitle ? { milestoneTitle: e.milestoneTitle } : {}) },
      now,
    });
}

export async function updateGoalProgress(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  goalId: string,
  input: { state: GoalState; comment: string },
  now: Date,
): Promise<GoalBoard> {
  const { m, goal } = await writableGoal(trx, actor, tandemId, goalId);
  // Saving the same state and comment again is not news for the timeline.
  if (goal.state !== input.state || goal.state_comment !== input.comment) {
    await updateGoal(trx, goalId, { state: input.state, stateComment: input.comment, now });
    await eventWriter(
      trx,
      m,
      goal,
      now,
    )({ kind: 'goal.progress', state: input.state, comment: input.comment });
  }
  return presentBoard(trx, m);
}

export async function addMilestone(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  goalId: string,
  input: { title: string; dueOn: string | null },
  now: Date,
): Promise<GoalBoard> {
  const { m, goal } = await writableGoal(trx, actor, tandemId, goalId);
  const milestones = await countMilestones(trx, goalId);
  enforce(mayAddMilestone(agreementMember(m), { removed: goal.removed_at !== null, milestones }));
  await insertMilestone(trx, { goalId, title: input.title, dueOn: input.dueOn, now });
  await eventWriter(trx, m, goal, now)({ kind: 'milestone.added', milestoneTitle: input.title });
  return presentBoard(trx, m);
}

export async function changeMilestone(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  goalId: string,
  milestoneId: string,
  input: { title?: string | undefined; dueOn?: string | null | undefined; done?: boolean | undefined },
  now: Date,
): Promise<GoalBoard> {
  const { m, goal } = await writableGoal(trx, actor, tandemId, goalId);
  const milestone = await findMilestone(trx, goalId, milestoneId);
  if (!milestone) throw notFound('milestone');
  const event = eventWriter(trx, m, goal, now);
  const title = input.title ?? milestone.title;
  const edited =
    (input.title !== undefined && input.title !== milestone.title) ||
    (input.dueOn !== undefined && input.dueOn !== milestone.due_on);
  const doneChange =
    input.done === undefined || input.done === (milestone.done_at !== null) ? undefined : input.done;
  if (!edited && doneChange === undefined) return presentBoard(trx, m);
  await updateMilestone(trx, milestoneId, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
    ...(doneChange !== undefined ? { doneAt: doneChange ? now : null } : {}),
  });
  if (edited) await event({ kind: 'milestone.edited', milestoneTitle: title });
  if (doneChange !== undefined) {
    await event({ kind: doneChange ? 'milestone.done' : 'milestone.undone', milestoneTitle: title });
  }
  return presentBoard(trx, m);
}

export async function removeMilestone(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  goalId: string,
  milestoneId: string,
  now: Date,
): Promise<GoalBoard> {
  const { m, goal } = await writableGoal(trx, actor, tandemId, goalId);
  const milestone = await findMilestone(trx, goalId, milestoneId);
  if (!milestone) throw notFound('milestone');
  await deleteMilestone(trx, milestoneId);
  await eventWriter(trx, m, goal, now)({ kind: 'milestone.removed', milestoneTitle: milestone.title });
  return presentBoard(trx, m);
}
