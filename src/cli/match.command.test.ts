// The crossmentor match and scores commands end to end: exit codes, messages, files written or not.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples', 'matching');

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'crossmentor'), ...args], {
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crossmentor-match-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const mentees = 'id,organisation\na,X\nb,Y\n';
const mentors = 'id,organisation,capacity\nm1,Y,1\nm2,X,2\n';

describe('crossmentor match', () => {
  it('matches the examples with explanations and prints a JSON summary', () => {
    const dir = workspace({});
    const out = join(dir, 'matches.csv');
    const args = ['--mentees', join(examples, 'mentees.csv'), '--mentors', join(examples, 'mentors.csv')];
    const rules = ['--exclude', join(examples, 'exclusions.csv'), '--pins', join(examples, 'pins.csv')];
    const result = run([
      'match',
      ...args,
      ...rules,
      '--forbid',
      join(examples, 'forbid.csv'),
      '--explain',
      '--json',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ matched: 4, unmatched: 1, total_score: 355 });
    expect(typeof summary.seconds).toBe('number');
    expect(summary.unmatched_mentees[0].mentee_id).toBe('chloe');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('mentee_id,mentor_id,score,reasons');
    expect(lines).toContain(
      'deniz,mo-ines,95,pinned by the coordinator; shares goals: digital transformation; 2 levels more senior; both speak German',
    );
  });

  it('gives the same optimum when the scores command output is fed back with --scores', () => {
    const dir = workspace({});
    const base = ['--mentees', join(examples, 'mentees.csv'), '--mentors', join(examples, 'mentors.csv')];
    const exclude = ['--exclude', join(examples, 'exclusions.csv')];
    const scores = join(dir, 'scores.csv');
    expect(run(['scores', ...base, ...exclude, '--out', scores]).code).toBe(0);
    expect(readFileSync(scores, 'utf8').split('\n')[0]).toBe(
      'mentee_id,mentor_id,score,topics,seniority,language,location,gender,industry',
    );
    const fromProfiles = JSON.parse(
      run(['match', ...base, ...exclude, '--json', '--out', join(dir, 'a.csv')]).stdout,
    );
    const fromScores = JSON.parse(
      run(['match', ...base, ...exclude, '--scores', scores, '--json', '--out', join(dir, 'b.csv')]).stdout,
    );
    expect(fromScores.total_score).toBe(fromProfiles.total_score);
    expect(fromScores.matched).toBe(fromProfiles.matched);
  });

  it('reads files as German Excel saves them: semicolons, a byte-order mark, CRLF', () => {
    // Each example file as an independent parser reads it, written back the way Excel does with
    // the list separator ";": cells with ";", quotes or line breaks quoted.
    const excel = (name: string) => {
      const rows: string[][] = parse(readFileSync(join(examples, name)), { bom: true });
      const cell = (v: string) => (/[";\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
      return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
    };
    const names = ['mentees.csv', 'mentors.csv', 'exclusions.csv', 'pins.csv', 'forbid.csv'];
    const dir = workspace(Object.fromEntries(names.map((name) => [name, excel(name)])));
    expect(readFileSync(join(dir, 'mentees.csv'), 'utf8')).toMatch(/^\uFEFFid;organisation;topics;/);
    const files = (at: string) => [
      ...['--mentees', join(at, 'mentees.csv'), '--mentors', join(at, 'mentors.csv')],
      ...['--exclude', join(at, 'exclusions.csv'), '--pins', join(at, 'pins.csv')],
      ...['--forbid', join(at, 'forbid.csv'), '--explain'],
    ];
    const german = run(['match', ...files(dir), '--out', join(dir, 'german.csv')]);
    expect(german.stderr).toBe('');
    expect(german.code).toBe(0);
    const original = run(['match', ...files(examples), '--out', join(dir, 'original.csv')]);
    expect(original.code).toBe(0);
    const matches = (name: string): string[][] => parse(readFileSync(join(dir, name)));
    expect(matches('german.csv')).toEqual(matches('original.csv'));
    expect(matches('german.csv')).toHaveLength(5);
  });

  it('refuses a file that is not UTF-8, naming the line, instead of matching ids with lost letters', () => {
    const dir = workspace({
      'mentees.csv': Buffer.from('id,organisation\na,X\nZoë,Y\n', 'latin1'),
      'mentors.csv': mentors,
    });
    const out = join(dir, 'matches.csv');
    const result = run([
      'match',
      '--mentees',
      join(dir, 'mentees.csv'),
      '--mentors',
      join(dir, 'mentors.csv'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('mentees.csv, line 3: is not UTF-8 text, first in "Zoë"');
    expect(result.stderr).toContain('Save as → CSV UTF-8');
    expect(existsSync(out)).toBe(false);
  });

  it('runs stable mode and reports the optimal assignment next to it', () => {
    const dir = workspace({ 'mentees.csv': mentees, 'mentors.csv': mentors });
    const result = run([
      'match',
      '--mentees',
      join(dir, 'mentees.csv'),
      '--mentors',
      join(dir, 'mentors.csv'),
      '--mode',
      'stable',
      '--json',
      '--out',
      join(dir, 'o.csv'),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      mode: 'stable',
      matched: 2,
      blocking_pairs: 0,
      optimal: { matched: 2 },
    });
  });

  const badInputs: [string, Record<string, string>, string[], string][] = [
    [
      'an unknown id in scores',
      { 'scores.csv': 'mentee_id,mentor_id,score\na,m1,5\nzz,m1,3\n' },
      ['--scores', 'scores.csv'],
      'scores.csv, line 3, column "mentee_id": unknown mentee id "zz"',
    ],
    [
      'a pair scored twice, once with spaces around an id',
      { 'scores.csv': 'mentee_id,mentor_id,score\na,m1,5\na,m2,4\na ,m1,3\nab,m2,1\n' },
      ['--scores', 'scores.csv'],
      'scores.csv, line 4, column "mentee_id": pair a → m1 already scored on line 2',
    ],
    [
      'a pair scored twice, apart',
      { 'scores.csv': 'mentee_id,mentor_id,score\nb,m1,5\na,m1,4\nb,m2,2\nb,m1,3\n' },
      ['--scores', 'scores.csv'],
      'scores.csv, line 5, column "mentee_id": pair b → m1 already scored on line 2',
    ],
    [
      'an unknown mentee id after known rows',
      { 'scores.csv': 'mentee_id,mentor_id,score\na,m1,5\na,m2,4\nab,m2,1\n' },
      ['--scores', 'scores.csv'],
      'scores.csv, line 4, column "mentee_id": unknown mentee id "ab"',
    ],
    [
      'a duplicate id',
      { 'mentees.csv': 'id,organisation\na,X\nb,Y\na,Z\n' },
      [],
      'mentees.csv, line 4, column "id": duplicate id "a" (first on line 2)',
    ],
    [
      'a negative capacity',
      { 'mentors.csv': 'id,organisation,capacity\nm1,Y,1\nm2,X,-2\n' },
      [],
      'mentors.csv, line 3, column "capacity": "-2" is not a whole number ≥ 0',
    ],
    [
      'a non-numeric score',
      { 'scores.csv': 'mentee_id,mentor_id,score\na,m1,high\n' },
      ['--scores', 'scores.csv'],
      'scores.csv, line 2, column "score": "high" is not a number ≥ 0 with at most 6 decimals',
    ],
    [
      'a missing column',
      { 'mentors.csv': 'id,capacity\nm1,1\n' },
      [],
      'mentors.csv, line 1, column "organisation": missing column',
    ],
    [
      'an unknown id in pins',
      { 'pins.csv': 'mentee_id,mentor_id\na,nobody\n' },
      ['--pins', 'pins.csv'],
      'pins.csv, line 2, column "mentor_id": unknown mentor id "nobody"',
    ],
    [
      'an impossible pin',
      { 'pins.csv': 'mentee_id,mentor_id\na,m2\n' },
      ['--pins', 'pins.csv'],
      'pin a → m2 breaks a rule: same organisation',
    ],
    ['a bad reciprocity tolerance', {}, ['--reciprocity', '-1'], 'reciprocity'],
  ];

  it.each(badInputs)(
    'rejects %s with exit code 2, a precise message and no output file',
    (_, files, extra, message) => {
      const dir = workspace({ 'mentees.csv': mentees, 'mentors.csv': mentors, ...files });
      const out = join(dir, 'matches.csv');
      const args = extra.map((a) => (a.endsWith('.csv') ? join(dir, a) : a));
      const result = run([
        'match',
        '--mentees',
        join(dir, 'mentees.csv'),
        '--mentors',
        join(dir, 'mentors.csv'),
        ...args,
        '--out',
        out,
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    },
  );

  it('rejects a missing required option with usage and exit code 2', () => {
    const result = run(['match', '--mentees', 'x.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--mentees, --mentors and --out are required');
  });

  it('names a file that does not exist, without a line number', () => {
    const dir = workspace({ 'mentors.csv': mentors });
    const out = join(dir, 'matches.csv');
    const missing = join(dir, 'no-such-mentees.csv');
    const result = run(['match', '--mentees', missing, '--mentors', join(dir, 'mentors.csv'), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${missing}: no such file`);
    expect(result.stderr).not.toContain('line 0');
    expect(existsSync(out)).toBe(false);
  });

  it('scores rejects bad input the same way and writes nothing', () => {
    const dir = workspace({ 'mentees.csv': 'id,organisation,seniority\na,X,9\n', 'mentors.csv': mentors });
    const out = join(dir, 'scores.csv');
    const result = run([
      'scores',
      '--mentees',
      join(dir, 'mentees.csv'),
      '--mentors',
      join(dir, 'mentors.csv'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'mentees.csv, line 2, column "seniority": "9" is not a level from 1 to 6',
    );
    expect(existsSync(out)).toBe(false);
  });
});
