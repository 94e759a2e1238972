import type { ReportFacts } from '../../src/core/reporting/cycle-report.ts';
import type { Gender } from '../../src/shared/contract/participants.ts';
import type { CycleReport, ReportCell, ReportQuestionCell } from '../../src/shared/contract/reports.ts';

// An auditor of reports written apart from the report builder: it works out from the facts which
// people each shown figure is about, then tries every sum and difference of figures of one
// measure (each added, subtracted or left out) and reports any that is about 1 to threshold − 1
// people. It does so once more for each organisation's contact, who also knows their own
// organisation's figure, hidden or not; a sum about their own people alone is no news to them.
// Exponential in the figures per measure: for small programmes in tests.

export interface Exposure {
  measure: string;
  /** The people a combination of shown figures is about. */
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

export function auditReport(facts: ReportFacts, report: CycleReport): Exposure[] {
  const byMeasure = new Map<string, Shown[]>();
  /** Each organisation's own figure per measure, shown or hidden: its contact knows it. */
  const own = new Map<string, Map<string, Shown>>();
  const publish = (
    measure: string,
    label: string,
    cell: ReportCell | ReportQuestionCell,
    group: string[],
  ) => {
    if (label !== 'programme' && !label.startsWith('gender:')) {
      own.set(
        measure,
        (own.get(measure) ?? new Map()).set(label, { label: `own ${label}`, group: new Set(group) }),
      );
    }
    if (cell.hidden !== null) return;
    if (cell.n !== group.length)
      throw new Error(`${measure} ${label}: n ${cell.n} but the group has ${group.length}`);
    if (group.length === 0) return;
    byMeasure.set(measure, [...(byMeasure.get(measure) ?? []), { label, group: new Set(group) }]);
  };
  const orgOf = new Map(facts.participants.map((p) => [p.id, p.organisationId]));
  const genderOf = new Map(facts.participants.map((p) => [p.id, p.gender]));
  const columns = (
    measure: string,
    row: { programme: ReportCell | ReportQuestionCell; organisations: (ReportCell | ReportQuestionCell)[] },
    everyone: string[],
    organisationOf: (id: string) => string | undefined,
  ) => {
    publish(measure, 'programme', row.programme, everyone);
    report.organisations.forEach((o, i) => {
      const cell = row.organisations[i];
      if (cell)
        publish(
          measure,
          o.id,
          cell,
          everyone.filter((id) => organisationOf(id) === o.id),
        );
    });
  };

  for (const role of ['mentee', 'mentor'] as const) {
    const people = facts.participants.filter((p) => p.role === role).map((p) => p.id);
    for (const row of report.participation[role])
      columns(`participation:${role}:${row.stage}`, row, people, (id) => orgOf.get(id));
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
      const answered = (facet?.responses ?? [])
        .filter((r) => {
          const a = r.answers[q.id];
          return a !== undefined && a !== null && a !== '';
        })
        .map((r) => r.participantId);
      columns(`survey:${s.surveyId}:${q.id}`, q, answered, (id) => orgOf.get(id));
    }
  }
  for (const row of report.outcomes) {
    const answered = outcomeRespondents(facts, row.measure);
    columns(`outcome:${row.measure}`, row, answered, (id) => orgOf.get(id));
    for (const g of Object.keys(row.genders) as Gender[])
      publish(
        `outcome:${row.measure}`,
        `gender:${g}`,
        row.genders[g],
        answered.filter((id) => genderOf.get(id) === g),
      );
  }

  const exposures: Exposure[] = [];
  const seen = new Set<string>();
  for (const measure of new Set([...byMeasure.keys(), ...own.keys()])) {
    const shown = byMeasure.get(measure) ?? [];
    for (const reader of [null, ...report.organisations.map((o) => o.id)]) {
      const known = reader ? own.get(measure)?.get(reader) : undefined;
      const figures = known && known.group.size > 0 ? [...shown, known] : shown;
      // Measures with the same groups give the same sums: check one of them.
      const signature = `${reader}:${figures
        .map((s) => [...s.group].sort().join(','))
        .sort()
        .join('|')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      exposures.push(...combinations(measure, figures, facts.threshold, reader, known?.group ?? new Set()));
    }
  }
  return exposures;
}

function outcomeRespondents(facts: ReportFacts, measure: string): string[] {
  const questions: Record<string, [string, string[]]> = {
    career_step: ['mentee', ['promoted', 'leadership_responsibility', 'new_role']],
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
  return survey.responses
    .filter((r) =>
      ids.some((q) => {
        const a = r.answers[q];
        return a !== undefined && a !== null && a !== '';
      }),
    )
    .map((r) => r.participantId);
}

function combinations(
  measure: string,
  shown: Shown[],
  threshold: number,
  reader: string | null,
  ownPeople: Set<string>,
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
    const weight = new Map<string, number>();
    shown.forEach((s, i) => {
      const sign = signs[i] as number;
      if (sign === 0) return;
      for (const p of s.group) weight.set(p, (weight.get(p) ?? 0) + sign);
    });
    const people = [...weight].filter(([, w]) => w !== 0).map(([p]) => p);
    if (people.length > 0 && people.length < threshold && people.some((p) => !ownPeople.has(p))) {
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
