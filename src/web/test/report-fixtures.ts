import { genders } from '../../shared/contract/participants.ts';
import {
  activityMeasures,
  type CycleReport,
  type Dashboard,
  type Funnel,
  funnelStages,
  outcomeMeasures,
  type ReportCell,
} from '../../shared/contract/reports.ts';
import { ids } from './fixtures.ts';

// Contract-shaped dashboards and reports for the report pages' tests.

export const tandemIds = {
  quiet: '00000000-0000-4000-8000-0000000000f7',
  unsigned: '00000000-0000-4000-8000-0000000000f8',
};

/** A funnel whose mentees and mentors thin out step by step from `mentees` and `mentors`. */
export function funnelFrom(mentees: number, mentors: number): Funnel {
  return funnelStages.map((stage, i) => ({
    stage,
    mentees: Math.max(0, mentees - i),
    mentors: Math.max(0, mentors - i),
  }));
}

/** The coordinator's dashboard of Leadership 2025: Acme and Globex, two tandems needing a word. */
export function programmeDashboard(): Dashboard {
  return {
    cycle: {
      id: ids.cycle2025,
      name: 'Leadership 2025',
      status: 'running',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    },
    scope: 'programme',
    funnel: funnelFrom(23, 17),
    organisations: [
      {
        organisation: { id: ids.acme, name: 'Acme' },
        funnel: funnelFrom(14, 6),
        mentorsGiven: 4,
        menteesReceived: 9,
      },
      {
        organisation: { id: ids.globex, name: 'Globex' },
        funnel: funnelFrom(9, 11),
        mentorsGiven: 9,
        menteesReceived: 4,
      },
    ],
    meetingsPerMonth: [
      { month: '2025-01', held: 0 },
      { month: '2025-02', held: 12 },
      { month: '2025-03', held: 31 },
    ],
    meetingsPerMonthHidden: false,
    attention: [
      {
        tandemId: tandemIds.quiet,
        mentee: { name: 'Ada Lovelace', organisationName: 'Acme' },
        mentor: { name: 'Bea Mentor', organisationName: 'Globex' },
        reasons: ['inactive', 'overdue'],
        daysSinceActivity: 58,
        publishedAt: '2025-02-01T09:00:00.000Z',
      },
      {
        tandemId: tandemIds.unsigned,
        mentee: { name: 'Carl Friedrich', organisationName: 'Globex' },
        mentor: { name: 'Dora Mentor', organisationName: 'Acme' },
        reasons: ['agreement_unsigned'],
        daysSinceActivity: null,
        publishedAt: '2025-02-01T09:00:00.000Z',
      },
    ],
    events: [
      {
        id: '00000000-0000-4000-8000-0000000000e1',
        title: 'Kick-off',
        startsAt: '2025-01-20T15:00:00.000Z',
        endsAt: '2025-01-20T18:00:00.000Z',
        timeZone: 'Europe/Berlin',
        registered: 18,
        waiting: 2,
        attended: 15,
        unmarked: 0,
      },
    ],
    todos: null,
  };
}

/** Acme's contact's dashboard of the same cycle, with their open work. */
export function organisationDashboard(todos: Dashboard['todos'] = defaultTodos): Dashboard {
  const programme = programmeDashboard();
  return {
    ...programme,
    scope: 'organisation',
    funnel: programme.organisations[0]!.funnel,
    organisations: [programme.organisations[0]!],
    attention: [programme.attention[0]!],
    todos,
  };
}

const defaultTodos = {
  proposalsToApprove: 2,
  profilesUnfinished: 1,
  invitationsUnanswered: 0,
  tandemsNeedingAttention: 3,
};

export const shown = (value: number, n: number | null = null): ReportCell => ({ n, value, hidden: null });
/** A hidden cell; `value` is what a careless server might still send, which the page must not show. */
export const hiddenCell = (
  hidden: ReportCell['hidden'] = 'small_group',
  value: number | null = null,
): ReportCell => ({ n: null, value, hidden });

/** The programme's report: Acme's column hides its small groups, Globex's shows them. */
export function programmeReport(): CycleReport {
  const participation = (base: number) =>
    funnelStages.map((stage, i) => ({
      stage,
      programme: shown(base - i),
      organisations: [i >= 6 ? hiddenCell('small_group', 3) : shown(base - 10 - i), shown(10)],
    }));
  return {
    kind: 'programme',
    cycle: { id: ids.cycle2025, name: 'Leadership 2025', startsOn: '2025-01-01', endsOn: '2025-12-31' },
    organisation: null,
    generatedAt: '2025-04-01T08:00:00.000Z',
    threshold: 5,
    organisations: [
      { id: ids.acme, name: 'Acme' },
      { id: ids.globex, name: 'Globex' },
    ],
    participation: { mentee: participation(23), mentor: participation(21) },
    activity: activityMeasures.map((measure) => ({
      measure,
      programme: measure === 'meetings_held' ? shown(43) : shown(15, 18),
      organisations: [hiddenCell('complementary', 2), shown(12, 14)],
    })),
    surveys: [
      {
        surveyId: '00000000-0000-4000-8000-0000000000b1',
        kind: 'midterm',
        role: 'mentee',
        title: 'Mid-term survey for mentees',
        questions: [
          {
            id: 'value',
            text: 'How valuable is your tandem so far?',
            type: 'scale',
            options: null,
            programme: { n: 17, mean: 4.24, counts: [0, 1, 2, 6, 8], hidden: null },
            organisations: [
              { n: null, mean: null, counts: null, hidden: 'small_group' },
              { n: 13, mean: 4.1, counts: [0, 1, 2, 4, 6], hidden: null },
            ],
          },
        ],
      },
    ],
    events: [
      {
        eventId: '00000000-0000-4000-8000-0000000000e1',
        title: 'Kick-off',
        startsAt: '2025-01-20T15:00:00.000Z',
        programme: shown(15, 18),
        organisations: [hiddenCell(), shown(9, 11)],
      },
    ],
    outcomes: outcomeMeasures.map((measure) => ({
      measure,
      programme: measure.endsWith('_value') ? shown(4.3, 12) : shown(6, 12),
      organisations: [hiddenCell(), shown(5, 8)],
      genders: Object.fromEntries(
        genders.map((g) => [g, g === 'female' ? shown(4, 7) : hiddenCell()]),
      ) as CycleReport['outcomes'][number]['genders'],
    })),
  };
}

/** Acme's report: its column beside the programme's. */
export function acmeReport(): CycleReport {
  const programme = programmeReport();
  const first = <T extends { organisations: unknown[] }>(row: T): T => ({
    ...row,
    organisations: row.organisations.slice(0, 1),
  });
  return {
    ...programme,
    kind: 'organisation',
    organisation: { id: ids.acme, name: 'Acme' },
    organisations: [{ id: ids.acme, name: 'Acme' }],
    participation: {
      mentee: programme.participation.mentee.map(first),
      mentor: programme.participation.mentor.map(first),
    },
    activity: programme.activity.map(first),
    surveys: programme.surveys.map((s) => ({ ...s, questions: s.questions.map(first) })),
    events: programme.events.map(first),
    outcomes: programme.outcomes.map(first),
  };
}

/** A report of a cycle nobody takes part in yet. */
export function emptyReport(): CycleReport {
  const zero = funnelStages.map((stage) => ({ stage, programme: shown(0), organisations: [shown(0)] }));
  return {
    ...acmeReport(),
    participation: { mentee: zero, mentor: zero },
    activity: activityMeasures.map((measure) => ({
      measure,
      programme: shown(0),
      organisations: [shown(0)],
    })),
    surveys: [],
    events: [],
    outcomes: [],
  };
}
