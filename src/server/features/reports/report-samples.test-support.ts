import {
  type ActivityMeasure,
  activityMeasures,
  type CycleReport,
  type FunnelStage,
  funnelStages,
  type HiddenReason,
  type OutcomeMeasure,
  outcomeMeasures,
  outcomeShares,
  type ReportCell,
  type ReportQuestionCell,
} from '../../../shared/contract/reports.ts';

// Sample reports for the PDF's tests and anyone else who needs a filled `CycleReport`, with hidden
// figures of both reasons. The figures are made up but consistent enough to read: the programme's
// column is the sum of the organisations'.
//
// `keepHiddenValues` breaks the contract on purpose: a hidden cell then keeps a tell-tale value
// (counts 9001, 9002, …; means 9.87) instead of null, so a test can show a renderer prints the
// hidden wording whatever a hidden cell holds.

export interface SampleOptions {
  /** How many organisations take part (1–50); 3 unless given. */
  organisations?: number;
  keepHiddenValues?: boolean;
}

/** The first names are the ones tests look for; later ones are numbered and never contain another. */
export const sampleOrganisationNames = [
  'Müller & Söhne GmbH',
  'Straßenbau AG',
  'Öko-Institut Überlingen e. V.',
];

const THRESHOLD = 5;

function organisationName(index: number): string {
  return sampleOrganisationNames[index] ?? `Verbundpartner ${String(index + 1).padStart(2, '0')} GmbH`;
}

function uuid(kind: number, index: number): string {
  return `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
}

/** Builds cells, counting canaries so each hidden cell's kept value differs. */
function cellMaker(keepHiddenValues: boolean) {
  let canary = 9000;
  const cell = (n: number, value: number, hidden: HiddenReason | null = null): ReportCell => {
    if (!hidden) return { n, value, hidden: null };
    canary += 1;
    return keepHiddenValues ? { n: canary + 100, value: canary, hidden } : { n: null, value: null, hidden };
  };
  const mean = (n: number, value: number, hidden: HiddenReason | null = null): ReportCell =>
    hidden && keepHiddenValues ? { n: 9100, value: 9.87, hidden } : cell(n, value, hidden);
  const question = (
    n: number,
    figures: { mean?: number; counts?: number[] },
    hidden: HiddenReason | null = null,
  ): ReportQuestionCell => {
    if (!hidden) return { n, mean: figures.mean ?? null, counts: figures.counts ?? null, hidden: null };
    canary += 1;
    return keepHiddenValues
      ? {
          n: canary,
          mean: figures.mean === undefined ? null : 9.87,
          counts: figures.counts?.map(() => canary) ?? null,
          hidden,
        }
      : { n: null, mean: null, counts: null, hidden };
  };
  return { cell, mean, question };
}

/** What one organisation's people did, before anything is hidden. */
interface OrganisationFigures {
  mentees: number[];
  mentors: number[];
  tandems: number;
  agreementsSigned: number;
  firstMeeting: number;
  meetingsHeld: number;
  meetingsExpected: number;
  /** Mentees who answered the follow-up survey, and how many said yes per share measure. */
  respondents: number;
  yes: Record<string, number>;
  menteeValue: number;
  mentorValue: number;
  /** Why this organisation's figures are hidden, if they are. */
  hideMentors: HiddenReason | null;
  hideTandems: HiddenReason | null;
}

const stageShares = [1, 0.95, 0.9, 0.9, 0.85, 0.75, 0.7, 0.6, 0.55, 0.5];

function organisationFigures(index: number, withTandems: boolean): OrganisationFigures {
  const nominatedMentees = index === 0 ? 12 : index === 2 ? 5 : 6 + ((index * 5) % 11);
  const nominatedMentors = index === 2 ? 3 : 5 + ((index * 3) % 9);
  const funnel = (nominated: number) =>
    stageShares.map((share, stage) => (withTandems || stage < 2 ? Math.floor(nominated * share) : 0));
  const mentees = funnel(nominatedMentees);
  const tandems = mentees[4] ?? 0;
  // Every mentee in a tandem answered the follow-up survey: the shown groups stay at 5 or more.
  const respondents = tandems;
  return {
    mentees,
    mentors: funnel(nominatedMentors),
    tandems: withTandems ? tandems : 0,
    agreementsSigned: withTandems ? Math.floor(tandems * 0.8) : 0,
    firstMeeting: withTandems ? Math.floor(tandems * 0.9) : 0,
    meetingsHeld: withTandems ? tandems * 4 + (index % 3) : 0,
    meetingsExpected: withTandems ? tandems * 5 : 0,
    respondents,
    yes: {
      career_step: Math.round(respondents * 0.6),
      promoted: Math.round(respondents * 0.25),
      leadership_responsibility: Math.round(respondents * 0.4),
      new_role: Math.round(respondents * 0.3),
      still_with_employer: Math.round(respondents * 0.9),
    },
    menteeValue: index === 0 ? 3.8 : 3.6 + (index % 5) / 10,
    mentorValue: 4 + (index % 4) / 10,
    // The third organisation is small: its mentors, tandems and answers are fewer than 5 people,
    // and the second's are hidden with them, as the programme's total would give them away.
    hideMentors: index === 2 ? 'small_group' : index === 1 ? 'complementary' : null,
    hideTandems: index === 2 ? 'small_group' : index === 1 ? 'complementary' : null,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function build(options: SampleOptions & { withTandems: boolean; withSurveys: boolean }): CycleReport {
  const count = Math.min(Math.max(options.organisations ?? 3, 1), 50);
  const { cell, mean, question } = cellMaker(options.keepHiddenValues ?? false);
  const figures = Array.from({ length: count }, (_, i) => organisationFigures(i, options.withTandems));
  // With fewer than three organisations nobody is small, and nothing needs hiding.
  const hidesAny = count >= 3;
  const hideMentors = (f: OrganisationFigures) => (hidesAny ? f.hideMentors : null);
  const hideTandems = (f: OrganisationFigures) => (hidesAny ? f.hideTandems : null);

  const stageRow = (role: 'mentees' | 'mentors', stage: FunnelStage, position: number) => {
    const of = (f: OrganisationFigures) => f[role][position] ?? 0;
    const nominated = (f: OrganisationFigures) => f[role][0] ?? 0;
    const total = sum(figures.map(of));
    return {
      stage,
      programme: cell(sum(figures.map(nominated)), total),
      organisations: figures.map((f) =>
        cell(nominated(f), of(f), role === 'mentors' ? hideMentors(f) : null),
      ),
    };
  };

  const activityOf: Record<ActivityMeasure, (f: OrganisationFigures) => number> = {
    agreements_signed: (f) => f.agreementsSigned,
    first_meeting: (f) => f.firstMeeting,
    meetings_held: (f) => f.meetingsHeld,
    meetings_expected: (f) => f.meetingsExpected,
  };
  const tandems = sum(figures.map((f) => f.tandems));

  const outcomeOf = (measure: OutcomeMeasure, f: OrganisationFigures): number =>
    measure === 'mentee_value'
      ? f.menteeValue
      : measure === 'mentor_value'
        ? f.mentorValue
        : (f.yes[measure] ?? 0);
  const respondents = sum(figures.map((f) => f.respondents));
  const outcomeCell = (
    measure: OutcomeMeasure,
    n: number,
    value: number,
    hidden: HiddenReason | null = null,
  ) => (outcomeShares.includes(measure) ? cell(n, value, hidden) : mean(n, value, hidden));
  const programmeOutcome = (measure: OutcomeMeasure): number => {
    if (outcomeShares.includes(measure)) return sum(figures.map((f) => outcomeOf(measure, f)));
    const weighted = sum(figures.map((f) => outcomeOf(measure, f) * f.respondents));
    return respondents === 0 ? 0 : Math.round((weighted / respondents) * 100) / 100;
  };
  // By gender, across the programme: women and men are shown, the two small groups hidden.
  const women = Math.round(respondents * 0.55);
  const nonBinary = Math.min(2, respondents);
  const undisclosed = Math.min(3, respondents - nonBinary);
  const men = Math.max(respondents - women - nonBinary - undisclosed, 0);
  const genderCell = (measure: OutcomeMeasure, n: number, hidden: HiddenReason | null) => {
    const total = programmeOutcome(measure);
    const value = outcomeShares.includes(measure)
      ? Math.round((total * n) / Math.max(respondents, 1))
      : total;
    return outcomeCell(measure, n, value, hidden);
  };

  const scale = (f: OrganisationFigures, i: number) => ({
    n: f.respondents + 1,
    mean: i === 0 ? 4.2 : 3.5 + (i % 4) / 10,
  });
  const choiceCounts = (f: OrganisationFigures) => {
    const n = f.respondents + 1;
    const often = Math.ceil(n / 2);
    const monthly = Math.floor((n - often) / 2);
    return [often, monthly, n - often - monthly, 0];
  };
  const surveyAnswers = sum(figures.map((f) => f.respondents + 1));

  return {
    kind: 'programme',
    cycle: { id: uuid(1, 1), name: 'Mentoring 2027', startsOn: '2027-03-01', endsOn: '2028-02-29' },
    organisation: null,
    generatedAt: '2028-01-15T09:30:00.000Z',
    threshold: THRESHOLD,
    organisations: figures.map((_, i) => ({ id: uuid(2, i + 1), name: organisationName(i) })),
    participation: {
      mentee: funnelStages.map((stage, position) => stageRow('mentees', stage, position)),
      mentor: funnelStages.map((stage, position) => stageRow('mentors', stage, position)),
    },
    activity: activityMeasures.map((measure) => ({
      measure,
      programme: cell(tandems, sum(figures.map(activityOf[measure]))),
      organisations: figures.map((f) => cell(f.tandems, activityOf[measure](f), hideTandems(f))),
    })),
    surveys: options.withSurveys
      ? [
          {
            surveyId: uuid(3, 1),
            kind: 'final',
            role: 'mentee',
            title: 'Final survey for mentees',
            questions: [
              {
                id: 'usefulness',
                text: 'How useful were the meetings for you?',
                type: 'scale',
                options: null,
                programme: question(surveyAnswers, { mean: 3.8 }),
                organisations: figures.map((f, i) =>
                  question(scale(f, i).n, { mean: scale(f, i).mean }, hideTandems(f)),
                ),
              },
              {
                id: 'meeting_frequency',
                text: 'How often did you meet?',
                type: 'choice',
                options: ['Every two weeks', 'Once a month', 'Less than monthly', 'We have not met yet'],
                programme: question(surveyAnswers, {
                  counts: [0, 1, 2, 3].map((k) => sum(figures.map((f) => choiceCounts(f)[k] ?? 0))),
                }),
                organisations: figures.map((f) =>
                  question(f.respondents + 1, { counts: choiceCounts(f) }, hideTandems(f)),
                ),
              },
              {
                id: 'change',
                text: 'What would you change about the programme?',
                type: 'text',
                options: null,
                programme: question(Math.floor(surveyAnswers / 2), {}),
                organisations: figures.map((f) =>
                  question(Math.floor((f.respondents + 1) / 2), {}, hideTandems(f)),
                ),
              },
            ],
          },
        ]
      : [],
    events: options.withTandems
      ? [
          {
            eventId: uuid(9, 1),
            title: 'Kick-off',
            startsAt: '2027-03-01T15:00:00.000Z',
            programme: cell(
              sum(figures.map((f) => f.tandems)),
              sum(figures.map((f) => Math.max(0, f.tandems - 1))),
            ),
            organisations: figures.map((f) =>
              cell(f.tandems, Math.max(0, f.tandems - 1), hideTandems(f) ?? hideMentors(f)),
            ),
          },
        ]
      : [],
    outcomes: options.withSurveys
      ? outcomeMeasures.map((measure) => ({
          measure,
          programme: outcomeCell(measure, respondents, programmeOutcome(measure)),
          organisations: figures.map((f) =>
            outcomeCell(measure, f.respondents, outcomeOf(measure, f), hideTandems(f)),
          ),
          genders: {
            female: genderCell(measure, women, null),
            male: genderCell(measure, men, measure === 'promoted' ? 'complementary' : null),
            non_binary: genderCell(measure, nonBinary, 'small_group'),
            undisclosed: genderCell(measure, undisclosed, 'small_group'),
          },
        }))
      : [],
  };
}

/** The programme's report: every organisation's column, with hidden figures of both reasons. */
export function sampleProgrammeReport(options: SampleOptions = {}): CycleReport {
  return build({ ...options, withTandems: true, withSurveys: true });
}

/** A cycle just started: people nominated, no tandems, no closed survey, no outcomes. */
export function sampleEmptyReport(options: SampleOptions = {}): CycleReport {
  return build({ ...options, withTandems: false, withSurveys: false });
}

/** An organisation's report: its column of the programme's report (the first organisation's unless told). */
export function sampleOrganisationReport(
  options: SampleOptions & { organisationIndex?: number } = {},
): CycleReport {
  return organisationReportOf(sampleProgrammeReport(options), options.organisationIndex ?? 0);
}

/** Cuts an organisation's report out of the programme's, as the service does. */
export function organisationReportOf(programme: CycleReport, index: number): CycleReport {
  const organisation = programme.organisations[index];
  if (!organisation) throw new Error(`The sample has no organisation ${index}`);
  const pick = <T extends { organisations: unknown[] }>(row: T): T => ({
    ...row,
    organisations: row.organisations.slice(index, index + 1),
  });
  return {
    ...programme,
    kind: 'organisation',
    organisation,
    organisations: [organisation],
    participation: {
      mentee: programme.participation.mentee.map(pick),
      mentor: programme.participation.mentor.map(pick),
    },
    activity: programme.activity.map(pick),
    surveys: programme.surveys.map((s) => ({ ...s, questions: s.questions.map(pick) })),
    events: programme.events.map(pick),
    outcomes: programme.outcomes.map(pick),
  };
}
