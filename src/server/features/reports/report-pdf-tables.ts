import {
  type ActivityMeasure,
  type FunnelStage,
  type OutcomeMeasure,
  outcomeShares,
  type ReportCell,
  type ReportQuestionCell,
} from '../../../shared/contract/reports.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatDate } from '../../../shared/i18n/formats.ts';
import { reportPdfMessages } from '../../../shared/i18n/report-pdf.ts';
import { reportsMessages } from '../../../shared/i18n/reports.ts';
import { reportGenders, reportWords } from '../../../shared/report-words.ts';
import {
  countFigure,
  type Figure,
  heading,
  heldOfExpectedFigure,
  meanFigure,
  muted,
  notAvailable,
  number,
  type Pdf,
  paragraph,
  shareFigure,
} from './report-pdf-layout.ts';
import { prepareTable, type TableColumn, type TableRow } from './report-pdf-table.ts';

// The report's tables: organisations, survey results and outcomes. A column is an organisation or
// the programme; in an organisation's report, that organisation's figures stand beside the
// programme's.

/** Where a figure comes from: an organisation's column (by index) or the programme's. */
export type Column = number | 'programme';

type Row<C> = { programme: C; organisations: C[] };

export function cellOf<C>(row: Row<C> | undefined, column: Column): C | undefined {
  if (!row) return undefined;
  return column === 'programme' ? row.programme : row.organisations[column];
}

/** The columns of figures a section shows beside each other, with their headers. */
export function figureColumns(pdf: Pdf): { column: Column; header: string }[] {
  const { report } = pdf;
  const r = translator(reportsMessages, pdf.language);
  const programme = { column: 'programme' as const, header: r('programme') };
  if (report.kind === 'organisation' && report.organisation) {
    return [{ column: 0, header: report.organisation.name }, programme];
  }
  return [programme];
}

export function stageCell(pdf: Pdf, role: 'mentee' | 'mentor', stage: FunnelStage, column: Column) {
  return cellOf(
    pdf.report.participation[role].find((row) => row.stage === stage),
    column,
  );
}

export function activityCell(pdf: Pdf, measure: ActivityMeasure, column: Column) {
  return cellOf(
    pdf.report.activity.find((row) => row.measure === measure),
    column,
  );
}

export function outcomeFigure(pdf: Pdf, measure: OutcomeMeasure, cell: ReportCell | undefined): Figure {
  if (!cell) return { text: notAvailable };
  return outcomeShares.includes(measure) ? shareFigure(pdf, cell) : meanFigure(pdf, cell, cell.value);
}

/**
 * One row per organisation (and the programme's total): mentees nominated and, once there are
 * tandems, in a tandem, agreements signed, meetings held of expected; career steps once known.
 */
export function drawOrganisationTable(pdf: Pdf, hasTandems: boolean): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const r = translator(reportsMessages, pdf.language);
  const title =
    report.kind === 'programme' ? t('sectionOrganisations') : t('sectionOrganisationAndProgramme');
  if (report.organisations.length === 0) {
    heading(pdf, title);
    paragraph(pdf, t('emptyNoOrganisations'));
    return;
  }
  const careerStep = report.outcomes.find((row) => row.measure === 'career_step');
  const parts: { header: string; weight: number; figure: (column: Column) => Figure }[] = [
    {
      header: t('summaryMenteesNominated'),
      weight: 1,
      figure: (c) => countFigure(pdf, stageCell(pdf, 'mentee', 'nominated', c)),
    },
    ...(hasTandems
      ? [
          {
            header: t('summaryMenteesInTandem'),
            weight: 1,
            figure: (c: Column) => countFigure(pdf, stageCell(pdf, 'mentee', 'published', c)),
          },
          {
            header: t('tableAgreementsSigned'),
            weight: 1.3,
            figure: (c: Column) => shareFigure(pdf, activityCell(pdf, 'agreements_signed', c)),
          },
          {
            header: t('tableMeetings'),
            weight: 1.2,
            figure: (c: Column) =>
              heldOfExpectedFigure(
                pdf,
                activityCell(pdf, 'meetings_held', c),
                activityCell(pdf, 'meetings_expected', c),
              ),
          },
        ]
      : [
          {
            header: t('summaryMentorsNominated'),
            weight: 1,
            figure: (c: Column) => countFigure(pdf, stageCell(pdf, 'mentor', 'nominated', c)),
          },
        ]),
    ...(careerStep
      ? [
          {
            header: t('tableCareerStep'),
            weight: 1.3,
            figure: (c: Column) => shareFigure(pdf, cellOf(careerStep, c)),
          },
        ]
      : []),
  ];
  const columns: TableColumn[] = [{ header: t('columnOrganisation'), weight: 2.3 }, ...parts];
  const rows: TableRow[] = [
    ...report.organisations.map((organisation, index) => ({
      cells: [organisation.name, ...parts.map((p) => p.figure(index))],
    })),
    { cells: [r('programme'), ...parts.map((p) => p.figure('programme'))], total: true },
  ];
  const table = prepareTable(pdf, { columns, rows });
  heading(pdf, title, 1, table.height);
  table.draw();
}

function questionFigures(
  pdf: Pdf,
  question: { type: 'scale' | 'choice' | 'text'; options: string[] | null },
  cell: ReportQuestionCell | undefined,
): { label: string; figure: Figure }[] {
  const t = translator(reportPdfMessages, pdf.language);
  const hiddenOr = (figure: (cell: ReportQuestionCell) => Figure): Figure => {
    if (!cell) return { text: notAvailable };
    return cell.hidden ? { hidden: cell.hidden } : figure(cell);
  };
  const answered = {
    label: t('surveyAnswered'),
    figure: hiddenOr((c) => ({ text: c.n === null ? notAvailable : number(pdf, c.n) })),
  };
  if (question.type === 'scale') {
    return [{ label: t('surveyMean'), figure: hiddenOr((c) => meanFigure(pdf, c, c.mean)) }];
  }
  if (question.type === 'choice') {
    const options = (question.options ?? []).map((option, k) => ({
      label: option,
      figure: hiddenOr((c) => {
        const count = c.counts?.[k];
        return { text: count === undefined ? notAvailable : number(pdf, count) };
      }),
    }));
    return [...options, answered];
  }
  return [answered];
}

/** Closed surveys, question by question: means, counts per option, and for text only how many answered. */
export function drawSurveys(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  heading(pdf, t('sectionSurveys'));
  if (report.surveys.length === 0) {
    paragraph(pdf, t('emptyNoSurveys'));
    return;
  }
  const columns = figureColumns(pdf);
  for (const survey of report.surveys) {
    const tables = survey.questions.map((question) => {
      const byColumn = columns.map((c) => questionFigures(pdf, question, cellOf(question, c.column)));
      const labels = byColumn[0] ?? [];
      const table = prepareTable(pdf, {
        columns: [
          { header: question.text, weight: 2.4 },
          ...columns.map((c) => ({ header: c.header, weight: 1.2 })),
        ],
        rows: labels.map((line, k) => ({
          cells: [line.label, ...byColumn.map((figures) => figures[k]?.figure ?? { text: notAvailable })],
        })),
      });
      return { question, table };
    });
    heading(pdf, survey.title, 2, (tables[0]?.table.height ?? 0) + 30);
    paragraph(pdf, t('surveyAnsweredBy', { role: survey.role }), { size: 8.5, colour: muted });
    for (const { question, table } of tables) {
      table.draw();
      if (question.type === 'text') paragraph(pdf, t('surveyTextNote'), { size: 8, colour: muted });
    }
  }
}

const outcomeShortKeys = {
  career_step: 'outcomeShortCareerStep',
  promoted: 'outcomeShortPromoted',
  leadership_responsibility: 'outcomeShortLeadership',
  new_role: 'outcomeShortNewRole',
  still_with_employer: 'outcomeShortStillWithEmployer',
  mentee_value: 'outcomeShortMenteeValue',
  mentor_value: 'outcomeShortMentorValue',
} as const satisfies Record<OutcomeMeasure, string>;

/** Each outcome measure by organisation (rows) and, across the programme, by gender. */
export function drawOutcomes(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const r = translator(reportsMessages, pdf.language);
  heading(pdf, t('sectionOutcomes'));
  if (report.outcomes.length === 0) {
    paragraph(pdf, t('emptyNoOutcomes'));
    return;
  }
  const genders = reportGenders;
  const words = reportWords(pdf.language);
  const byOrganisation = prepareTable(pdf, {
    fontSize: 7.5,
    columns: [
      { header: t('columnOrganisation'), weight: 2 },
      ...report.outcomes.map((row) => ({ header: t(outcomeShortKeys[row.measure]), weight: 1 })),
    ],
    rows: [
      ...report.organisations.map((organisation, index) => ({
        cells: [
          organisation.name,
          ...report.outcomes.map((row) => outcomeFigure(pdf, row.measure, cellOf(row, index))),
        ],
      })),
      {
        cells: [
          r('programme'),
          ...report.outcomes.map((row) => outcomeFigure(pdf, row.measure, row.programme)),
        ],
        total: true,
      },
    ],
  });

  const byGender = prepareTable(pdf, {
    fontSize: 7.5,
    columns: [
      { header: t('columnMeasure'), weight: 2.2 },
      { header: r('programme'), weight: 1 },
      ...genders.map((g) => ({ header: words.gender(g), weight: 1 })),
    ],
    rows: report.outcomes.map((row) => ({
      cells: [
        words.outcome(row.measure),
        outcomeFigure(pdf, row.measure, row.programme),
        ...genders.map((g) => outcomeFigure(pdf, row.measure, row.genders[g])),
      ],
    })),
  });
  heading(pdf, t('outcomesByOrganisation'), 2, byOrganisation.height);
  byOrganisation.draw();
  heading(pdf, t('outcomesByGender'), 2, byGender.height);
  byGender.draw();
}

/** Attendance per event among the registered, by organisation and for the programme. */
export function drawEvents(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const r = translator(reportsMessages, pdf.language);
  heading(pdf, t('sectionEvents'));
  if (report.events.length === 0) {
    paragraph(pdf, t('emptyNoEvents'));
    return;
  }
  paragraph(pdf, t('eventsIntro'));
  const table = prepareTable(pdf, {
    fontSize: 7.5,
    columns: [
      { header: t('columnOrganisation'), weight: 2 },
      ...report.events.map((e) => ({
        header: `${e.title} (${formatDate(pdf.language, e.startsAt.slice(0, 10), 'short')})`,
        weight: 1.2,
      })),
    ],
    rows: [
      ...report.organisations.map((organisation, index) => ({
        cells: [organisation.name, ...report.events.map((e) => shareFigure(pdf, cellOf(e, index)))],
      })),
      { cells: [r('programme'), ...report.events.map((e) => shareFigure(pdf, e.programme))], total: true },
    ],
  });
  table.draw();
}
