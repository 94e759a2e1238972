import type { CycleReport, HiddenReason, ReportCell } from '../../../shared/contract/reports.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatNumber, formatPercent } from '../../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { reportPdfMessages } from '../../../shared/i18n/report-pdf.ts';
import { reportsMessages } from '../../../shared/i18n/reports.ts';

// What every part of a report PDF shares: the document and its words, the page's geometry, the
// colours, and figures as text (a hidden figure as its reason, never a number).

export interface Pdf {
  doc: PDFKit.PDFDocument;
  report: CycleReport;
  language: UiLanguage;
}

export function pdfContext(doc: PDFKit.PDFDocument, report: CycleReport, language: UiLanguage): Pdf {
  return { doc, report, language };
}

/** The faces every PDF of the app embeds (`src/server/pdf`). */
export { fontFiles, fonts } from '../../pdf/document.ts';

import { fonts } from '../../pdf/document.ts';

/** Okabe–Ito: told apart with every common colour-vision deficiency. */
export const palette = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  sky: '#56B4E9',
  vermilion: '#D55E00',
} as const;

export const ink = '#1a1a1a';
export const muted = '#555555';
export const ruleColour = '#9a9a9a';
export const headerFill = '#e6e6e6';
export const stripeFill = '#f4f4f4';

/** A4 with 2 cm sides; the bottom leaves room for the footer. */
export const margins = { top: 56, bottom: 64, left: 56, right: 56 };

export const notAvailable = '–';

export function contentLeft(pdf: Pdf): number {
  return pdf.doc.page.margins.left;
}

export function contentWidth(pdf: Pdf): number {
  const { page } = pdf.doc;
  return page.width - page.margins.left - page.margins.right;
}

export function contentBottom(pdf: Pdf): number {
  const { page } = pdf.doc;
  return page.height - page.margins.bottom;
}

/** Starts a new page unless `height` still fits below the cursor, or the page is still empty. */
export function ensureSpace(pdf: Pdf, height: number): void {
  const { doc } = pdf;
  if (doc.y > doc.page.margins.top + 1 && doc.y + height > contentBottom(pdf)) doc.addPage();
}

/** A section's heading (level 1) or a part's (level 2), kept with the `keepWith` points after it. */
export function heading(pdf: Pdf, text: string, level: 1 | 2 = 1, keepWith = 140): void {
  const { doc } = pdf;
  const width = contentWidth(pdf);
  doc.font(fonts.bold).fontSize(level === 1 ? 16 : 12);
  const line = doc.currentLineHeight(true);
  const before = level === 1 ? line * 0.6 : 0;
  const after = line * 0.4;
  const height = doc.heightOfString(text, { width });
  const atTop = doc.y <= doc.page.margins.top + 1;
  if (!atTop && doc.y + before + height + after + keepWith > contentBottom(pdf)) doc.addPage();
  else if (!atTop) doc.y += before;
  doc.fillColor(ink).text(text, contentLeft(pdf), doc.y, { width });
  doc.y += after;
}

export function paragraph(pdf: Pdf, text: string, options: { size?: number; colour?: string } = {}): void {
  const { doc } = pdf;
  doc
    .font(fonts.regular)
    .fontSize(options.size ?? 10)
    .fillColor(options.colour ?? ink)
    .text(text, contentLeft(pdf), doc.y, { width: contentWidth(pdf), lineGap: 1.5 });
  doc.moveDown(0.5);
}

/** A figure ready to print: text, or the reason it is hidden. */
export type Figure = { text: string } | { hidden: HiddenReason };

/**
 * The hidden wording: in full where there is room, else "hidden" with a mark the table's legend
 * explains.
 */
export function hiddenWording(pdf: Pdf, reason: HiddenReason, compact: boolean): string {
  const r = translator(reportsMessages, pdf.language);
  if (compact) return `${r('hiddenShort')}${hiddenMarks[reason]}`;
  return reason === 'small_group'
    ? r('hiddenSmallGroup', { threshold: pdf.report.threshold })
    : r('hiddenComplementary');
}

export const hiddenMarks: Record<HiddenReason, string> = { small_group: '¹', complementary: '²' };

export function number(pdf: Pdf, value: number): string {
  return formatNumber(pdf.language, value);
}

/** A count: how many of the group have the property. The hidden reason wins over any value. */
export function countFigure(pdf: Pdf, cell: ReportCell | undefined): Figure {
  if (!cell) return { text: notAvailable };
  if (cell.hidden) return { hidden: cell.hidden };
  return cell.value === null ? { text: notAvailable } : { text: number(pdf, cell.value) };
}

/** A share: "8 of 10 (80 %)". */
export function shareFigure(pdf: Pdf, cell: ReportCell | undefined): Figure {
  if (!cell) return { text: notAvailable };
  if (cell.hidden) return { hidden: cell.hidden };
  if (cell.value === null || cell.n === null || cell.n === 0) return { text: notAvailable };
  return {
    text: translator(reportPdfMessages, pdf.language)('shareOf', {
      value: number(pdf, cell.value),
      n: number(pdf, cell.n),
      percent: formatPercent(pdf.language, cell.value / cell.n),
    }),
  };
}

export function formatMean(pdf: Pdf, mean: number): string {
  return formatNumber(pdf.language, mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A mean with one decimal, and how many it averages: "3.8 (n = 12)". */
export function meanFigure(
  pdf: Pdf,
  cell: { n: number | null; hidden: HiddenReason | null },
  mean: number | null,
): Figure {
  if (cell.hidden) return { hidden: cell.hidden };
  if (mean === null || cell.n === null || cell.n === 0) return { text: notAvailable };
  return {
    text: translator(reportPdfMessages, pdf.language)('meanWithN', {
      mean: formatMean(pdf, mean),
      n: number(pdf, cell.n),
    }),
  };
}

/** "41 of 50": meetings held of those the agreed rhythm expects; hidden when either is. */
export function heldOfExpectedFigure(
  pdf: Pdf,
  held: ReportCell | undefined,
  expected: ReportCell | undefined,
): Figure {
  if (!held || !expected) return { text: notAvailable };
  const hidden = held.hidden ?? expected.hidden;
  if (hidden) return { hidden };
  if (held.value === null || expected.value === null) return { text: notAvailable };
  return {
    text: translator(reportPdfMessages, pdf.language)('heldOfExpected', {
      held: number(pdf, held.value),
      expected: number(pdf, expected.value),
    }),
  };
}
