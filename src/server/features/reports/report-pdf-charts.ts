import type { Gender } from '../../../shared/contract/participants.ts';
import { type FunnelStage, outcomeShares, type ReportCell } from '../../../shared/contract/reports.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { reportPdfMessages } from '../../../shared/i18n/report-pdf.ts';
import { reportsMessages } from '../../../shared/i18n/reports.ts';
import { reportGenders, reportWords } from '../../../shared/report-words.ts';
import {
  contentBottom,
  contentLeft,
  contentWidth,
  ensureSpace,
  type Figure,
  fonts,
  heading,
  hiddenWording,
  ink,
  muted,
  notAvailable,
  number,
  type Pdf,
  palette,
  paragraph,
  shareFigure,
} from './report-pdf-layout.ts';

// The report's two charts, drawn with the PDF's own lines and rectangles: the participation funnel
// and the outcomes by gender. Every bar carries its figure as text, so the charts read without
// colour, and a hidden figure has no bar, only its hidden wording.

const genderColours: Record<Gender, string> = {
  female: palette.vermilion,
  male: palette.blue,
  non_binary: palette.green,
  undisclosed: palette.purple,
};

interface Bar {
  colour: string;
  /** Length as a share of the longest bar the chart allows, 0–1; null draws no bar. */
  length: number | null;
  /** What the bar says beside it. */
  label: string;
  hidden: boolean;
}

interface BarGroup {
  label: string;
  bars: Bar[];
}

const BAR = 9;
const BAR_GAP = 2.5;
const GROUP_GAP = 7;
const LABEL_WIDTH = 150;

function groupHeight(pdf: Pdf, group: BarGroup): number {
  pdf.doc.font(fonts.regular).fontSize(8);
  const labelHeight = pdf.doc.heightOfString(group.label, { width: LABEL_WIDTH });
  return Math.max(labelHeight, group.bars.length * (BAR + BAR_GAP) - BAR_GAP);
}

/** How much room a chart takes, so its heading can keep with it when it fits on one page. */
function chartHeight(pdf: Pdf, groups: BarGroup[]): number {
  const height = groups.reduce((a, g) => a + groupHeight(pdf, g) + GROUP_GAP, 0);
  return Math.min(height, contentBottom(pdf) - pdf.doc.page.margins.top - 80);
}

function drawBarGroups(pdf: Pdf, groups: BarGroup[], labelRoom: number): void {
  const { doc } = pdf;
  const left = contentLeft(pdf);
  const barLeft = left + LABEL_WIDTH + 8;
  const longest = contentWidth(pdf) - LABEL_WIDTH - 8 - labelRoom;
  for (const group of groups) {
    const barsHeight = group.bars.length * (BAR + BAR_GAP) - BAR_GAP;
    const height = groupHeight(pdf, group);
    ensureSpace(pdf, height + GROUP_GAP);
    const y = doc.y;
    doc
      .font(fonts.regular)
      .fontSize(8)
      .fillColor(ink)
      .text(group.label, left, y + 0.5, { width: LABEL_WIDTH });
    group.bars.forEach((bar, i) => {
      const top = y + i * (BAR + BAR_GAP);
      const length = bar.length === null ? 0 : Math.max(bar.length * longest, 0);
      if (length > 0) doc.rect(barLeft, top, length, BAR).fill(bar.colour);
      doc
        .font(fonts.regular)
        .fontSize(7.5)
        .fillColor(bar.hidden ? muted : ink)
        .text(bar.label, barLeft + length + 4, top + 1, {
          width: labelRoom + longest - length - 4,
          lineBreak: false,
        });
    });
    // The axis the bars grow from.
    doc
      .moveTo(barLeft, y - 1)
      .lineTo(barLeft, y + barsHeight + 1)
      .lineWidth(0.6)
      .stroke(muted);
    doc.x = left;
    doc.y = y + height + GROUP_GAP;
  }
  doc.moveDown(0.4);
}

/** A row of the report: the programme's figure and the organisations'. */
type Row = { programme: ReportCell; organisations: ReportCell[] };
type Series = { name: string; colour: string; cell: (row: Row) => ReportCell | undefined };

function legend(pdf: Pdf, series: { name: string; colour: string }[]): void {
  const { doc } = pdf;
  let x = contentLeft(pdf);
  const y = doc.y;
  doc.font(fonts.regular).fontSize(8);
  for (const { name, colour } of series) {
    doc.rect(x, y + 1, 9, 7).fill(colour);
    doc.fillColor(ink).text(name, x + 13, y, { lineBreak: false });
    x += 13 + doc.widthOfString(name) + 18;
  }
  doc.x = contentLeft(pdf);
  doc.y = y + 14;
}

function figureLabel(pdf: Pdf, figure: Figure): string {
  return 'text' in figure ? figure.text : hiddenWording(pdf, figure.hidden, false);
}

/**
 * How many mentees and mentors reached each stage: the programme's column and, in an
 * organisation's report, the organisation's beside it, each drawn to its own scale.
 */
export function drawFunnel(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const r = translator(reportsMessages, pdf.language);
  const organisation = report.kind === 'organisation' ? report.organisation : null;
  const series: Series[] = [
    ...(organisation
      ? [{ name: organisation.name, colour: palette.orange, cell: (row: Row) => row.organisations[0] }]
      : []),
    { name: r('programme'), colour: palette.blue, cell: (row: Row) => row.programme },
  ];
  const roles = [
    { title: r('roleMentees'), rows: report.participation.mentee },
    { title: r('roleMentors'), rows: report.participation.mentor },
  ].map((role) => ({ title: role.title, groups: funnelGroups(pdf, series, role.rows) }));
  const firstHeight = roles[0] ? chartHeight(pdf, roles[0].groups) : 0;
  heading(pdf, t('sectionParticipation'), 1, firstHeight + 80);
  paragraph(
    pdf,
    series.length > 1 ? `${t('chartFunnelNote')} ${t('chartFunnelScales')}` : t('chartFunnelNote'),
    { size: 8.5, colour: muted },
  );
  if (series.length > 1) legend(pdf, series);
  for (const role of roles) {
    heading(pdf, role.title, 2, chartHeight(pdf, role.groups));
    drawBarGroups(pdf, role.groups, 60);
  }
}

/** A stage's bars, one per series, each series drawn to its own largest figure. */
function funnelGroups(pdf: Pdf, series: Series[], rows: (Row & { stage: FunnelStage })[]): BarGroup[] {
  const scales = series.map((s) =>
    Math.max(
      1,
      ...rows.map((row) => {
        const cell = s.cell(row);
        return cell && !cell.hidden && cell.value !== null ? cell.value : 0;
      }),
    ),
  );
  return rows.map((row) => ({
    label: reportWords(pdf.language).stage(row.stage),
    bars: series.map((s, i) => {
      const cell = s.cell(row);
      const hidden = cell?.hidden ?? null;
      const value = hidden || !cell || cell.value === null ? null : cell.value;
      return {
        colour: s.colour,
        length: value === null ? null : value / (scales[i] ?? 1),
        label: hidden
          ? hiddenWording(pdf, hidden, false)
          : value === null
            ? notAvailable
            : number(pdf, value),
        hidden: hidden !== null,
      };
    }),
  }));
}

/** Each share outcome by gender across the programme: "Women: 12 of 20 (60 %)"; nothing before outcomes exist. */
export function drawOutcomesByGender(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const words = reportWords(pdf.language);
  const genders = reportGenders;
  const groups = report.outcomes
    .filter((row) => outcomeShares.includes(row.measure))
    .map((row) => ({
      label: words.outcome(row.measure),
      bars: genders.map((gender) => {
        const cell = row.genders[gender];
        const figure = shareFigure(pdf, cell);
        const shown = 'text' in figure && cell.n !== null && cell.n > 0 && cell.value !== null;
        return {
          colour: genderColours[gender],
          length: shown && cell.n ? (cell.value ?? 0) / cell.n : null,
          label: `${words.gender(gender)}: ${figureLabel(pdf, figure)}`,
          hidden: 'hidden' in figure,
        };
      }),
    }));
  // Without outcomes there is nothing to chart: the outcomes section says why.
  if (groups.length === 0) return;
  heading(pdf, t('sectionOutcomesByGender'), 1, chartHeight(pdf, groups) + 30);
  paragraph(pdf, t('chartGenderNote'), { size: 8.5, colour: muted });
  drawBarGroups(pdf, groups, 150);
}
