import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  CsvEncodingError,
  CsvSyntaxError,
  csvCell,
  decodeCsvBytes,
  forEachCsvRecord,
  parseCsv,
  writeCsv,
} from './csv.ts';

function syntaxError(input: string): CsvSyntaxError {
  try {
    parseCsv(input);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv', () => {
  it('reads a comma file with a lower-cased, trimmed header and records with their line numbers', () => {
    const table = parseCsv('Email, Name ,ROLE\na@x.org,Anna,mentor\nb@x.org,Ben,mentee\n');
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual(['email', 'name', 'role']);
    expect(table.records).toEqual([
      { line: 2, cells: ['a@x.org', 'Anna', 'mentor'] },
      { line: 3, cells: ['b@x.org', 'Ben', 'mentee'] },
    ]);
  });

  it('detects a semicolon file (as spreadsheets in German locales write it), commas then stay in the cell', () => {
    const table = parseCsv('email;name;goals\na@x.org;Anna;leading, negotiating\n');
    expect(table.delimiter).toBe(';');
    expect(table.records[0]!.cells).toEqual(['a@x.org', 'Anna', 'leading, negotiating']);
  });

  it('counts only delimiters outside quotes when detecting', () => {
    const table = parseCsv('"a;b;c",d,e\n1,2,3\n');
    expect(table.delimiter).toBe(',');
    expect(table.header).toEqual(['a;b;c', 'd', 'e']);
  });

  it('drops a byte-order mark, reads CRLF and ignores blank trailing lines', () => {
    const table = parseCsv('\uFEFFemail,name\r\na@x.org,Anna\r\nb@x.org,Ben\r\n\r\n\n');
    expect(table.header).toEqual(['email', 'name']);
    expect(table.records).toEqual([
      { line: 2, cells: ['a@x.org', 'Anna'] },
      { line: 3, cells: ['b@x.org', 'Ben'] },
    ]);
  });

  it('reads a last record without a line break', () => {
    expect(parseCsv('a,b\n1,2').records).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(parseCsv('a,b\n1,""').records).toEqual([{ line: 2, cells: ['1', ''] }]);
  });

  it('reads quoted cells with delimiters, line breaks and doubled quotes, and keeps line numbers right', () => {
    const table = parseCsv('name,goals,note\n"Müller, Anna","line one\nline two","she said ""hi"""\nBen,,\n');
    expect(table.records).toEqual([
      { line: 2, cells: ['Müller, Anna', 'line one\nline two', 'she said "hi"'] },
      { line: 4, cells: ['Ben', '', ''] },
    ]);
  });

  it('reports a stray quote inside an unquoted cell at its line', () => {
    const error = syntaxError('a,b\n1,2\n3,4"5\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^line 3: .*quote/);
  });

  it('reports text after a closing quote at its line', () => {
    const error = syntaxError('a,b\n"x"y,2\n');
    expect(error.line).toBe(2);
  });

  it('reports an unclosed quote at the line where its cell starts', () => {
    const error = syntaxError('a,b\n1,2\n3,"never closed\n4,5\n6,7\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/never closed/);
  });

  it('refuses an empty file: it needs a header', () => {
    expect(syntaxError('').line).toBe(1);
    expect(syntaxError('\n\n').line).toBe(1);
  });
});

describe('forEachCsvRecord', () => {
  it('hands over records one by one with their lines, and stops when told', () => {
    const seen: [string[], number][] = [];
    const delimiter = forEachCsvRecord('a;b\r\n1;"x\ny"\r\n2;z\r\n3;w\r\n', (cells, line) => {
      seen.push([cells, line]);
      return line < 4;
    });
    expect(delimiter).toBe(';');
    expect(seen).toEqual([
      [['a', 'b'], 1],
      [['1', 'x\ny'], 2],
      [['2', 'z'], 4],
    ]);
  });
});

function encodingError(bytes: Uint8Array): CsvEncodingError {
  try {
    decodeCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvEncodingError) return error;
    throw error;
  }
  throw new Error('expected a CsvEncodingError');
}

describe('decodeCsvBytes', () => {
  it('reads UTF-8, keeping a byte-order mark for parseCsv to drop', () => {
    const text = '\uFEFFname\nJürgen Groß\nZoë\n';
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toBe(text);
    expect(parseCsv(decodeCsvBytes(Buffer.from(text, 'utf8'))).header).toEqual(['name']);
  });

  it('refuses Windows-1252 at the line of its first such character, shown as Windows-1252 reads it', () => {
    // "é" and "ü" in Windows-1252 are single bytes, never valid UTF-8 on their own.
    const bytes = Buffer.concat([
      Buffer.from('name,organisation\nAnna,Alpha\n', 'utf8'),
      Buffer.from('"Ren\xe9e",Gr\xfcnfeld Foods\n', 'latin1'),
    ]);
    const error = encodingError(bytes);
    expect(error.line).toBe(3);
    expect(error.detail).toMatch(/^is not UTF-8 text, first in "Renée" \(read as Windows-1252/);
    expect(error.detail).toContain('in Excel, Save as → CSV UTF-8');
    expect(error).toBeInstanceOf(CsvSyntaxError);
  });

  it('refuses text that holds U+FFFD already, and UTF-16', () => {
    const lost = encodingError(Buffer.from('name\nAnna\nJ\uFFFDrgen Groß\n', 'utf8'));
    expect(lost.line).toBe(3);
    expect(lost.detail).toContain('"J\uFFFDrgen"');
    expect(lost.detail).toContain('a character was lost');
    const utf16 = encodingError(Buffer.from('name\nAnna\n', 'utf16le'));
    expect(utf16.line).toBe(1);
    expect(utf16.detail).toContain('UTF-16');
    // As Excel's "Unicode Text" writes it: with its byte-order mark, named as UTF-16 too.
    const excel = encodingError(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\tx\n', 'utf16le')]),
    );
    expect(excel.detail).toMatch(/^is not UTF-8 text but UTF-16/);
    expect(excel.detail).not.toContain('Windows-1252');
  });

  it('leaves a UTF-8 byte-order mark out of the word it shows', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Gr\xfcn,x\n', 'latin1')]);
    const error = encodingError(bytes);
    expect(error.detail).toMatch(/^is not UTF-8 text, first in "Grün"/);
  });
});

describe('csvCell and writeCsv', () => {
  it('puts an apostrophe before cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=cmd()')).toBe("'=cmd()");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with delimiters, quotes and line breaks and doubles the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes CRLF lines that parse back to the same cells', () => {
    const header = ['email', 'name', 'goals', 'capacity'];
    const rows = [
      ['a@x.org', 'Müller, Anna', 'say "hi"\nand more', 2],
      ['b@x.org', 'Ben', '', 1],
      ['c@x.org', 'Semi;colon', 'plain', 3],
    ];
    const text = writeCsv(header, rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('email,name,goals,capacity');
    const table = parseCsv(text);
    expect(table.header).toEqual(header);
    expect(table.records.map((r) => r.cells)).toEqual(rows.map((row) => row.map(String)));
  });

  it('writes semicolons when asked, with the same cells as an independent reader sees them', () => {
    const header = ['name', 'goals'];
    const rows = [
      ['Müller, Anna', 'leading; negotiating'],
      ['Ben "B"', 'one\ntwo'],
    ];
    const text = writeCsv(header, rows, ';');
    expect(text.split('\r\n')[0]).toBe('name;goals');
    expect(parse(text, { delimiter: ';' })).toEqual([header, ...rows]);
    expect(parseCsv(text).records.map((r) => r.cells)).toEqual(rows);
  });

  it('reads back its formula escape, so an export imports unchanged', () => {
    const values = ['=cmd()', '+1', '-5 % costs', '@home', '\tindented', "'quoted", "'=already escaped"];
    const table = parseCsv(
      writeCsv(
        ['v'],
        values.map((v) => [v]),
      ),
    );
    expect(table.records.map((r) => r.cells[0])).toEqual(values);
  });
});
