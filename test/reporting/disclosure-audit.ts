import type { ReportFacts } from '../../src/core/reporting/cycle-report.ts';
import type { Gender } from '../../src/shared/contract/participants.ts';
import type {
  CycleReport,
  FunnelStage,
  ReportCell,
  ReportQuestionCell,
} from '../../src/shared/contract/reports.ts';

// An auditor of reports written apart from the report builder: it works out from the facts which
// people each shown figure is about, then tries every sum and difference of figures of one
// measure (each added, subtracted or left out) and reports any that is about 1 to threshold − 1
// people. It does so for anyone, and for each organisation's contact, who also knows their own
// organisation's figure (hidden or not) and, for participation, activity and events, people one by one:
// their own, and every tandem with one of them and its other member (the tandem health list). A
// sum tells a reader about the people in it they do not know.
// Exponential in the figures per measure: for small programmes in tests.

export interface Exposure {
  measure: string;
  /** The people a combination of shown figures is about, that its reader does not know. */
  people: string[];
  /** Which figures, with their signs. */
  combination: string[];
  /** The organisation whose contact could work it out, or null for anyone. */
  reader: string | null;
}

interface Shown {
  label: string;
  group: Set<string>;
}

/** Whom a stage counts: the people who reached the stage before it (the report's definition). */
const countedAmong: Record<FunnelStage, FunnelStage | null> = {
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

/** The follow-up question an outcome repeats, if it is one question's answers. */
const outcomeQuestion: Record<string, [role: string, question: string] | undefined> = {
  promoted: ['mentee', 'promoted'],
  leadership_responsibility: ['mentee', 'leadership_responsibility'],
  new_role: ['mentee', 'new_role'],
  still_with_employer: ['mentee', 'still_with_employer'],
  mentee_value: ['mentee', 'tandem_value'],
  mentor_value: ['mentor', 'tandem_value'],
};

const answered = (a: unknown) => a !== undefined && a !== null && a !== '';

export function auditReport(facts: ReportFacts, report: CycleReport): Exposure[] {
  const byMeasure = new Map<string, Shown[]>();
  /** Each organisation's own figure per measure, shown or hidden: its contact knows it. */
  const own = new Map<string, Map<string, Shown>>();
  const publish = (
    measure: string,
    label: string,
    cell: ReportCell | ReportQuestionCell,
    group: string[],
    organisation: string | null,
  ) => {
    if (organisation) {
      own.set(
        measure,
        (own.get(measure) ?? new Map()).set(organisation, { label: `own ${label}`, group: new Set(group) }),
      );
    }
    if (cell.hidden !== null) return;
    if (cell.n !== group.length)
      throw new Error(`${measure} ${label}: n ${cell.n} but the group has ${group.length}`);
    if (group.length === 0) return;
    const list = byMeasure.get(measure) ?? [];
    // The same figure published twice (an outcome and its question) is one figure.
    const key = [...group].sort().join(',');
    if (!list.some((s) => s.label === label && [...s.group].sort().join(',') === key)) {
      byMeasure.set(measure, [...list, { label, group: new Set(group) }]);
    }
  };
  const participant = new Map(facts.participants.map((p) => [p.id, p]));
  const columns = (
    measure: string,
    row: { programme: ReportCell | ReportQuestionCell; organisations: (ReportCell | ReportQuestionCell)[] },
    everyone: string[],
    organisationOf: (id: string) => string | undefined,
  ) => {
    publish(measure, 'programme', row.programme, everyone, null);
    report.organisations.forEach((o, i) => {
      const cell = row.organisations[i];
      if (cell)
        publish(
          measure,
          o.id,
          cell,
          everyone.filter((id) => organisationOf(id) === o.id),
          o.id,
        );
    });
  };
  const orgOf = (id: string) => participant.get(id)?.organisationId;

  for (const role of ['mentee', 'mentor'] as const) {
    for (const row of report.participation[role]) {
      const parent = countedAmong[row.stage];
      const among = facts.participants
        .filter((p) => p.role === role && (parent === null || p.stages.has(parent)))
        .map((p) => p.id);
      columns(`participation:${role}:${row.stage}`, row, among, orgOf);
    }
  }
  const tandemOrg = new Map(facts.tandems.map((t) => [t.id, t.menteeOrganisationId]));
  for (const row of report.activity)
    columns(
      `activity:${row.measure}`,
      row,
      facts.tandems.map((t) => t.id),
      (id) => tandemOrg.get(id),
    );
  for (const s of report.surveys) {
    const facet = facts.surveys.find((f) => f.id === s.surveyId);
    for (const q of s.questions) {
      const people = (facet?.responses ?? [])
        .filter((r) => answered(r.answers[q.id]))
        .map((r) => r.participantId);
      columns(`survey:${s.surveyId}:${q.id}`, q, people, orgOf);
    }
  }
  for (const row of report.events) {
    const event = facts.events.find((e) => e.id === row.eventId);
    const people = (event?.registrations ?? [])
      .map((r) => r.participantId)
      .filter((id) => participant.has(id));
    columns(`event:${row.eventId}`, row, people, orgOf);
  }
  for (const row of report.outcomes) {
    const people = outcomeRespondents(facts, row.measure);
    // An outcome that is one question's answers is that question's measure: audited together.
    const repeated = outcomeQuestion[row.measure];
    const survey = repeated && facts.surveys.find((s) => s.kind === 'follow_up' && s.role === repeated[0]);
    const measure = survey && repeated ? `survey:${survey.id}:${repeated[1]}` : `outcome:${row.measure}`;
    columns(measure, row, people, orgOf);
    for (const g of Object.keys(row.genders) as Gender[])
      publish(
        measure,
        `gender:${g}`,
        row.genders[g],
        people.filter((id) => participant.get(id)?.gender === g),
        null,
      );
  }

  const exposures: Exposure[] = [];
  const seen = new Set<string>();
  for (const measure of new Set([...byMeasure.keys(), ...own.keys()])) {
    const shown = byMeasure.get(measure) ?? [];
    for (const reader of [null, ...report.organisations.map((o) => o.id)]) {
      const ownFigure = reader ? own.get(measure)?.get(reader) : undefined;
      const figures = ownFigure && ownFigure.group.size > 0 ? [...shown, ownFigure] : shown;
      const known = reader ? knownBy(facts, reader, measure) : new Set<string>();
      const signature = `${reader}:${[...known].sort().join(',')}:${figures
        .map((s) => [...s.group].sort().join(','))
        .sort()
        .join('|')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      exposures.push(...combinations(measure, figures, facts.threshold, reader, known));
    }
  }
  return exposures;
}

/** What an organisation's contact knows one by one for a measure. */
function knownBy(facts: ReportFacts, organisation: string, measure: string): Set<string> {
  const orgOf = new Map(facts.participants.map((p) => [p.id, p.organisationId]));
  const theirs = facts.tandems.filter(
    (t) => orgOf.get(t.menteeId) === organisation || orgOf.get(t.mentorId) === organisation,
  );
  if (measure.startsWith('participation:')) {
    return new Set([
      ...facts.participants.filter((p) => p.organisationId === organisation).map((p) => p.id),
      ...theirs.flatMap((t) => [t.menteeId, t.mentorId]),
    ]);
  }
  if (measure.startsWith('activity:')) return new Set(theirs.map((t) => t.id));
  // The attendee list shows a contact their own people's registrations and attendance.
  if (measure.startsWith('event:')) {
    return new Set(facts.participants.filter((p) => p.organisationId === organisation).map((p) => p.id));
  }
  return new Set();
}

function outcomeRespondents(facts: ReportFacts, measure: string): string[] {
  const questions: Record<string, [string, string[]]> = {
    career_step: ['mentee', ['promoted', 'leadership_responsibility', 'new_role', 'promoted_or_larger_role']],
    promoted: ['mentee', ['promoted']],
    leadership_responsibility: ['mentee', ['leadership_responsibility']],
    new_role: ['mentee', ['new_role']],
    still_with_employer: ['mentee', ['still_with_employer']],
    mentee_value: ['mentee', ['tandem_value']],
    mentor_value: ['mentor', ['tandem_value']],
  };
  const [role, ids] = questions[measure] ?? ['', []];
  const survey = facts.surveys.find((s) => s.kind === 'follow_up' && s.role === role);
  if (!survey) return [];
  return survey.responses.filter((r) => ids.some((q) => answered(r.answers[q]))).map((r) => r.participantId);
}

function combinations(
  measure: string,
  shown: Shown[],
  threshold: number,
  reader: string | null,
  known: Set<string>,
): Exposure[] {
  if (shown.length > 11) throw new Error(`${measure}: too many figures (${shown.length}) to audit`);
  const found: Exposure[] = [];
  const signs = new Array<number>(shown.length).fill(0);
  const total = 3 ** shown.length;
  for (let code = 1; code < total; code++) {
    let c = code;
    for (let i = 0; i < shown.length; i++) {
      signs[i] = (c % 3) - 1;
      c = Math.floor(c / 3);
    }
    // The reader's own figure alone tells them nothing they did not know.
    if (shown.every((s, i) => signs[i] === 0 || s.label.startsWith('own '))) continue;
    const weight = new Map<string, number>();
    shown.forEach((s, i) => {
      const sign = signs[i] as number;
      if (sign === 0) return;
      for (const p of s.group) weight.set(p, (weight.get(p) ?? 0) + sign);
    });
    const people = [...weight].filter(([p, w]) => w !== 0 && !known.has(p)).map(([p]) => p);
    if (people.length > 0 && people.length < threshold) {
      found.push({
        reader,
        measure,
        people,
        combination: shown.flatMap((s, i) =>
          signs[i] === 0 ? [] : [`${signs[i] === 1 ? '+' : '-'}${s.label}`],
        ),
      });
      if (found.length > 3) return found;
    }
  }
  return found;
}
