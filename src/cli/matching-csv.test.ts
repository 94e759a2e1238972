// The CSV reader: quoting, BOM, CRLF, and complaints that point at file, line and column.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvInputError, csvField, parseCsv } from './matching-csv.ts';

function rows(text: string): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  parseCsv(text, 'x.csv').forEach((fields, line) => {
    out.push({ fields: [...fields], line });
  });
  return out;
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, a BOM and CRLF', () => {
    const text = '\uFEFFid,name\r\n1,"Smith, ""Jo"""\r\n2,"two\r\nlines"\r\n\r\n3,plain\r\n';
    const table = parseCsv(text, 'x.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(rows(text)).toEqual([
      { fields: ['1', 'Smith, "Jo"'], line: 2 },
      { fields: ['2', 'two\r\nlines'], line: 3 },
      { fields: ['3', 'plain'], line: 6 },
    ]);
  });

  it('complains about a row with the wrong number of fields, naming the line', () => {
    expect(() => rows('a,b\n1,2\n3\n')).toThrow('x.csv, line 3: expected 2 fields as in the header, found 1');
  });

  it('complains about an unclosed quote and an empty file', () => {
    expect(() => rows('a\n"open\n')).toThrow(CsvInputError);
    expect(() => parseCsv('', 'x.csv')).toThrow('x.csv, line 1: the file is empty');
  });

  it('quotes output fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
  });
});

describe('the example files', () => {
  const examples = join(import.meta.dirname, '..', '..', 'examples');
  const files = [
    'participants.csv',
    ...readdirSync(join(examples, 'matching')).map((name) => join('matching', name)),
  ];

  it.each(files)(
    '%s quotes every cell with a ";" list, so a spreadsheet splitting at ";" keeps it whole',
    (name) => {
      const bytes = readFileSync(join(examples, name));
      const byComma: string[][] = parse(bytes, { bom: true, delimiter: ',' });
      // A reader that splits at both separators finds the same cells only when every ";" is quoted.
      expect(parse(bytes, { bom: true, delimiter: [',', ';'] })).toEqual(byComma);
      expect(byComma.length).toBeGreaterThan(1);
    },
  );
});
