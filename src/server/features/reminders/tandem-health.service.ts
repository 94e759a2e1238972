import type { TandemHealth, TandemHealthList } from '../../../shared/contract/reminders.ts';
import { today } from '../../dates.ts';
import type { GoalState, Trx } from '../../db/database.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import {
  answeredSurveys,
  countGoalsByState,
  latestOpenedSurveys,
  listTandemActivity,
  type TandemActivityRow,
} from './reminders.repository.ts';
import { endOfDay, meetingGap, meetingsExpected } from './reminders.rules.ts';

// The health list: what staff may know about a tandem (DESIGN.md: status, meeting count, last
// meeting, goal progress) and nothing of what was said or written inside it.

function agreementOf(t: TandemActivityRow): TandemHealth['agreement'] {
  if (t.agreement_version === null) return { state: 'none', signedAt: null };
  const signatures = [t.mentee_signed_at, t.mentor_signed_at].filter((d): d is Date => d !== null);
  if (signatures.length === 2) {
    const last = Math.max(...signatures.map((d) => d.getTime()));
    return { state: 'signed', signedAt: new Date(last).toISOString() };
  }
  return { state: signatures.length === 1 ? 'signed_by_one' : 'draft', signedAt: null };
}

const countField = {
  not_started: 'notStarted',
  on_track: 'onTrack',
  at_risk: 'atRisk',
  achieved: 'achieved',
  dropped: 'dropped',
} as const satisfies Record<GoalState, keyof Omit<TandemHealth['goals'], 'percentAchieved'>>;

export async function listTandemHealth(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
): Promise<TandemHealthList> {
  const list = await readTandemHealth(trx, actor, cycleId, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'tandem_health.listed',
    targetType: 'cycle',
    targetId: cycleId,
    details: { tandems: list.tandems.length },
  });
  return list;
}

/** The health list the actor may see (another organisation's cycle answers 404), not audited: its callers record why they read it. */
export async function readTandemHealth(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
): Promise<TandemHealthList> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  return healthOf(trx, cycle, organisationScope(actor), now);
}

/**
 * Every tandem of a cycle the actor may see, whoever's people are in it, not audited: for the
 * reports, which compute figures from all of them and decide themselves what to show.
 */
export async function readAllTandemHealth(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
): Promise<TandemHealthList> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  return healthOf(trx, cycle, null, now);
}

async function healthOf(
  trx: Trx,
  cycle: Awaited<ReturnType<typeof getVisibleCycle>>,
  scope: string | null,
  now: Date,
): Promise<TandemHealthList> {
  const cycleId = cycle.id;
  const tandems = await listTandemActivity(trx, now, {
    cycleId,
    ...(scope ? { organisationId: scope } : {}),
  });
  const goals = await countGoalsByState(
    trx,
    tandems.map((t) => t.id),
  );
  const surveys = await latestOpenedSurveys(trx, cycleId, today(now));
  const answered = await answeredSurveys(
    trx,
    [...surveys.values()].map((s) => s.id),
    tandems.flatMap((t) => [t.mentee_id, t.mentor_id]),
  );
  const cycleEnd = endOfDay(cycle.endsOn);
  // Grouped once: filtering the whole list per tandem grows with tandems × goal states.
  const goalsByTandem = new Map<string, typeof goals>();
  for (const g of goals) goalsByTandem.set(g.tandemId, [...(goalsByTandem.get(g.tandemId) ?? []), g]);

  const rows = tandems.map((t): TandemHealth => {
    const active = t.dissolved_at === null;
    // Flags follow the reminders: only an active tandem of a running cycle is held to its cadence.
    const watched = active && cycle.status === 'running';
    const gap = meetingGap(
      {
        publishedAt: t.published_at,
        lastHeldAt: t.last_held_at,
        nextPlannedAt: t.next_planned_at,
        cadenceDays: t.cadence_days,
      },
      now,
    );
    const counts = { notStarted: 0, onTrack: 0, atRisk: 0, achieved: 0, dropped: 0 };
    for (const g of goalsByTandem.get(t.id) ?? []) counts[countField[g.state]] += g.count;
    const pursued = counts.notStarted + counts.onTrack + counts.atRisk + counts.achieved;
    const side = (role: 'mentee' | 'mentor', participantId: string) => {
      const survey = surveys.get(role);
      return survey
        ? { kind: survey.kind, title: survey.title, done: answered.has(`${survey.id}:${participantId}`) }
        : null;
    };
    const until = t.dissolved_at && t.dissolved_at < cycleEnd ? t.dissolved_at : cycleEnd;
    return {
      tandemId: t.id,
      status: active ? 'active' : 'dissolved',
      publishedAt: t.published_at.toISOString(),
      mentee: { name: t.mentee_name, organisationName: t.mentee_organisation_name },
      mentor: { name: t.mentor_name, organisationName: t.mentor_organisation_name },
      agreement: agreementOf(t),
      cadenceDays: t.cadence_days,
      meetingsHeld: t.meetings_held,
      meetingsExpected: meetingsExpected(t.published_at, until, now, t.cadence_days),
      lastMeetingAt: t.last_held_at?.toISOString() ?? null,
      nextMeetingAt: active ? (t.next_planned_at?.toISOString() ?? null) : null,
      goals: {
        ...counts,
        percentAchieved: pursued === 0 ? null : Math.round((100 * counts.achieved) / pursued),
      },
      surveys: { mentee: side('mentee', t.mentee_id), mentor: side('mentor', t.mentor_id) },
      overdue: watched && gap.overdue,
      inactive: watched && gap.inactive,
      daysSinceActivity: active ? gap.daysSince : null,
    };
  });
  return { cycleId, cycleName: cycle.name, cycleStatus: cycle.status, tandems: rows };
}
