// The reports benchmark's yardsticks: the same work written plainly, nothing of the app.
// - `plainDashboard`: the dashboard's figures (funnel per organisation and stage, reciprocity,
//   meetings per month, the attention list) from a few SQL queries over the tables, with pg alone.
// - `plainReportPdf`: the consortium report's tables as rows of text in a bare pdfkit document,
//   with the same embedded DejaVu faces, no layout beyond "next line, else next page".

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type pg from 'pg';
import {
  type CycleReport,
  funnelStages,
  type ReportCell,
  type ReportQuestionCell,
} from '../src/shared/contract/reports.ts';

const stages = funnelStages;

// The funnel, counted per organisation and role and for the whole cycle (grouping sets) in one
// statement: each participation's stages from its proposals, tandems, agreements, meetings and
// survey answers.
const funnelSql = `
with tandem_facts as (
  select t.id, t.mentee_id, t.mentor_id, t.dissolved_at,
    coalesce(a.signed, false) as signed,
    coalesce(m.held, 0) as held, m.last_held
  from tandems t
  left join (
    select ag.tandem_id,
      bool_or(ag.mentee_signed_at is not null and ag.mentor_signed_at is not null) as signed
    from agreements ag join tandems tt on tt.id = ag.tandem_id
    where tt.cycle_id = $1
    group by ag.tandem_id
  ) a on a.tandem_id = t.id
  left join (
    select me.tandem_id, count(*) as held, max(me.starts_at) as last_held
    from meetings me join tandems tt on tt.id = me.tandem_id
    where tt.cycle_id = $1 and me.status = 'held'
    group by me.tandem_id
  ) m on m.tandem_id = t.id
  where t.cycle_id = $1
),
by_participant as (
  select participant_id, bool_or(signed) as signed, bool_or(held > 0) as met,
    bool_or(dissolved_at is null and last_held >= $2) as active
  from (
    select mentee_id as participant_id, * from tandem_facts
    union all
    select mentor_id as participant_id, * from tandem_facts
  ) sides
  group by participant_id
),
proposals as (
  select participant_id, bool_or(approval = 'approved') as approved
  from (
    select mentee_id as participant_id, approval from draft_proposals
    where cycle_id = $1 and exists (
      select 1 from cycle_drafts d where d.cycle_id = $1 and d.status in ('in_approval', 'published'))
    union all
    select mentor_id, approval from draft_proposals
    where cycle_id = $1 and exists (
      select 1 from cycle_drafts d where d.cycle_id = $1 and d.status in ('in_approval', 'published'))
  ) sides
  group by participant_id
),
answers as (
  select r.participant_id, bool_or(s.kind = 'midterm') as midterm, bool_or(s.kind = 'final') as final
  from survey_responses r join surveys s on s.id = r.survey_id
  where s.cycle_id = $1
  group by r.participant_id
)
select pe.organisation_id, p.role,
  count(*)::int as nominated,
  count(*) filter (where p.profile_completed_at is not null)::int as profile_finished,
  count(*) filter (where pr.participant_id is not null or bp.participant_id is not null)::int as proposed,
  count(*) filter (where pr.approved or bp.participant_id is not null)::int as approved,
  count(*) filter (where bp.participant_id is not null)::int as published,
  count(*) filter (where bp.signed)::int as agreement_signed,
  count(*) filter (where bp.met)::int as first_meeting,
  count(*) filter (where bp.active)::int as active_recently,
  count(*) filter (where an.midterm)::int as midterm_answered,
  count(*) filter (where an.final)::int as final_answered
from participants p
join people pe on pe.id = p.person_id
left join by_participant bp on bp.participant_id = p.id
left join proposals pr on pr.participant_id = p.id
left join answers an on an.participant_id = p.id
where p.cycle_id = $1
group by grouping sets ((pe.organisation_id, p.role), (p.role))`;

const organisationsSql = `
select o.id, o.name from cycle_organisations co join organisations o on o.id = co.organisation_id
where co.cycle_id = $1 order by o.name, o.id`;

const reciprocitySql = `
select organisation_id, count(distinct given)::int as given, count(distinct received)::int as received
from (
  select mop.organisation_id, t.mentor_id as given, null::uuid as received
  from tandems t join participants mo on mo.id = t.mentor_id join people mop on mop.id = mo.person_id
  where t.cycle_id = $1 and t.dissolved_at is null
  union all
  select mep.organisation_id, null::uuid, t.mentee_id
  from tandems t join participants me on me.id = t.mentee_id join people mep on mep.id = me.person_id
  where t.cycle_id = $1 and t.dissolved_at is null
) sides
group by organisation_id`;

const meetingsPerMonthSql = `
select to_char(m.starts_at at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as held
from meetings m join tandems t on t.id = m.tandem_id
where t.cycle_id = $1 and m.status = 'held'
group by 1 order by 1`;

// Active tandems needing a word: silent for 1.5 (overdue) or 3 (inactive) cadences with nothing
// planned, in a running cycle; or an agreement still unsigned 21 days after publication.
const attentionSql = `
with facts as (
  select t.id, t.published_at, c.status as cycle_status,
    mep.name as mentee_name, meo.name as mentee_organisation,
    mop.name as mentor_name, moo.name as mentor_organisation,
    coalesce(a.cadence_days, c.meeting_cadence_days) as cadence_days,
    coalesce(a.mentee_signed_at is not null and a.mentor_signed_at is not null, false) as signed,
    m.last_held, m.next_planned
  from tandems t
  join cycles c on c.id = t.cycle_id
  join participants me on me.id = t.mentee_id join people mep on mep.id = me.person_id
  join organisations meo on meo.id = mep.organisation_id
  join participants mo on mo.id = t.mentor_id join people mop on mop.id = mo.person_id
  join organisations moo on moo.id = mop.organisation_id
  left join (
    select distinct on (ag.tandem_id) ag.tandem_id, ag.cadence_days, ag.mentee_signed_at, ag.mentor_signed_at
    from agreements ag join tandems tt on tt.id = ag.tandem_id
    where tt.cycle_id = $1
    order by ag.tandem_id, ag.version desc
  ) a on a.tandem_id = t.id
  left join (
    select me.tandem_id,
      max(me.starts_at) filter (where me.status = 'held') as last_held,
      min(me.starts_at) filter (where me.status in ('proposed', 'accepted') and me.starts_at > $2) as next_planned
    from meetings me join tandems tt on tt.id = me.tandem_id
    where tt.cycle_id = $1
    group by me.tandem_id
  ) m on m.tandem_id = t.id
  where t.cycle_id = $1 and t.dissolved_at is null
),
gaps as (
  select *, extract(epoch from ($2::timestamptz - coalesce(last_held, published_at))) / 86400 as days
  from facts
),
flags as (
  select *,
    cycle_status = 'running' and next_planned is null and days >= 3 * cadence_days as inactive,
    cycle_status = 'running' and next_planned is null and days >= 1.5 * cadence_days as overdue,
    not signed and published_at < $3 as unsigned
  from gaps
)
select id, mentee_name, mentee_organisation, mentor_name, mentor_organisation, inactive, overdue, unsigned,
  greatest(0, floor(days))::int as days_since, published_at
from flags
where inactive or overdue or unsigned
order by days_since desc, mentee_name, id`;

export interface PlainDashboard {
  funnel: { stage: string; mentees: number; mentors: number }[];
  organisations: {
    organisation: { id: string; name: string };
    funnel: { stage: string; mentees: number; mentors: number }[];
    mentorsGiven: number;
    menteesReceived: number;
  }[];
  meetingsPerMonth: { month: string; held: number }[];
  attention: {
    tandemId: string;
    mentee: { name: string; organisationName: string };
    mentor: { name: string; organisationName: string };
    reasons: string[];
    daysSinceActivity: number;
    publishedAt: string;
  }[];
}

type FunnelRow = Record<(typeof stages)[number], number> & {
  organisation_id: string | null;
  role: 'mentee' | 'mentor';
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The dashboard's figures for the coordinator, as JSON text (as an answer would carry them). */
export async function plainDashboard(pool: pg.Pool, cycleId: string, now: Date) {
  const recent = new Date(now.getTime() - 42 * DAY_MS);
  const due = new Date(now.getTime() - 21 * DAY_MS);
  const [funnel, organisations, reciprocity, months, attention] = await Promise.all([
    pool.query<FunnelRow>(funnelSql, [cycleId, recent]),
    pool.query<{ id: string; name: string }>(organisationsSql, [cycleId]),
    pool.query<{ organisation_id: string; given: number; received: number }>(reciprocitySql, [cycleId]),
    pool.query<{ month: string; held: number }>(meetingsPerMonthSql, [cycleId]),
    pool.query(attentionSql, [cycleId, now, due]),
  ]);
  const funnelOf = (organisationId: string | null) => {
    const of = (role: string) =>
      funnel.rows.find((r) => r.organisation_id === organisationId && r.role === role);
    return stages.map((stage) => ({
      stage,
      mentees: of('mentee')?.[stage] ?? 0,
      mentors: of('mentor')?.[stage] ?? 0,
    }));
  };
  const sides = new Map(reciprocity.rows.map((r) => [r.organisation_id, r]));
  const dashboard: PlainDashboard = {
    funnel: funnelOf(null),
    organisations: organisations.rows.map((o) => ({
      organisation: o,
      funnel: funnelOf(o.id),
      mentorsGiven: sides.get(o.id)?.given ?? 0,
      menteesReceived: sides.get(o.id)?.received ?? 0,
    })),
    meetingsPerMonth: months.rows,
    attention: attention.rows.map((r) => ({
      tandemId: r.id,
      mentee: { name: r.mentee_name, organisationName: r.mentee_organisation },
      mentor: { name: r.mentor_name, organisationName: r.mentor_organisation },
      reasons: [
        ...(r.inactive ? ['inactive'] : r.overdue ? ['overdue'] : []),
        ...(r.unsigned ? ['agreement_unsigned'] : []),
      ],
      daysSinceActivity: r.days_since,
      publishedAt: r.published_at.toISOString(),
    })),
  };
  return { dashboard, json: JSON.stringify(dashboard) };
}

const packageDir = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const regularFace = join(packageDir, 'ttf', 'DejaVuSans.ttf');
const boldFace = join(packageDir, 'ttf', 'DejaVuSans-Bold.ttf');

function cellText(cell: ReportCell | undefined, share: boolean): string {
  if (!cell) return '–';
  if (cell.hidden) return cell.hidden === 'small_group' ? 'fewer than 5' : 'hidden';
  if (cell.value === null || cell.n === null) return '–';
  if (!share) return String(cell.value);
  const percent = cell.n === 0 ? 0 : Math.round((100 * cell.value) / cell.n);
  return `${cell.value} of ${cell.n} (${percent} %)`;
}

function questionLines(
  question: CycleReport['surveys'][number]['questions'][number],
): { label: string; text: string }[] {
  const cell: ReportQuestionCell = question.programme;
  const shown = (text: () => string) =>
    cell.hidden ? (cell.hidden === 'small_group' ? 'fewer than 5' : 'hidden') : text();
  const answered = { label: 'answered', text: shown(() => String(cell.n ?? '–')) };
  if (question.type === 'scale') return [{ label: 'mean', text: shown(() => String(cell.mean ?? '–')) }];
  if (question.type === 'choice') {
    return [
      ...(question.options ?? []).map((option, k) => ({
        label: option,
        text: shown(() => String(cell.counts?.[k] ?? '–')),
      })),
      answered,
    ];
  }
  return [answered];
}

/** The consortium report's tables as plain text rows: the yardstick for the report's PDF. */
export function plainReportPdf(report: CycleReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, font: regularFace });
  doc.registerFont('bold', boldFace);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = 56;
  const width = doc.page.width - 112;
  const bottom = doc.page.height - 64;
  let y = 56;
  const line = (cells: string[], options: { bold?: boolean; size?: number } = {}) => {
    const size = options.size ?? 8;
    if (y + size * 1.5 > bottom) {
      doc.addPage();
      y = 56;
    }
    doc.font(options.bold ? 'bold' : regularFace).fontSize(size);
    const first = cells.length > 1 ? width * 0.34 : width;
    const rest = cells.length > 1 ? (width - first) / (cells.length - 1) : 0;
    cells.forEach((text, i) => {
      const x = i === 0 ? left : left + first + (i - 1) * rest;
      doc.text(text, x, y, { width: i === 0 ? first : rest, lineBreak: false });
    });
    y += size * 1.5;
  };
  const title = (text: string) => {
    y += 6;
    line([text], { bold: true, size: 12 });
  };
  const find = <R extends { measure?: string; stage?: string }>(rows: R[], key: string) =>
    rows.find((r) => r.measure === key || r.stage === key);
  const shares = new Set([
    'career_step',
    'promoted',
    'leadership_responsibility',
    'new_role',
    'still_with_employer',
  ]);

  line(['Programme report'], { bold: true, size: 20 });
  line([report.cycle.name], { size: 14 });
  line([`${report.cycle.startsOn} – ${report.cycle.endsOn}, counted ${report.generatedAt.slice(0, 10)}`]);
  doc.addPage();
  y = 56;

  title('Summary');
  for (const [label, row] of [
    ['Mentees nominated', find(report.participation.mentee, 'nominated')],
    ['Mentors nominated', find(report.participation.mentor, 'nominated')],
    ['Mentees in a tandem', find(report.participation.mentee, 'published')],
    ['Mentors in a tandem', find(report.participation.mentor, 'published')],
  ] as const) {
    line([label, cellText(row?.programme, false)]);
  }
  const activity = (measure: string) => find(report.activity, measure);
  line(['Agreements signed', cellText(activity('agreements_signed')?.programme, true)]);
  line([
    'Meetings held of expected',
    `${cellText(activity('meetings_held')?.programme, false)} / ${cellText(activity('meetings_expected')?.programme, false)}`,
  ]);

  title('Participation');
  line(['Stage', 'Mentees', 'Mentors'], { bold: true });
  for (const [i, row] of report.participation.mentee.entries()) {
    line([
      row.stage,
      cellText(row.programme, false),
      cellText(report.participation.mentor[i]?.programme, false),
    ]);
  }

  const genders = ['female', 'male', 'non_binary', 'undisclosed'] as const;
  const outcomesByGender = () => {
    line(['Measure', 'Programme', ...genders], { bold: true });
    for (const row of report.outcomes) {
      const share = shares.has(row.measure);
      line([
        row.measure,
        cellText(row.programme, share),
        ...genders.map((g) => cellText(row.genders[g], share)),
      ]);
    }
  };
  title('Outcomes by gender');
  outcomesByGender();

  title('Organisations');
  line(['Organisation', 'Nominated', 'In a tandem', 'Agreements', 'Meetings', 'Career step'], { bold: true });
  const careerStep = find(report.outcomes, 'career_step');
  const organisationRow = (name: string, column: number | 'programme') => {
    const pick = <C>(row: { programme: C; organisations: C[] } | undefined) =>
      row ? (column === 'programme' ? row.programme : row.organisations[column]) : undefined;
    line([
      name,
      cellText(pick(find(report.participation.mentee, 'nominated')), false),
      cellText(pick(find(report.participation.mentee, 'published')), false),
      cellText(pick(activity('agreements_signed')), true),
      `${cellText(pick(activity('meetings_held')), false)} / ${cellText(pick(activity('meetings_expected')), false)}`,
      cellText(pick(careerStep), true),
    ]);
  };
  for (const [i, o] of report.organisations.entries()) organisationRow(o.name, i);
  organisationRow('Programme', 'programme');

  title('Surveys');
  for (const survey of report.surveys) {
    line([survey.title], { bold: true, size: 10 });
    for (const question of survey.questions) {
      line([question.text, 'Programme'], { bold: true });
      for (const l of questionLines(question)) line([l.label, l.text]);
    }
  }

  title('Outcomes by organisation');
  line(['Organisation', ...report.outcomes.map((o) => o.measure)], { bold: true, size: 6 });
  for (const [i, o] of report.organisations.entries()) {
    line([o.name, ...report.outcomes.map((row) => cellText(row.organisations[i], shares.has(row.measure)))], {
      size: 6,
    });
  }
  line(['Programme', ...report.outcomes.map((row) => cellText(row.programme, shares.has(row.measure)))], {
    size: 6,
  });
  title('Outcomes by gender');
  outcomesByGender();
  doc.end();
  return done;
}
