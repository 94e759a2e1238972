import { type HiddenReason, hiddenReasons } from '../../../shared/contract/reports.ts';
import {
  contentBottom,
  contentLeft,
  contentWidth,
  ensureSpace,
  type Figure,
  fonts,
  headerFill,
  hiddenMarks,
  hiddenWording,
  ink,
  muted,
  type Pdf,
  ruleColour,
  stripeFill,
} from './report-pdf-layout.ts';

// One table drawer for every table of the report: cells wrap, a row never splits across pages,
// and a table that runs onto another page repeats its header row there.

export interface TableColumn {
  header: string;
  /** Share of the page's width, relative to the other columns. */
  weight: number;
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: (Figure | string)[];
  /** The programme's total row. */
  total?: boolean;
}

/** A column narrower than this says "hidden¹" and leaves the reason to the legend below. */
const COMPACT_BELOW = 120;
const PAD_X = 4;
const PAD_Y = 3.5;

export interface Table {
  columns: TableColumn[];
  rows: TableRow[];
  fontSize?: number;
  /** Whether hidden figures say "hidden¹" (with a legend); by the column's width unless told. */
  compactHidden?: boolean;
}

export function drawTable(pdf: Pdf, table: Table): void {
  prepareTable(pdf, table).draw();
}

/**
 * A table measured, to be drawn where the cursor stands: a table that fits on one page is kept
 * together, so its heading can ask to keep with `height`.
 */
export function prepareTable(pdf: Pdf, table: Table): { height: number; draw: () => void } {
  const { doc } = pdf;
  const { size, widths } = fitTable(pdf, table);
  const left = contentLeft(pdf);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, w) => a + w, 0));
  const fullWidth = contentWidth(pdf);
  const marksUsed = new Set<HiddenReason>();

  const cellText = (cell: Figure | string, column: number): string => {
    if (typeof cell === 'string') return cell;
    if ('text' in cell) return cell.text;
    const compact = table.compactHidden ?? (widths[column] ?? 0) < COMPACT_BELOW;
    if (compact) marksUsed.add(cell.hidden);
    return hiddenWording(pdf, cell.hidden, compact);
  };
  const measure = (texts: string[], font: string): number => {
    doc.font(font).fontSize(size);
    const heights = texts.map((text, i) =>
      doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * PAD_X, lineGap: 0.5 }),
    );
    return Math.max(...heights) + 2 * PAD_Y;
  };
  const drawCells = (texts: string[], y: number, font: string, colours: (string | undefined)[] = []) => {
    doc.font(font).fontSize(size);
    texts.forEach((text, i) => {
      doc.fillColor(colours[i] ?? ink).text(text, (xs[i] ?? left) + PAD_X, y + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X,
        align: table.columns[i]?.align ?? (i === 0 ? 'left' : 'right'),
        lineGap: 0.5,
      });
    });
  };

  const headers = table.columns.map((c) => c.header);
  const headerHeight = measure(headers, fonts.bold);
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(left, y, fullWidth, headerHeight).fill(headerFill);
    drawCells(headers, y, fonts.bold);
    doc
      .moveTo(left, y + headerHeight)
      .lineTo(left + fullWidth, y + headerHeight)
      .lineWidth(0.8)
      .stroke(ruleColour);
    doc.y = y + headerHeight;
  };

  const rows = table.rows.map((row) => {
    const texts = row.cells.map(cellText);
    const font = row.total ? fonts.bold : fonts.regular;
    return { row, texts, font, height: measure(texts, font) };
  });

  const height = headerHeight + rows.reduce((a, row) => a + row.height, 0);
  // Room for a heading above: a longer table flows over pages, its header repeated.
  const fitsOnePage = height <= contentBottom(pdf) - doc.page.margins.top - 60;
  const start = headerHeight + rows.slice(0, 3).reduce((a, row) => a + row.height, 0);
  const keep = fitsOnePage ? height : start;
  return { height: keep, draw: () => draw(keep) };

  function draw(keepTogether: number) {
    // A long table's header starts with its first rows, never alone at a page's foot.
    ensureSpace(pdf, keepTogether);
    drawHeader();
    rows.forEach(({ row, texts, font, height }, index) => {
      if (doc.y + height > contentBottom(pdf)) {
        doc.addPage();
        drawHeader();
      }
      const y = doc.y;
      if (row.total) {
        doc
          .moveTo(left, y)
          .lineTo(left + fullWidth, y)
          .lineWidth(0.8)
          .stroke(ruleColour);
      } else if (index % 2 === 1) {
        doc.rect(left, y, fullWidth, height).fill(stripeFill);
      }
      const colours = row.cells.map((cell) =>
        typeof cell !== 'string' && 'hidden' in cell ? muted : undefined,
      );
      drawCells(texts, y, font, colours);
      doc.y = y + height;
    });
    doc
      .moveTo(left, doc.y)
      .lineTo(left + fullWidth, doc.y)
      .lineWidth(0.5)
      .stroke(ruleColour);
    doc.x = left;
    doc.y += 4;

    if (marksUsed.size > 0) {
      const legend = hiddenReasons
        .filter((reason) => marksUsed.has(reason))
        .map((reason) => `${hiddenMarks[reason]} ${hiddenWording(pdf, reason, false)}`)
        .join('     ');
      doc.font(fonts.regular).fontSize(7.5).fillColor(muted).text(legend, left, doc.y, { width: fullWidth });
    }
    doc.fillColor(ink);
    doc.moveDown(0.8);
  }
}

/** The table's own font size, or a smaller one down to 6.5 pt if its words only fit so; else by weight. */
function fitTable(pdf: Pdf, table: Table): { size: number; widths: number[] } {
  const wanted = table.fontSize ?? 8.5;
  for (let size = wanted; size >= 6.5; size -= 0.5) {
    const widths = fitWidths(pdf, table, size);
    if (widths) return { size, widths };
  }
  const total = table.columns.reduce((a, c) => a + c.weight, 0);
  return { size: wanted, widths: table.columns.map((c) => (contentWidth(pdf) * c.weight) / total) };
}

/**
 * Column widths by weight, widened where a header's or a cell's longest word would not fit (a
 * word broken mid-way reads badly), taken from the columns with room to spare; null when the
 * words need more than the page's width.
 */
function fitWidths(pdf: Pdf, table: Table, size: number): number[] | null {
  const { doc } = pdf;
  const total = contentWidth(pdf);
  const totalWeight = table.columns.reduce((a, c) => a + c.weight, 0);
  const wanted = table.columns.map((c) => (total * c.weight) / totalWeight);
  const longestWord = (text: string, font: string) => {
    doc.font(font).fontSize(size);
    // Only ordinary spaces break a line; a no-break space keeps "(n = 12)" together. PDFKit
    // measures a word with the space after it.
    const space = doc.widthOfString(' ');
    return Math.max(0, ...text.split(/[ \n-]+/).map((word) => doc.widthOfString(word) + space));
  };
  const needed = table.columns.map((column, i) => {
    const cells = table.rows.map((row) => {
      const cell = row.cells[i];
      // A hidden figure's widest form is the compact "hidden¹"; the full wording wraps.
      const text =
        cell === undefined
          ? ''
          : typeof cell === 'string'
            ? cell
            : 'text' in cell
              ? cell.text
              : hiddenWording(pdf, cell.hidden, true);
      return longestWord(text, row.total ? fonts.bold : fonts.regular);
    });
    return Math.max(longestWord(column.header, fonts.bold), ...cells) + 2 * PAD_X + 1;
  });
  const short = wanted.reduce((a, w, i) => a + Math.max((needed[i] ?? 0) - w, 0), 0);
  const spare = wanted.reduce((a, w, i) => a + Math.max(w - (needed[i] ?? 0), 0), 0);
  if (short === 0) return wanted;
  if (spare < short) return null;
  return wanted.map((w, i) => {
    const need = needed[i] ?? 0;
    return w < need ? need : w - ((w - need) / spare) * short;
  });
}
