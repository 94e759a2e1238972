// RFC 4180 CSV with the habits of spreadsheets: a header row, comma or semicolon, optional BOM, CRLF or LF.
// The writer escapes formula-like cells with a leading apostrophe; the reader takes it off again.

import { errorsImportMessages } from '../../shared/i18n/errors-import.ts';
import { messagesOf, type Wording } from '../messages.ts';

// Its messages (what is wrong with a file) are worded in the reader's language when reported.
const say = messagesOf(errorsImportMessages);

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
  /** The problem without its line, for reports that show the line apart, in English. */
  readonly detail: string;
  constructor(
    readonly line: number,
    /** The problem without its line, in the reader's language once it is known. */
    readonly said: Wording,
  ) {
    const detail = said.in('en');
    super(`line ${line}: ${detail}`);
    this.detail = detail;
    this.name = 'CsvSyntaxError';
  }
}

/** A file that is not UTF-8 text, or text that lost characters before it came (README, CSV import). */
export class CsvEncodingError extends CsvSyntaxError {
  constructor(line: number, said: Wording) {
    super(line, said);
    this.name = 'CsvEncodingError';
  }
}

const SAVE_AS_UTF8 = say('saveAsUtf8');

/**
 * The text of a CSV file's bytes, which must be UTF-8 (a byte-order mark is kept; `parseCsv` drops
 * it). Nothing is guessed: a file in another encoding (Windows-1252, which Excel writes for plain
 * "CSV"; UTF-16, its "Unicode Text") is refused at the line of its first such character instead of
 * decoding to U+FFFD, and so is text that holds U+FFFD already, the mark of a character lost before.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  // UTF-16 (Excel's "Unicode Text") says so in its first two bytes: name it, not Windows-1252.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CsvEncodingError(1, say('csvUtf16', { saveAs: SAVE_AS_UTF8 }));
  }
  // Lenient decoding turns every invalid sequence into U+FFFD: the first one marks the first problem.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const lost = text.indexOf('\uFFFD');
  const nul = text.indexOf('\u0000');
  if (lost < 0 && nul < 0) return text;
  const at = lost < 0 ? nul : nul < 0 ? lost : Math.min(lost, nul);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  if (at === nul) {
    throw new CsvEncodingError(line, say('csvNul', { saveAs: SAVE_AS_UTF8 }));
  }
  // Everything before `at` decoded cleanly, so it has the same bytes as the file.
  const offset = new TextEncoder().encode(text.slice(0, at)).length;
  const literal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
  if (literal) {
    throw new CsvEncodingError(line, say('csvLostCharacter', { word: wordAround(text, at) }));
  }
  const word = new TextDecoder('windows-1252').decode(wordBytesAround(bytes, offset));
  throw new CsvEncodingError(line, say('csvWindows1252', { word, saveAs: SAVE_AS_UTF8 }));
}

// What ends a word in a CSV line: white space, a delimiter, a quote.
const WORD_END = /[\s,;"]/;
const WORD_MAX = 40;

function wordAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < WORD_MAX && !WORD_END.test(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < text.length && end - at < WORD_MAX && !WORD_END.test(text[end]!)) end++;
  return text.slice(start, end);
}

function wordBytesAround(bytes: Uint8Array, at: number): Uint8Array {
  const ends = (b: number) => b < 0x80 && WORD_END.test(String.fromCharCode(b));
  // A UTF-8 byte-order mark before the first word is no part of it.
  const first = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let start = at;
  while (start > first && at - start < WORD_MAX && !ends(bytes[start - 1]!)) start--;
  let end = at + 1;
  while (end < bytes.length && end - at < WORD_MAX && !ends(bytes[end]!)) end++;
  return bytes.subarray(start, end);
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

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads CSV text record by record, the header row first, each with the line of the file it starts
 * on, and answers the delimiter. Records are not kept, so the matching CLI reads a million-line
 * file without holding it twice; `visit` returns false to stop early. A blank line is no record
 * (many editors add one at the end). Throws CsvSyntaxError at the line of a quoting mistake.
 */
export function forEachCsvRecord(
  input: string,
  visit: (cells: string[], line: number) => unknown,
): ',' | ';' {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let i = 0;
  let line = 1;
  while (i < length) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        cell = '';
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) throw new CsvSyntaxError(recordLine, say('csvQuoteNotClosed'));
          const chunk = text.slice(i, close);
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
          cell += chunk;
          i = close + 1;
          if (text.charCodeAt(i) !== QUOTE) break;
          cell += '"';
          i++;
        }
        const next = text.charCodeAt(i);
        if (i < length && next !== separator && next !== LF && next !== CR) {
          throw new CsvSyntaxError(line, say('csvAfterClosingQuote', { character: text[i] }));
        }
      } else {
        let end = i;
        for (; end < length; end++) {
          const c = text.charCodeAt(end);
          if (c === separator || c === LF || c === CR) break;
          if (c === QUOTE) {
            throw new CsvSyntaxError(line, say('csvQuoteInCell'));
          }
        }
        cell = text.slice(i, end);
        i = end;
      }
      cells.push(unescapeFormula(cell));
      const c = text.charCodeAt(i);
      i++;
      if (c === separator) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (!(cells.length === 1 && cells[0] === '') && visit(cells, recordLine) === false) break;
  }
  return delimiter;
}

export function parseCsv(input: string): CsvTable {
  let header = null as string[] | null;
  const records: CsvRecord[] = [];
  const delimiter = forEachCsvRecord(input, (cells, line) => {
    if (header === null) header = cells.map((h) => h.trim().toLowerCase());
    else records.push({ line, cells });
  });
  if (header === null) throw new CsvSyntaxError(1, say('csvEmpty'));
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

/** CSV with CRLF lines; `csvCell` quotes cells with either delimiter, so both read back the same. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  delimiter: ',' | ';' = ',',
): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(delimiter);
  const lines = [line(header), ...rows.map(line)];
  return `${lines.join('\r\n')}\r\n`;
}
