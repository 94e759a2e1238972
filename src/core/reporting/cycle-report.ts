import type { Gender } from '../../shared/contract/participants.ts';
import {
  type ActivityMeasure,
  activityMeasures,
  type CycleReport,
  type FunnelStage,
  funnelStages,
  type OutcomeMeasure,
  outcomeMeasures,
  type ReportCell,
  type ReportQuestionCell,
} from '../../shared/contract/reports.ts';
import type { SurveyAnswers, SurveyKind, SurveyQuestion, SurveyRole } from '../../shared/contract/surveys.ts';
import { type Figure, type HiddenReason, type Reader, suppress } from './suppression.ts';

// A cycle's report from its facts: every figure with its group, then the suppression over all of
// them together, then the cells. The organisation's report is its column of the programme's, so
// several reports read together tell no more than the programme's (decision 0022). Pure: no I/O.

const genderList: readonly Gender[] = ['female', 'male', 'non_binary', 'undisclosed'];

export interface ReportParticipant {
  id: string;
  role: 'mentee' | 'mentor';
  organisationId: string;
  gender: Gender;
  /** The funnel stages this participant reached ('nominated' always). */
  stages: ReadonlySet<FunnelStage>;
}

/** A published tandem, counted on its mentee's organisation. */
export interface ReportTandem {
  id: string;
  menteeId: string;
  mentorId: string;
  menteeOrganisationId: string;
  mentorOrganisationId: string;
  /** Both signed a version of the agreement at some point. */
  agreementSigned: boolean;
  meetingsHeld: number;
  meetingsExpected: number;
}

/** A closed survey with its answers, each with who gave it (never shown: it places answers in groups). */
export interface ReportSurvey {
  id: string;
  kind: SurveyKind;
  role: SurveyRole;
  title: string;
  questions: readonly SurveyQuestion[];
  responses: readonly { participantId: string; answers: SurveyAnswers }[];
}

/** An event not cancelled, with the participants registered for it and whether each attended. */
export interface ReportEvent {
  id: string;
  title: string;
  startsAt: string;
  registrations: readonly { participantId: string; attended: boolean }[];
}

export interface ReportFacts {
  kind: 'programme';
  cycle: CycleReport['cycle'];
  generatedAt: string;
  threshold: number;
  /** Taking part, in the order the report lists them. */
  organisations: readonly { id: string; name: string }[];
  participants: readonly ReportParticipant[];
  tandems: readonly ReportTandem[];
  /** Closed surveys only. */
  surveys: readonly ReportSurvey[];
  /** The cycle's events not cancelled, soonest first. */
  events: readonly ReportEvent[];
}

/** The follow-up questions outcomes are read from, by id; a choice's first option means yes. */
const outcomeQuestions: Record<
  Exclude<OutcomeMeasure, 'career_step'>,
  { role: SurveyRole; question: string }
> = {
  promoted: { role: 'mentee', question: 'promoted' },
  leadership_responsibility: { role: 'mentee', question: 'leadership_responsibility' },
  new_role: { role: 'mentee', question: 'new_role' },
  still_with_employer: { role: 'mentee', question: 'still_with_employer' },
  mentee_value: { role: 'mentee', question: 'tandem_value' },
  mentor_value: { role: 'mentor', question: 'tandem_value' },
};
/**
 * The questions a career step is read from. `promoted_or_larger_role` is the question follow-up
 * surveys asked before 7 December 2026 ("promoted or taken on a larger role"): a career step, but
 * not a promotion.
 */
const careerSteps = ['promoted', 'leadership_responsibility', 'new_role', 'promoted_or_larger_role'] as const;

/**
 * The stage whose people a stage is counted among: those in a tandem for the tandem's stages, the
 * proposed for the approved, and so on. Each stage's people are among its parent's, so a stage's
 * figure beside its parent's says nothing about a smaller group than the one it names.
 */
const parentStage: Record<FunnelStage, FunnelStage | null> = {
  nominated: null,
  profile_finished: 'nominated',
  proposed: 'nominated',
  approved: 'proposed',
  published: 'approved',
  agreement_signed: 'published',
  first_meeting: 'published',
  active_recently: 'first_meeting',
  midterm_answered: 'published',
  final_answered: 'published',
};

/** One figure before suppression: its group and what it says about it. */
interface Draft {
  figure: Figure;
  /** People (or tandems) with the property, or the sum of their answers. */
  total: number;
  kind: 'count' | 'mean';
}

/** Builds every cell of one measure: the programme's, each organisation's and optionally each gender's. */
class Figures {
  readonly drafts = new Map<string, Draft>();

  add(measure: string, breakdown: string, key: string, group: string[], total: number, kind: Draft['kind']) {
    const id = `${measure}|${breakdown}|${key}`;
    const owner = breakdown === 'organisation' ? { owner: key } : {};
    this.drafts.set(id, { figure: { id, measure, breakdown, group, ...owner }, total, kind });
    return id;
  }
}

interface Member {
  id: string;
  organisationId: string;
  gender: Gender;
}

/** Adds one measure's figures over `members`, each with a value (a count of 0/1 or an answer). */
function addMeasure(
  figures: Figures,
  measure: string,
  organisations: readonly { id: string }[],
  members: readonly (Member & { value: number })[],
  kind: Draft['kind'],
  withGenders: boolean,
) {
  const cell = (breakdown: string, key: string, list: readonly (Member & { value: number })[]) =>
    figures.add(
      measure,
      breakdown,
      key,
      list.map((m) => m.id),
      list.reduce((s, m) => s + m.value, 0),
      kind,
    );
  const programme = cell('programme', 'all', members);
  const inOrganisation = groupBy(members, (m) => m.organisationId);
  const byOrganisation = organisations.map((o) => cell('organisation', o.id, inOrganisation.get(o.id) ?? []));
  const inGender = groupBy(members, (m) => m.gender);
  const byGender = withGenders
    ? Object.fromEntries(genderList.map((g) => [g, cell('gender', g, inGender.get(g) ?? [])]))
    : null;
  return { programme, byOrganisation, byGender: byGender as Record<Gender, string> | null };
}

function groupBy<T>(list: readonly T[], key: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function buildProgrammeReport(facts: ReportFacts): CycleReport {
  const figures = new Figures();
  const orgs = facts.organisations;

  // Participation: one measure per role and stage, among the people who reached its parent stage.
  const participation = (['mentee', 'mentor'] as const).map((role) => {
    const people = facts.participants.filter((p) => p.role === role);
    return {
      role,
      stages: funnelStages.map((stage) => {
        const parent = parentStage[stage];
        const among = parent ? people.filter((p) => p.stages.has(parent)) : people;
        return {
          stage,
          ids: addMeasure(
            figures,
            `participation:${role}:${stage}`,
            orgs,
            among.map((p) => ({ ...p, value: p.stages.has(stage) ? 1 : 0 })),
            'count',
            false,
          ),
        };
      }),
    };
  });

  // Activity: the group is the tandems of each organisation's mentees.
  const tandemMembers = facts.tandems.map((t) => ({
    id: t.id,
    organisationId: t.menteeOrganisationId,
    gender: 'undisclosed' as Gender,
    t,
  }));
  const activityValue: Record<ActivityMeasure, (t: ReportTandem) => number> = {
    agreements_signed: (t) => (t.agreementSigned ? 1 : 0),
    first_meeting: (t) => (t.meetingsHeld > 0 ? 1 : 0),
    meetings_held: (t) => t.meetingsHeld,
    meetings_expected: (t) => t.meetingsExpected,
  };
  const activity = activityMeasures.map((measure) => ({
    measure,
    ids: addMeasure(
      figures,
      `activity:${measure}`,
      orgs,
      tandemMembers.map((m) => ({ ...m, value: activityValue[measure](m.t) })),
      'count',
      false,
    ),
  }));

  const participantById = new Map(facts.participants.map((p) => [p.id, p]));

  // Events: per event, the group is the participants registered for it; the figure, who attended.
  const events = facts.events.map((event) => ({
    event,
    ids: addMeasure(
      figures,
      `event:${event.id}`,
      orgs,
      event.registrations.flatMap((r) => {
        const p = participantById.get(r.participantId);
        return p ? [{ ...p, value: r.attended ? 1 : 0 }] : [];
      }),
      'count',
      false,
    ),
  }));

  // Surveys: per question, the group is who answered it.
  const surveys = facts.surveys.map((s) => ({
    survey: s,
    questions: s.questions.map((q) => {
      const answered = s.responses.flatMap((r) => {
        const p = participantById.get(r.participantId);
        const a = r.answers[q.id];
        return p && a !== undefined && a !== null && a !== '' ? [{ ...p, answer: a }] : [];
      });
      const ids = addMeasure(
        figures,
        `survey:${s.id}:${q.id}`,
        orgs,
        answered.map((m) => ({ ...m, value: typeof m.answer === 'number' ? m.answer : 0 })),
        q.type === 'scale' ? 'mean' : 'count',
        false,
      );
      return { question: q, answered, ids };
    }),
  }));

  // Outcomes, from the follow-up surveys' answers.
  const followUp = (role: SurveyRole) => facts.surveys.find((s) => s.kind === 'follow_up' && s.role === role);
  const answersTo = (role: SurveyRole, questionId: string) => {
    const survey = followUp(role);
    const question = survey?.questions.find((q) => q.id === questionId);
    if (!survey || !question) return null;
    const answers = survey.responses.flatMap((r) => {
      const p = participantById.get(r.participantId);
      const a = r.answers[questionId];
      if (!p || a === undefined || a === null || a === '') return [];
      const value =
        question.type === 'choice' ? (question.options.indexOf(String(a)) === 0 ? 1 : 0) : Number(a);
      return [{ ...p, value }];
    });
    return { answers, kind: question.type === 'scale' ? ('mean' as const) : ('count' as const) };
  };
  const outcomes = outcomeMeasures.flatMap((measure) => {
    let members: (ReportParticipant & { value: number })[] | null;
    let kind: Draft['kind'] = 'count';
    if (measure === 'career_step') {
      const steps = careerSteps.map((q) => answersTo('mentee', q)).filter((a) => a !== null);
      if (steps.length === 0) return [];
      const merged = new Map<string, ReportParticipant & { value: number }>();
      for (const list of steps)
        for (const m of list.answers)
          merged.set(m.id, { ...m, value: Math.max(merged.get(m.id)?.value ?? 0, m.value) });
      members = [...merged.values()];
    } else {
      const { role, question } = outcomeQuestions[measure];
      const found = answersTo(role, question);
      if (!found) return [];
      kind = found.kind;
      members = found.answers;
    }
    return [{ measure, kind, ids: addMeasure(figures, `outcome:${measure}`, orgs, members, kind, true) }];
  });

  const hidden = suppress(
    [...figures.drafts.values()].map((d) => d.figure),
    facts.threshold,
    readersOf(facts),
  );
  // An outcome that is one follow-up question's answers is published twice, as the outcome and as
  // the question: each copy shows only what both may show, which is less than the outcome's own
  // suppression allows (that covers its organisations, genders and programme together).
  for (const o of outcomes) {
    if (o.measure === 'career_step') continue;
    const { role, question } = outcomeQuestions[o.measure];
    const survey = surveys.find((s) => s.survey.kind === 'follow_up' && s.survey.role === role);
    const mirror = survey?.questions.find((q) => q.question.id === question)?.ids;
    if (!mirror) continue;
    const pairs: [string, string][] = [
      [o.ids.programme, mirror.programme],
      ...o.ids.byOrganisation.map((id, i): [string, string] => [id, mirror.byOrganisation[i] as string]),
    ];
    for (const [a, b] of pairs) {
      const reason = hidden.get(a) ?? hidden.get(b);
      if (reason) {
        if (!hidden.has(a)) hidden.set(a, reason);
        if (!hidden.has(b)) hidden.set(b, reason);
      }
    }
  }
  const cell = (id: string): ReportCell => {
    const d = figures.drafts.get(id) as Draft;
    const reason = hidden.get(id) ?? null;
    return presentCell(d, reason);
  };
  const row = (ids: { programme: string; byOrganisation: string[] }) => ({
    programme: cell(ids.programme),
    organisations: ids.byOrganisation.map(cell),
  });

  return {
    kind: 'programme',
    cycle: facts.cycle,
    organisation: null,
    generatedAt: facts.generatedAt,
    threshold: facts.threshold,
    organisations: orgs.map((o) => ({ id: o.id, name: o.name })),
    participation: {
      mentee: (participation[0]?.stages ?? []).map((s) => ({ stage: s.stage, ...row(s.ids) })),
      mentor: (participation[1]?.stages ?? []).map((s) => ({ stage: s.stage, ...row(s.ids) })),
    },
    activity: activity.map((a) => ({ measure: a.measure, ...row(a.ids) })),
    surveys: surveys.map(({ survey, questions }) => ({
      surveyId: survey.id,
      kind: survey.kind,
      role: survey.role,
      title: survey.title,
      questions: questions.map(({ question, answered, ids }) => {
        const qcell = (id: string, members: typeof answered): ReportQuestionCell =>
          presentQuestionCell(question, hidden.get(id) ?? null, members);
        const byOrganisation = groupBy(answered, (m) => m.organisationId);
        return {
          id: question.id,
          text: question.text,
          type: question.type,
          options: question.type === 'choice' ? [...question.options] : null,
          programme: qcell(ids.programme, answered),
          organisations: orgs.map((o, i) =>
            qcell(ids.byOrganisation[i] as string, byOrganisation.get(o.id) ?? []),
          ),
        };
      }),
    })),
    events: events.map(({ event, ids }) => ({
      eventId: event.id,
      title: event.title,
      startsAt: event.startsAt,
      ...row(ids),
    })),
    outcomes: outcomes.map((o) => ({
      measure: o.measure,
      ...row(o.ids),
      genders: Object.fromEntries(
        genderList.map((g) => [g, cell((o.ids.byGender as Record<Gender, string>)[g])]),
      ) as Record<Gender, ReportCell>,
    })),
  };
}

/**
 * What each organisation's contacts know besides the reports: their people one by one, and from
 * the tandem health list every tandem with one of them and how far its other member got. Survey
 * answers they know only as their organisation's figure.
 */
function readersOf(facts: ReportFacts): Reader[] {
  const organisationOf = new Map(facts.participants.map((p) => [p.id, p.organisationId]));
  return facts.organisations.map((o) => {
    const people = new Set(facts.participants.filter((p) => p.organisationId === o.id).map((p) => p.id));
    // The attendee lists show a contact their own people's registrations, not their partners'.
    const ownPeople: ReadonlySet<string> = new Set(people);
    const tandems = new Set<string>();
    for (const t of facts.tandems) {
      const ours = [t.menteeId, t.mentorId].some((id) => organisationOf.get(id) === o.id);
      if (!ours) continue;
      tandems.add(t.id);
      people.add(t.menteeId);
      people.add(t.mentorId);
    }
    const nothing: ReadonlySet<string> = new Set();
    return {
      organisationId: o.id,
      knows: (measure: string) =>
        measure.startsWith('participation:')
          ? people
          : measure.startsWith('activity:')
            ? tandems
            : measure.startsWith('event:')
              ? ownPeople
              : nothing,
    };
  });
}

function presentCell(d: Draft, reason: HiddenReason | null): ReportCell {
  if (reason) return { n: null, value: null, hidden: reason };
  const n = d.figure.group.length;
  if (d.kind === 'mean') return { n, value: n === 0 ? null : round1(d.total / n), hidden: null };
  return { n, value: d.total, hidden: null };
}

function presentQuestionCell(
  question: SurveyQuestion,
  reason: HiddenReason | null,
  members: readonly { answer: string | number }[],
): ReportQuestionCell {
  if (reason) return { n: null, mean: null, counts: null, hidden: reason };
  const n = members.length;
  if (question.type === 'scale') {
    const counts = [1, 2, 3, 4, 5].map((v) => members.filter((m) => m.answer === v).length);
    const sum = members.reduce((s, m) => s + Number(m.answer), 0);
    return { n, mean: n === 0 ? null : round1(sum / n), counts, hidden: null };
  }
  if (question.type === 'choice') {
    return {
      n,
      mean: null,
      counts: question.options.map((o) => members.filter((m) => m.answer === o).length),
      hidden: null,
    };
  }
  return { n, mean: null, counts: null, hidden: null };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * An organisation's report: its column of the programme's report beside the programme's own
 * figures and the programme's by gender, all as the programme's report shows them.
 */
export function organisationSlice(report: CycleReport, organisationId: string): CycleReport {
  const index = report.organisations.findIndex((o) => o.id === organisationId);
  if (index < 0) throw new Error('The organisation does not take part in this cycle');
  const pick = <T extends { organisations: C[] }, C>(row: T): T => ({
    ...row,
    organisations: [row.organisations[index] as C],
  });
  return {
    ...report,
    kind: 'organisation',
    organisation: report.organisations[index] ?? null,
    organisations: [report.organisations[index] as CycleReport['organisations'][number]],
    participation: {
      mentee: report.participation.mentee.map(pick),
      mentor: report.participation.mentor.map(pick),
    },
    activity: report.activity.map(pick),
    surveys: report.surveys.map((s) => ({ ...s, questions: s.questions.map(pick) })),
    events: report.events.map(pick),
    outcomes: report.outcomes.map(pick),
  };
}
