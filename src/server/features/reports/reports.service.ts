import {
  buildProgrammeReport,
  organisationSlice,
  type ReportFacts,
} from '../../../core/reporting/cycle-report.ts';
import type { TandemHealth } from '../../../shared/contract/reminders.ts';
import {
  ACTIVE_WITHIN_DAYS,
  AGREEMENT_DUE_DAYS,
  type AttentionReason,
  type CycleReport,
  type Dashboard,
  type Funnel,
  type FunnelStage,
  funnelStages,
} from '../../../shared/contract/reports.ts';
import { ANONYMITY_THRESHOLD } from '../../../shared/contract/surveys.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { today } from '../../dates.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { cycleEventAttendanceFacts, cycleEventFigures } from '../events/events.service.ts';
import { readAllTandemHealth, readTandemHealth } from '../reminders/tandem-health.service.ts';
import { releaseSurveyForReports } from '../surveys/surveys.service.ts';
import { renderReportPdf } from './report-pdf.ts';
import { mayReadOrganisationReport, mayReadProgrammeReport } from './reports.policy.ts';
import {
  countContactTodos,
  countMeetingsPerMonth,
  listClosedSurveyAnswers,
  listCycleOrganisations,
  listCycleTandems,
  listFunnelParticipants,
} from './reports.repository.ts';

// The cycle's dashboard (what staff already see one by one, counted) and its reports (figures
// meant to be handed on, with small groups hidden; decision 0022).

const DAY_MS = 24 * 60 * 60 * 1000;

interface FunnelPerson {
  id: string;
  role: 'mentee' | 'mentor';
  organisationId: string;
  gender: 'female' | 'male' | 'non_binary' | 'undisclosed';
  stages: Set<FunnelStage>;
}

/** Each participation with the stages it reached, from the cycle's facts and its tandems' health. */
async function funnelPeople(db: Queryable, cycleId: string, health: readonly TandemHealth[], now: Date) {
  const [participants, tandems] = await Promise.all([
    listFunnelParticipants(db, cycleId),
    listCycleTandems(db, cycleId),
  ]);
  const healthById = new Map(health.map((h) => [h.tandemId, h]));
  const tandemsOf = new Map<string, (TandemHealth & { everSigned: boolean })[]>();
  for (const t of tandems) {
    const h = healthById.get(t.id);
    if (!h) continue;
    const tandem = { ...h, everSigned: Boolean(t.ever_signed) };
    for (const p of [t.mentee_id, t.mentor_id]) tandemsOf.set(p, [...(tandemsOf.get(p) ?? []), tandem]);
  }
  const recent = now.getTime() - ACTIVE_WITHIN_DAYS * DAY_MS;
  const people: FunnelPerson[] = participants.map((p) => {
    const own = tandemsOf.get(p.id) ?? [];
    const reached: Record<FunnelStage, boolean> = {
      nominated: true,
      profile_finished: p.profile_finished,
      proposed: p.proposed || own.length > 0,
      approved: p.approved || own.length > 0,
      published: own.length > 0,
      // Signed once is signed: a tandem revising its agreement does not fall back in the funnel.
      agreement_signed: own.some((h) => h.everSigned),
      first_meeting: own.some((h) => h.meetingsHeld > 0),
      active_recently: own.some(
        (h) => h.status === 'active' && h.lastMeetingAt !== null && Date.parse(h.lastMeetingAt) >= recent,
      ),
      midterm_answered: p.midterm_answered,
      final_answered: p.final_answered,
    };
    return {
      id: p.id,
      role: p.role,
      organisationId: p.organisation_id,
      gender: p.gender,
      stages: new Set(funnelStages.filter((s) => reached[s])),
    };
  });
  return { people, tandems };
}

function funnelOf(people: readonly FunnelPerson[]): Funnel {
  return funnelStages.map((stage) => ({
    stage,
    mentees: people.filter((p) => p.role === 'mentee' && p.stages.has(stage)).length,
    mentors: people.filter((p) => p.role === 'mentor' && p.stages.has(stage)).length,
  }));
}

function attentionOf(health: readonly TandemHealth[], now: Date): Dashboard['attention'] {
  const due = now.getTime() - AGREEMENT_DUE_DAYS * DAY_MS;
  return health
    .filter((h) => h.status === 'active')
    .map((h) => {
      const reasons: AttentionReason[] = [];
      if (h.inactive) reasons.push('inactive');
      else if (h.overdue) reasons.push('overdue');
      if (h.agreement.state !== 'signed' && Date.parse(h.publishedAt) < due)
        reasons.push('agreement_unsigned');
      return { h, reasons };
    })
    .filter((a) => a.reasons.length > 0)
    .sort((a, b) => (b.h.daysSinceActivity ?? 0) - (a.h.daysSinceActivity ?? 0))
    .map(({ h, reasons }) => ({
      tandemId: h.tandemId,
      mentee: h.mentee,
      mentor: h.mentor,
      reasons,
      daysSinceActivity: h.daysSinceActivity,
      publishedAt: h.publishedAt,
    }));
}

/**
 * The dashboard: the coordinator's covers the programme; a contact's, their own organisation's
 * people and the tandems with one of them. Another organisation's cycle answers 404.
 */
export async function readDashboard(trx: Trx, actor: Actor, cycleId: string, now: Date): Promise<Dashboard> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const scope = organisationScope(actor);
  // The health list is already the caller's: all tandems, or those with one of their people.
  const health = await readTandemHealth(trx, actor, cycleId, now);
  const [{ people, tandems }, organisations, meetingsPerMonth] = await Promise.all([
    funnelPeople(trx, cycleId, health.tandems, now),
    listCycleOrganisations(trx, cycleId),
    countMeetingsPerMonth(trx, cycleId, scope),
  ]);
  const shownOrganisations = scope ? organisations.filter((o) => o.id === scope) : organisations;
  const visiblePeople = scope ? people.filter((p) => p.organisationId === scope) : people;
  const active = tandems.filter((t) => t.dissolved_at === null);
  const attention = attentionOf(health.tandems, now);
  const fewTandems = scope !== null && health.tandems.length < ANONYMITY_THRESHOLD;
  const todos = scope ? await countContactTodos(trx, cycleId, scope, now) : null;
  const events = await cycleEventFigures(trx, cycleId, scope);

  await recordAudit(trx, auditContext(actor, null), {
    action: 'dashboard.read',
    targetType: 'cycle',
    targetId: cycleId,
    details: { tandems: health.tandems.length },
  });
  return {
    cycle: {
      id: cycle.id,
      name: cycle.name,
      status: cycle.status,
      startsOn: cycle.startsOn,
      endsOn: cycle.endsOn,
    },
    scope: scope ? 'organisation' : 'programme',
    funnel: funnelOf(visiblePeople),
    organisations: shownOrganisations.map((o) => ({
      organisation: o,
      funnel: funnelOf(visiblePeople.filter((p) => p.organisationId === o.id)),
      mentorsGiven: new Set(active.filter((t) => t.mentor_organisation_id === o.id).map((t) => t.mentor_id))
        .size,
      menteesReceived: new Set(
        active.filter((t) => t.mentee_organisation_id === o.id).map((t) => t.mentee_id),
      ).size,
    })),
    meetingsPerMonth: fewTandems ? [] : monthsOf(cycle.startsOn, cycle.endsOn, now, meetingsPerMonth),
    meetingsPerMonthHidden: fewTandems,
    attention,
    events,
    todos: todos
      ? {
          proposalsToApprove: todos.proposals,
          profilesUnfinished: todos.profiles,
          invitationsUnanswered: todos.invitations,
          tandemsNeedingAttention: attention.length,
        }
      : null,
  };
}

/** Every month from the cycle's start to its end (or this month, if sooner), with the meetings held in it. */
function monthsOf(startsOn: string, endsOn: string, now: Date, held: { month: string; held: number }[]) {
  const last = [endsOn.slice(0, 7), today(now).slice(0, 7)].sort()[0] as string;
  const counts = new Map(held.map((h) => [h.month, h.held]));
  const months: { month: string; held: number }[] = [];
  let [year, month] = startsOn.slice(0, 7).split('-').map(Number) as [number, number];
  for (let key = startsOn.slice(0, 7); key <= last; ) {
    months.push({ month: key, held: counts.get(key) ?? 0 });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  }
  // Meetings outside the cycle's months (held before its start or after its end) are still counted.
  for (const h of held) if (!months.some((m) => m.month === h.month)) months.push(h);
  return months.sort((a, b) => a.month.localeCompare(b.month));
}

/** The programme's report with every figure computed and the small groups hidden; no access check, not audited. */
async function programmeReportOf(trx: Trx, actor: Actor, cycleId: string, now: Date): Promise<CycleReport> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const health = await readAllTandemHealth(trx, actor, cycleId, now);
  const [{ people, tandems }, organisations, closed] = await Promise.all([
    funnelPeople(trx, cycleId, health.tandems, now),
    listCycleOrganisations(trx, cycleId),
    listClosedSurveyAnswers(trx, cycleId, today(now)),
  ]);
  const surveys = [];
  for (const s of closed) if (await releaseSurveyForReports(trx, s.id, now)) surveys.push(s);
  const healthById = new Map(health.tandems.map((h) => [h.tandemId, h]));
  const facts: ReportFacts = {
    kind: 'programme',
    cycle: { id: cycle.id, name: cycle.name, startsOn: cycle.startsOn, endsOn: cycle.endsOn },
    generatedAt: now.toISOString(),
    threshold: ANONYMITY_THRESHOLD,
    organisations,
    participants: people,
    tandems: tandems.flatMap((t) => {
      const h = healthById.get(t.id);
      return h
        ? [
            {
              id: t.id,
              menteeId: t.mentee_id,
              mentorId: t.mentor_id,
              menteeOrganisationId: t.mentee_organisation_id,
              mentorOrganisationId: t.mentor_organisation_id,
              agreementSigned: Boolean(t.ever_signed),
              meetingsHeld: h.meetingsHeld,
              meetingsExpected: h.meetingsExpected,
            },
          ]
        : [];
    }),
    surveys,
    events: await cycleEventAttendanceFacts(trx, cycleId),
  };
  return buildProgrammeReport(facts);
}

export async function readProgrammeReport(trx: Trx, actor: Actor, cycleId: string, now: Date) {
  enforce(mayReadProgrammeReport(actor));
  const report = await programmeReportOf(trx, actor, cycleId, now);
  await auditReport(trx, actor, report, 'report.read');
  return report;
}

export async function readOrganisationReport(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  organisationId: string,
  now: Date,
) {
  const report = await organisationReportOf(trx, actor, cycleId, organisationId, now);
  await auditReport(trx, actor, report, 'report.read');
  return report;
}

async function organisationReportOf(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  organisationId: string,
  now: Date,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayReadOrganisationReport(actor, cycle, organisationId));
  return organisationSlice(await programmeReportOf(trx, actor, cycleId, now), organisationId);
}

export async function programmeReportPdf(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
  language: UiLanguage,
) {
  enforce(mayReadProgrammeReport(actor));
  const report = await programmeReportOf(trx, actor, cycleId, now);
  await auditReport(trx, actor, report, 'report.exported');
  return { pdf: await renderReportPdf(report, language), report };
}

export async function organisationReportPdf(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  organisationId: string,
  now: Date,
  language: UiLanguage,
) {
  const report = await organisationReportOf(trx, actor, cycleId, organisationId, now);
  await auditReport(trx, actor, report, 'report.exported');
  return { pdf: await renderReportPdf(report, language), report };
}

async function auditReport(trx: Trx, actor: Actor, report: CycleReport, action: string) {
  await recordAudit(trx, auditContext(actor, null), {
    action,
    targetType: 'cycle',
    targetId: report.cycle.id,
    details: { kind: report.kind, organisationId: report.organisation?.id ?? null },
  });
}
