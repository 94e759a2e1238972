import { ACTIVE_WITHIN_DAYS, type CycleReport } from '../../../shared/contract/reports.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatDate } from '../../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { reportPdfMessages } from '../../../shared/i18n/report-pdf.ts';
import { reportsMessages } from '../../../shared/i18n/reports.ts';
import { openPdf } from '../../pdf/document.ts';
import { drawFunnel, drawOutcomesByGender } from './report-pdf-charts.ts';
import {
  contentLeft,
  contentWidth,
  countFigure,
  fonts,
  heading,
  heldOfExpectedFigure,
  ink,
  margins,
  muted,
  type Pdf,
  palette,
  paragraph,
  pdfContext,
  ruleColour,
  shareFigure,
} from './report-pdf-layout.ts';
import { prepareTable, type TableRow } from './report-pdf-table.ts';
import {
  activityCell,
  cellOf,
  drawEvents,
  drawOrganisationTable,
  drawOutcomes,
  drawSurveys,
  figureColumns,
  stageCell,
} from './report-pdf-tables.ts';

// A report as a PDF: the programme's evaluation report or an organisation's confidential one, in
// the reader's language, A4, with DejaVu Sans embedded (a subset) so umlauts and every other
// letter print the same in any reader, and no standard font is ever referenced. It prints the
// report as given: the service has hidden what must be hidden, and a hidden figure prints its
// reason whatever else its cell holds.

export async function renderReportPdf(report: CycleReport, language: UiLanguage): Promise<Buffer> {
  const organisationName = report.kind === 'organisation' ? (report.organisation?.name ?? '') : null;
  const t = translator(reportPdfMessages, language);
  const title =
    organisationName === null
      ? t('documentTitleProgramme', { cycle: report.cycle.name })
      : t('documentTitleOrganisation', { organisation: organisationName, cycle: report.cycle.name });
  const { doc, finished } = await openPdf({
    language,
    margins,
    title,
    createdAt: new Date(report.generatedAt),
    bufferPages: true,
  });
  const pdf = pdfContext(doc, report, language);

  drawCover(pdf, organisationName);
  doc.addPage();
  const tandems = hasTandems(pdf);
  drawSummary(pdf, tandems);
  drawFunnel(pdf);
  drawOutcomesByGender(pdf);
  drawOrganisationTable(pdf, tandems);
  drawEvents(pdf);
  drawSurveys(pdf);
  drawOutcomes(pdf);
  drawMethod(pdf);
  drawFooters(pdf, title);
  doc.end();
  return finished;
}

/** Whether any mentee is in a tandem yet (a hidden count is one, since it hides people). */
function hasTandems(pdf: Pdf): boolean {
  const cell = stageCell(pdf, 'mentee', 'published', 'programme');
  return pdf.report.activity.length > 0 && !!cell && (cell.hidden !== null || (cell.value ?? 0) > 0);
}

function generatedOn(pdf: Pdf, style: 'short' | 'long' = 'long'): string {
  return formatDate(pdf.language, pdf.report.generatedAt.slice(0, 10), style);
}

function drawCover(pdf: Pdf, organisationName: string | null): void {
  const { doc, report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const left = contentLeft(pdf);
  const width = contentWidth(pdf);
  doc.rect(0, 0, doc.page.width, 12).fill(palette.blue);
  doc.font(fonts.bold).fontSize(12).fillColor(palette.blue).text('crossmentor', left, 72, { width });

  doc.y = 230;
  doc
    .font(fonts.bold)
    .fontSize(26)
    .fillColor(ink)
    .text(
      organisationName === null
        ? t('titleProgramme')
        : t('titleOrganisation', { organisation: organisationName }),
      left,
      doc.y,
      { width },
    );
  doc.moveDown(0.3);
  doc.font(fonts.regular).fontSize(18).text(report.cycle.name, { width });
  doc.moveDown(1.2);
  doc.fontSize(11).text(
    t('coverPeriod', {
      start: formatDate(pdf.language, report.cycle.startsOn, 'long'),
      end: formatDate(pdf.language, report.cycle.endsOn, 'long'),
    }),
    { width },
  );
  doc.moveDown(0.3);
  doc.fillColor(muted).text(t('coverGenerated', { date: generatedOn(pdf) }), { width });

  const boxTop = 600;
  doc
    .moveTo(left, boxTop)
    .lineTo(left + width, boxTop)
    .lineWidth(0.8)
    .stroke(ruleColour);
  doc.y = boxTop + 14;
  doc
    .font(fonts.bold)
    .fontSize(10)
    .fillColor(ink)
    .text(
      organisationName === null
        ? t('coverConfidentialProgramme')
        : t('coverConfidentialOrganisation', { organisation: organisationName }),
      left,
      doc.y,
      { width, lineGap: 1.5 },
    );
  doc.moveDown(0.5);
  doc
    .font(fonts.regular)
    .text(t('coverGroupsOnly', { threshold: report.threshold }), { width, lineGap: 1.5 });
}

/** A few key figures: the organisation's beside the programme's in an organisation's report. */
function drawSummary(pdf: Pdf, tandems: boolean): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const r = translator(reportsMessages, pdf.language);
  const columns = figureColumns(pdf);
  const row = (
    label: string,
    figure: (column: (typeof columns)[number]['column']) => ReturnType<typeof countFigure>,
  ): TableRow => ({
    cells: [label, ...columns.map((c) => figure(c.column))],
  });
  const careerStep = report.outcomes.find((o) => o.measure === 'career_step');
  const rows: TableRow[] = [
    row(t('summaryMenteesNominated'), (c) => countFigure(pdf, stageCell(pdf, 'mentee', 'nominated', c))),
    row(t('summaryMentorsNominated'), (c) => countFigure(pdf, stageCell(pdf, 'mentor', 'nominated', c))),
    ...(tandems
      ? [
          row(t('summaryMenteesInTandem'), (c) => countFigure(pdf, stageCell(pdf, 'mentee', 'published', c))),
          row(t('summaryMentorsInTandem'), (c) => countFigure(pdf, stageCell(pdf, 'mentor', 'published', c))),
          row(r('measureAgreementsSigned'), (c) =>
            shareFigure(pdf, activityCell(pdf, 'agreements_signed', c)),
          ),
          row(t('summaryMeetings'), (c) =>
            heldOfExpectedFigure(
              pdf,
              activityCell(pdf, 'meetings_held', c),
              activityCell(pdf, 'meetings_expected', c),
            ),
          ),
        ]
      : []),
    ...(careerStep ? [row(r('outcomeCareerStep'), (c) => shareFigure(pdf, cellOf(careerStep, c)))] : []),
  ];
  const table = prepareTable(pdf, {
    fontSize: 9.5,
    columns: [
      { header: t('columnFigure'), weight: 2.2 },
      ...columns.map((c) => ({ header: c.header, weight: 1.3 })),
    ],
    rows,
  });
  heading(pdf, t('sectionSummary'), 1, table.height);
  table.draw();
  if (!tandems) paragraph(pdf, t('emptyNoTandems'));
}

function drawMethod(pdf: Pdf): void {
  const { report } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  heading(pdf, t('sectionMethod'));
  for (const text of [
    t('methodThreshold', { threshold: report.threshold }),
    t('methodComplementary'),
    t('methodOrganisationReport'),
    t('methodCountedOn', { date: generatedOn(pdf) }),
    t('methodActivity'),
    t('methodActive', { weeks: ACTIVE_WITHIN_DAYS / 7 }),
    t('methodCareerStep'),
  ]) {
    paragraph(pdf, text, { size: 9.5 });
  }
}

/** "Page 2 of 7" and the report's title at every page's foot, once the number of pages is known. */
function drawFooters(pdf: Pdf, title: string): void {
  const { doc } = pdf;
  const t = translator(reportPdfMessages, pdf.language);
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    const left = contentLeft(pdf);
    const width = contentWidth(pdf);
    doc
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.5)
      .stroke(ruleColour);
    doc.font(fonts.regular).fontSize(8).fillColor(muted);
    doc.text(title, left, y, { width: width * 0.7, lineBreak: false, ellipsis: true });
    doc.text(t('pageOf', { page: index + 1, pages: count }), left + width * 0.7, y, {
      width: width * 0.3,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
