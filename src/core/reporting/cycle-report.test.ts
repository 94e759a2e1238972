import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../../test/reporting/disclosure-audit.ts';
import type { Gender } from '../../shared/contract/participants.ts';
import { type FunnelStage, funnelStages } from '../../shared/contract/reports.ts';
import type { SurveyQuestion } from '../../shared/contract/surveys.ts';
import { buildProgrammeReport, organisationSlice, type ReportFacts } from './cycle-report.ts';

const yesNo = ['Yes', 'No', 'Not yet'];
const followUpQuestions: SurveyQuestion[] = [
  { id: 'promoted', type: 'choice', text: 'Promoted?', required: false, options: yesNo },
  {
    id: 'leadership_responsibility',
    type: 'choice',
    text: 'More leadership?',
    required: false,
    options: yesNo,
  },
  { id: 'new_role', type: 'choice', text: 'New role?', required: false, options: yesNo },
  { id: 'tandem_value', type: 'scale', text: 'Value?', required: false },
];

interface PersonSpec {
  organisation: number;
  role: 'mentee' | 'mentor';
  gender: Gender;
  /** How far along the funnel: stages up to this index. */
  reached: number;
  /** null: did not answer the follow-up; else an answer per question (null skips it). */
  answers: (number | null)[] | null;
}

function factsOf(organisationCount: number, people: PersonSpec[]): ReportFacts {
  const organisations = Array.from({ length: organisationCount }, (_, i) => ({
    id: `o${i}`,
    name: `Org ${i}`,
  }));
  const participants = people.map((p, i) => ({
    id: `p${i}`,
    role: p.role,
    organisationId: `o${p.organisation % organisationCount}`,
    gender: p.gender,
    stages: new Set<FunnelStage>(funnelStages.slice(0, p.reached + 1)),
  }));
  // Each mentee in a tandem gets a mentor in a tandem, in turn, preferably of another
  // organisation: contacts then know tandems and people of other organisations.
  const mentors = participants.filter((p) => p.role === 'mentor' && p.stages.has('published'));
  const tandems = participants
    .filter((p) => p.role === 'mentee' && p.stages.has('published'))
    .flatMap((p, i) => {
      const others = mentors.filter((m) => m.organisationId !== p.organisationId);
      const pool = others.length > 0 ? others : mentors;
      const mentor = pool[i % Math.max(pool.length, 1)];
      if (!mentor) return [];
      return [
        {
          id: `t${i}`,
          menteeId: p.id,
          mentorId: mentor.id,
          menteeOrganisationId: p.organisationId,
          mentorOrganisationId: mentor.organisationId,
          agreementSigned: p.stages.has('agreement_signed'),
          meetingsHeld: p.stages.has('first_meeting') ? 1 + (i % 4) : 0,
          meetingsExpected: 4,
        },
      ];
    });
  const responses = people.flatMap((p, i) =>
    p.role === 'mentee' && p.answers
      ? [
          {
            participantId: `p${i}`,
            answers: Object.fromEntries(
              followUpQuestions.flatMap((q, k) => {
                const a = p.answers?.[k] ?? null;
                if (a === null) return [];
                return [[q.id, q.type === 'scale' ? a : (yesNo[a % 3] as string)]];
              }),
            ),
          },
        ]
      : [],
  );
  return {
    kind: 'programme',
    cycle: {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'C',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    },
    generatedAt: '2027-07-01T00:00:00.000Z',
    threshold: 5,
    organisations,
    participants,
    tandems,
    // Two events: registrations and attendance follow the people's places in the list.
    events: [
      {
        id: 'e1',
        title: 'Kick-off',
        startsAt: '2026-01-15T15:00:00.000Z',
        registrations: participants
          .filter((_, i) => i % 2 === 0)
          .map((p, i) => ({ participantId: p.id, attended: i % 3 !== 0 })),
      },
      {
        id: 'e2',
        title: 'Mid-term meeting',
        startsAt: '2026-07-01T15:00:00.000Z',
        registrations: participants
          .filter((_, i) => i % 3 === 1)
          .map((p, i) => ({ participantId: p.id, attended: i % 2 === 0 })),
      },
    ],
    surveys: [
      {
        id: 's1',
        kind: 'follow_up',
        role: 'mentee',
        title: 'Follow-up',
        questions: followUpQuestions,
        responses,
      },
    ],
  };
}

const answer = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
const person = (organisations: number) =>
  fc.record({
    organisation: fc.integer({ min: 0, max: organisations - 1 }),
    role: fc.constantFrom<'mentee' | 'mentor'>('mentee', 'mentee', 'mentor'),
    // Skewed, so some organisations and genders are small and others large.
    gender: fc.constantFrom<Gender>(
      'female',
      'female',
      'female',
      'male',
      'male',
      'non_binary',
      'undisclosed',
    ),
    reached: fc.integer({ min: 0, max: funnelStages.length - 1 }),
    answers: fc.option(fc.array(answer, { minLength: 4, maxLength: 4 }), { nil: null, freq: 3 }),
  });
// Some organisations send only women or only men: the organisation-by-gender table then has
// empty cells, where differences of its row and column sums single people out.
const programme = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(person(n), { minLength: 0, maxLength: 50, size: 'max' }),
      fc.array(fc.constantFrom<Gender | null>(null, 'female', 'male'), { minLength: n, maxLength: n }),
    ),
  )
  .map(
    ([n, people, only]) =>
      [n, people.map((p) => ({ ...p, gender: only[p.organisation] ?? p.gender }))] as const,
  );

describe('the programme report', () => {
  it('exposes no figure about fewer than 5 people, directly or by adding and subtracting figures published together', () => {
    fc.assert(
      fc.property(programme, ([organisations, people]) => {
        const facts = factsOf(organisations, people);
        const report = buildProgrammeReport(facts);
        expect(auditReport(facts, report)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('hides a small organisation, and others so that no contact can work it out from the total and their own figure', () => {
    // Org 0: 10 mentees, org 1: 6, org 2: 3.
    const people: PersonSpec[] = [
      ...Array.from({ length: 10 }, () => spec(0)),
      ...Array.from({ length: 6 }, () => spec(1)),
      ...Array.from({ length: 3 }, () => spec(2)),
    ];
    const report = buildProgrammeReport(factsOf(3, people));
    const nominated = report.participation.mentee[0];
    expect(nominated?.programme).toEqual({ n: 19, value: 19, hidden: null });
    // Org 1 hidden, org 0 shown: the total less org 0 is orgs 1 and 2 (9 people), but org 1's
    // contact knows their own 6, which leaves org 2's 3. So org 0 is hidden as well.
    expect(nominated?.organisations).toEqual([
      { n: null, value: null, hidden: 'complementary' },
      { n: null, value: null, hidden: 'complementary' },
      { n: null, value: null, hidden: 'small_group' },
    ]);
  });

  it('counts a tandem’s stages among the people in a tandem, so 3 signed of 4 in a tandem is hidden', () => {
    // Org 0: 10 mentees all the way; org 1: 7 mentees, 4 of them in a tandem, 3 of those signed.
    const people: PersonSpec[] = [
      ...Array.from({ length: 10 }, () => spec(0)),
      ...Array.from({ length: 3 }, () => ({ ...spec(1), reached: funnelStages.indexOf('approved') })),
      { ...spec(1), reached: funnelStages.indexOf('published') },
      ...Array.from({ length: 3 }, () => spec(1)),
      ...Array.from({ length: 12 }, () => ({ ...spec(0), role: 'mentor' as const })),
    ];
    const facts = factsOf(2, people);
    const report = buildProgrammeReport(facts);
    expect(auditReport(facts, report)).toEqual([]);
    const stage = (name: string) => report.participation.mentee.find((r) => r.stage === name);
    expect(stage('agreement_signed')?.organisations[1]).toEqual({
      n: null,
      value: null,
      hidden: 'small_group',
    });
    const signed = report.activity.find((r) => r.measure === 'agreements_signed');
    expect(signed?.organisations[1]?.hidden).toBe('small_group');
  });

  it('shows organisations whose figures give away nobody, even to another organisation’s contact', () => {
    // Org 0: 10 mentees, org 1: 6, org 2: 7.
    const people: PersonSpec[] = [
      ...Array.from({ length: 10 }, () => spec(0)),
      ...Array.from({ length: 6 }, () => spec(1)),
      ...Array.from({ length: 7 }, () => spec(2)),
    ];
    const nominated = buildProgrammeReport(factsOf(3, people)).participation.mentee[0];
    expect(nominated?.organisations.map((c) => c.n)).toEqual([10, 6, 7]);
  });

  it('hides women when an organisation whose respondents are all women would leave fewer than 5 other women', () => {
    const women = (organisation: number, count: number) =>
      Array.from({ length: count }, () => ({
        ...spec(organisation),
        gender: 'female' as Gender,
        answers: [0, 1, 1, 4],
      }));
    const men = (organisation: number, count: number) =>
      Array.from({ length: count }, () => ({
        ...spec(organisation),
        gender: 'male' as Gender,
        answers: [1, 1, 1, 3],
      }));
    // Org 0 answers: 6 women. Org 1: 2 women and 6 men. Women in all: 8.
    const facts = factsOf(2, [...women(0, 6), ...women(1, 2), ...men(1, 6)]);
    const report = buildProgrammeReport(facts);
    expect(auditReport(facts, report)).toEqual([]);
    const career = report.outcomes.find((o) => o.measure === 'career_step');
    expect(career?.organisations[0]?.hidden === null && career?.genders.female.hidden === null).toBe(false);
    expect(career?.programme).toEqual({ n: 14, value: 8, hidden: null });
  });

  it('gives each organisation its own column of the programme report and nothing of the others', () => {
    const people = [...Array.from({ length: 7 }, () => spec(0)), ...Array.from({ length: 8 }, () => spec(1))];
    const report = buildProgrammeReport(factsOf(2, people));
    const own = organisationSlice(report, 'o1');
    expect(own.kind).toBe('organisation');
    expect(own.organisation).toEqual({ id: 'o1', name: 'Org 1' });
    expect(own.organisations).toEqual([{ id: 'o1', name: 'Org 1' }]);
    expect(own.participation.mentee[0]?.organisations).toEqual([
      report.participation.mentee[0]?.organisations[1],
    ]);
    expect(own.participation.mentee[0]?.programme).toEqual(report.participation.mentee[0]?.programme);
    expect(JSON.stringify(own)).not.toContain('Org 0');
  });

  it('counts a career step as yes to promotion, more leadership or a new role, among those who answered any', () => {
    const people: PersonSpec[] = [
      { ...spec(0), answers: [0, 1, 1, 5] }, // promoted
      { ...spec(0), answers: [1, 0, null, 4] }, // more leadership
      { ...spec(0), answers: [null, null, 0, null] }, // a new role
      { ...spec(0), answers: [1, 1, 1, 2] }, // none
      { ...spec(0), answers: [2, 2, 2, 3] }, // not yet
      { ...spec(0), answers: [null, null, null, 3] }, // answered no career question
    ];
    const report = buildProgrammeReport(factsOf(1, people));
    const outcome = (m: string) => report.outcomes.find((o) => o.measure === m)?.programme;
    expect(outcome('career_step')).toEqual({ n: 5, value: 3, hidden: null });
    expect(outcome('promoted')).toEqual({ n: null, value: null, hidden: 'small_group' });
    expect(outcome('mentee_value')).toEqual({ n: 5, value: 3.4, hidden: null });
    // Not asked in this survey: no row rather than an empty one.
    expect(report.outcomes.some((o) => o.measure === 'still_with_employer')).toBe(false);
  });
});

function spec(organisation: number): PersonSpec {
  return { organisation, role: 'mentee', gender: 'female', reached: funnelStages.length - 1, answers: null };
}
