// RFC 4180 CSV with the habits of spreadsheets: a header row, comma or semicolon, optional BOM, CRLF or LF.
// The writer escapes formula-like cells with a leading apostrophe; the reader takes it off again.

export interface CsvRecord {
  /** The 1-based line of the file where this record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ',' | ';';
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Picks the delimiter the header row uses more often outside quotes. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endCell = () => {
    cells.push(unescapeFormula(cell));
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    // A blank line is no record (many editors add one at the end).
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: recordLine, cells });
    cells = [];
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (cell !== '' || afterQuote) {
        throw new CsvSyntaxError(
          line,
          'a quote (") may only start a cell; double it ("") inside a quoted cell',
        );
      }
      quoted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      throw new CsvSyntaxError(
        line,
        `unexpected "${ch}" after a closing quote; put the whole cell in quotes`,
      );
    }
    cell += ch;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted cell is never closed');
  if (cell !== '' || cells.length > 0 || afterQuote) endRecord();

  const [headerRecord, ...records] = rows;
  if (!headerRecord) throw new CsvSyntaxError(1, 'the file is empty; it needs a header row');
  const header = headerRecord.cells.map((h) => h.trim().toLowerCase());
  return { delimiter, header, records };
}

// Spreadsheets run cells that start like a formula; a leading apostrophe keeps them text (OWASP CSV
// injection). Cells that already start with apostrophes before a formula character get one more, so
// the reader can take exactly one off again and an export imports back unchanged.
const FORMULA_START = /^'*[=+\-@\t\r]/;

function unescapeFormula(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
