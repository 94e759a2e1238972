// Reading and writing the matching CSV files: read as the web import reads (comma or semicolon,
// RFC 4180 quoting, UTF-8 only, BOM, CRLF), written with commas. Every complaint names the file,
// the line and the column so a coordinator can fix the spreadsheet.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type ExplicitScore,
  MatchingError,
  type Mentee,
  type Mentor,
  type PairRef,
  type Profile,
  type Progress,
  type RemotePreference,
} from '../core/matching/index.ts';
import { CsvSyntaxError, decodeCsvBytes, forEachCsvRecord } from '../server/csv/csv.ts';

export class CsvInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    detail: string,
  ) {
    // Line 0 means the file as a whole (it could not be read), so no line is named.
    const where = line > 0 ? `, line ${line}${column ? `, column "${column}"` : ''}` : '';
    super(`${line > 0 ? basename(file) : file}${where}: ${detail}`);
    this.name = 'CsvInputError';
  }
}

export interface CsvTable {
  file: string;
  header: string[];
  /** Calls `visit` for each data row with its fields and the line it starts on. */
  forEach(visit: (fields: string[], line: number) => void): void;
}

/**
 * Parses CSV text as the web import does (src/server/csv: comma or semicolon, whichever the header
 * row has more of; RFC 4180 quoting; BOM; CRLF). Rows are produced on demand so a million-line file
 * is not held twice.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const records = (visit: (fields: string[], line: number) => unknown) => {
    try {
      forEachCsvRecord(text, visit);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw new CsvInputError(file, error.line, null, error.detail);
      throw error;
    }
  };
  let header = null as string[] | null;
  records((fields) => {
    header = fields.map((f) => f.trim());
    return false;
  });
  if (header === null) throw new CsvInputError(file, 1, null, 'the file is empty; a header row is required');
  const columns: string[] = header;
  return {
    file,
    header: columns,
    forEach(visit) {
      let first = true;
      records((fields, line) => {
        if (first) {
          first = false;
          return;
        }
        if (fields.length !== columns.length) {
          throw new CsvInputError(
            file,
            line,
            null,
            `expected ${columns.length} fields as in the header, found ${fields.length}`,
          );
        }
        visit(fields, line);
      });
    },
  };
}

export function readCsvFile(path: string): CsvTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CsvInputError(path, 0, null, readErrorText(error as NodeJS.ErrnoException));
  }
  let text: string;
  try {
    text = decodeCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CsvInputError(path, error.line, null, error.detail);
    throw error;
  }
  return parseCsv(text, path);
}

function readErrorText(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a folder, not a CSV file';
  if (error.code === 'EACCES') return 'no permission to read it';
  return `cannot read the file (${error.code ?? error.message})`;
}

/** Index of a column by any of its accepted names, or -1. */
function column(table: CsvTable, ...names: string[]): number {
  for (const name of names) {
    const index = table.header.findIndex((h) => h.toLowerCase() === name);
    if (index >= 0) return index;
  }
  return -1;
}

function requireColumn(table: CsvTable, name: string): number {
  const index = column(table, name);
  if (index < 0) throw new CsvInputError(table.file, 1, name, `missing column; the header needs "${name}"`);
  return index;
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function text(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

interface ProfileColumns {
  topics: number;
  seniority: number;
  languages: number;
  requiredLanguage: number;
  location: number;
  remote: number;
  gender: number;
  preferredGender: number;
  preferredGenderStrength: number;
  industry: number;
}

function profileColumns(table: CsvTable, role: 'mentee' | 'mentor'): ProfileColumns {
  const menteeOnly = (index: number) => (role === 'mentee' ? index : -1);
  return {
    topics: column(table, 'topics', role === 'mentee' ? 'goals' : 'expertise'),
    seniority: column(table, 'seniority'),
    languages: column(table, 'languages'),
    requiredLanguage: menteeOnly(column(table, 'required_language')),
    location: column(table, 'location'),
    remote: column(table, 'remote'),
    gender: column(table, 'gender'),
    preferredGender: menteeOnly(column(table, 'preferred_mentor_gender')),
    preferredGenderStrength: menteeOnly(column(table, 'preferred_mentor_gender_strength')),
    industry: column(table, 'industry'),
  };
}

function readProfile(
  table: CsvTable,
  cols: ProfileColumns,
  fields: string[],
  line: number,
): Profile | undefined {
  const profile: Profile = {};
  const at = (index: number) => (index >= 0 ? fields[index] : undefined);
  const topics = list(at(cols.topics));
  if (topics) profile.topics = topics;
  const seniority = text(at(cols.seniority));
  if (seniority !== undefined) {
    const level = Number(seniority);
    if (!Number.isInteger(level) || level < 1 || level > 6) {
      throw new CsvInputError(
        table.file,
        line,
        table.header[cols.seniority]!,
        `"${seniority}" is not a level from 1 to 6`,
      );
    }
    profile.seniority = level;
  }
  const languages = list(at(cols.languages));
  if (languages) profile.languages = languages;
  const required = text(at(cols.requiredLanguage));
  if (required) profile.requiredLanguage = required;
  const location = text(at(cols.location));
  if (location) profile.location = location;
  const remote = text(at(cols.remote))?.toLowerCase();
  if (remote !== undefined) {
    if (remote !== 'in-person' && remote !== 'remote' && remote !== 'either') {
      throw new CsvInputError(
        table.file,
        line,
        table.header[cols.remote]!,
        `"${remote}" must be in-person, remote or either`,
      );
    }
    profile.remote = remote as RemotePreference;
  }
  const gender = text(at(cols.gender));
  if (gender) profile.gender = gender;
  const preferred = text(at(cols.preferredGender));
  if (preferred) profile.preferredMentorGender = preferred;
  const strength = text(at(cols.preferredGenderStrength))?.toLowerCase();
  if (strength !== undefined) {
    if (strength !== 'hard' && strength !== 'soft') {
      throw new CsvInputError(
        table.file,
        line,
        table.header[cols.preferredGenderStrength]!,
        `"${strength}" must be hard or soft`,
      );
    }
    profile.preferredMentorGenderStrength = strength;
  }
  const industry = text(at(cols.industry));
  if (industry) profile.industry = industry;
  return Object.keys(profile).length > 0 ? profile : undefined;
}

function readId(
  table: CsvTable,
  fields: string[],
  index: number,
  line: number,
  seen: Map<string, number>,
): string {
  const id = fields[index]!.trim();
  const name = table.header[index]!;
  if (id === '') throw new CsvInputError(table.file, line, name, 'the id is empty');
  const earlier = seen.get(id);
  if (earlier !== undefined)
    throw new CsvInputError(table.file, line, name, `duplicate id "${id}" (first on line ${earlier})`);
  seen.set(id, line);
  return id;
}

export interface PeopleFile<T> {
  people: T[];
  /** Line each id was read from, to point back at the file. */
  lines: Map<string, number>;
}

export function readMentees(path: string): PeopleFile<Mentee> {
  const table = readCsvFile(path);
  const id = requireColumn(table, 'id');
  const organisation = requireColumn(table, 'organisation');
  const cols = profileColumns(table, 'mentee');
  const lines = new Map<string, number>();
  const people: Mentee[] = [];
  table.forEach((fields, line) => {
    const mentee: Mentee = {
      id: readId(table, fields, id, line, lines),
      organisation: requireText(table, fields, organisation, line),
    };
    const profile = readProfile(table, cols, fields, line);
    if (profile) mentee.profile = profile;
    people.push(mentee);
  });
  return { people, lines };
}

export function readMentors(path: string): PeopleFile<Mentor> {
  const table = readCsvFile(path);
  const id = requireColumn(table, 'id');
  const organisation = requireColumn(table, 'organisation');
  const capacityColumn = column(table, 'capacity');
  const cols = profileColumns(table, 'mentor');
  const lines = new Map<string, number>();
  const people: Mentor[] = [];
  table.forEach((fields, line) => {
    let capacity = 1;
    const raw = capacityColumn >= 0 ? fields[capacityColumn]!.trim() : '';
    if (raw !== '') {
      capacity = Number(raw);
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(capacity)) {
        throw new CsvInputError(table.file, line, 'capacity', `"${raw}" is not a whole number ≥ 0`);
      }
    }
    const mentor: Mentor = {
      id: readId(table, fields, id, line, lines),
      organisation: requireText(table, fields, organisation, line),
      capacity,
    };
    const profile = readProfile(table, cols, fields, line);
    if (profile) mentor.profile = profile;
    people.push(mentor);
  });
  return { people, lines };
}

function requireText(table: CsvTable, fields: string[], index: number, line: number): string {
  const value = fields[index]!.trim();
  if (value === '') throw new CsvInputError(table.file, line, table.header[index]!, 'the value is empty');
  return value;
}

const DECIMAL = /^(?:\d+(?:\.\d{0,6})?|\.\d{1,6})$/;

/** Reads mentee_id,mentor_id pairs, checking both ids exist. */
export function readPairs(path: string, mentees: Set<string>, mentors: Set<string>): PairRef[] {
  const pairs: PairRef[] = [];
  readPairRows(path, mentees, mentors, [], ({ menteeId, mentorId }) => pairs.push({ menteeId, mentorId }));
  return pairs;
}

/** Position of each id in a set, so pairs can be keyed by number. */
function positions(ids: Set<string>): Map<string, number> {
  const at = new Map<string, number>();
  for (const id of ids) at.set(id, at.size);
  return at;
}

/**
 * Visits each mentee_id,mentor_id row with both ids' positions in their sets, checking both exist.
 * Files usually list a mentee's pairs together, so the last mentee's id is looked up only once.
 * `pair` is one object reused for every row: read it during the visit, never keep it.
 */
function readPairRows(
  path: string,
  mentees: Set<string>,
  mentors: Set<string>,
  extra: string[],
  visit: (
    pair: { menteeId: string; mentorId: string; mentee: number; mentor: number },
    fields: string[],
    line: number,
    extraIndex: number[],
    table: CsvTable,
  ) => void,
): void {
  const table = readCsvFile(path);
  const menteeColumn = requireColumn(table, 'mentee_id');
  const mentorColumn = requireColumn(table, 'mentor_id');
  const extraIndex = extra.map((name) => requireColumn(table, name));
  const menteeAt = positions(mentees);
  const mentorAt = positions(mentors);
  const pair = { menteeId: '', mentorId: '', mentee: -1, mentor: -1 };
  table.forEach((fields, line) => {
    const menteeId = fields[menteeColumn]!.trim();
    const mentorId = fields[mentorColumn]!.trim();
    if (menteeId !== pair.menteeId || pair.mentee < 0) {
      const at = menteeAt.get(menteeId);
      if (at === undefined)
        throw new CsvInputError(table.file, line, 'mentee_id', `unknown mentee id "${menteeId}"`);
      pair.menteeId = menteeId;
      pair.mentee = at;
    }
    const at = mentorAt.get(mentorId);
    if (at === undefined)
      throw new CsvInputError(table.file, line, 'mentor_id', `unknown mentor id "${mentorId}"`);
    pair.mentorId = mentorId;
    pair.mentor = at;
    visit(pair, fields, line, extraIndex, table);
  });
}

/** Reads mentee_id,mentor_id,score; scores are plain decimals ≥ 0 with at most 6 places. */
export function readScores(path: string, mentees: Set<string>, mentors: Set<string>): ExplicitScore[] {
  const scores: ExplicitScore[] = [];
  // Pairs keyed by number: a million string keys would cost more than reading the file.
  const seen = new Map<number, number>();
  readPairRows(path, mentees, mentors, ['score'], (pair, fields, line, [scoreColumn], table) => {
    const raw = fields[scoreColumn!]!.trim();
    if (!DECIMAL.test(raw)) {
      throw new CsvInputError(
        table.file,
        line,
        'score',
        `"${raw}" is not a number ≥ 0 with at most 6 decimals`,
      );
    }
    const key = pair.mentee * mentors.size + pair.mentor;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new CsvInputError(
        table.file,
        line,
        'mentee_id',
        `pair ${pair.menteeId} → ${pair.mentorId} already scored on line ${earlier}`,
      );
    }
    seen.set(key, line);
    scores.push({ menteeId: pair.menteeId, mentorId: pair.mentorId, score: Number(raw) });
  });
  return scores;
}

/** Reads organisation_a,organisation_b pairs. */
export function readExclusions(path: string): [string, string][] {
  const table = readCsvFile(path);
  const a = requireColumn(table, 'organisation_a');
  const b = requireColumn(table, 'organisation_b');
  const result: [string, string][] = [];
  table.forEach((fields, line) => {
    result.push([requireText(table, fields, a, line), requireText(table, fields, b, line)]);
  });
  return result;
}

/** Quotes a field when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// Output plumbing shared by the match and scores commands.

/** Writes lines to a temporary file beside `path` and renames it into place, so a failed run leaves nothing. */
export function writeAtomically(path: string, produce: (write: (chunk: string) => void) => void): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temporary, 'w');
  let buffer = '';
  try {
    produce((chunk) => {
      buffer += chunk;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    });
    writeSync(fd, buffer);
    closeSync(fd);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Progress on stderr, shown only once a run has taken more than a second. */
export function progressReporter(enabled: boolean): { report: (p: Progress) => void; finish: () => void } {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    report(p) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < 1000 || now - last < 200) return;
      last = now;
      shown = true;
      const percent = p.total > 0 ? Math.floor((100 * p.done) / p.total) : 0;
      process.stderr.write(`\r${p.phase.padEnd(12)} ${String(percent).padStart(3)}%`);
    },
    finish() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

export class UsageError extends Error {}

/**
 * The CLI's answer to bad input, shared by its commands: the message on stderr (with the usage
 * for wrong options) and exit code 2. Returns null for errors that are not the user's input.
 */
export function reportInputError(command: string, usage: string, error: unknown): number | null {
  const wrongOptions =
    error instanceof UsageError ||
    (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'));
  if (!wrongOptions && !(error instanceof CsvInputError || error instanceof MatchingError)) return null;
  process.stderr.write(
    `crossmentor ${command}: ${(error as Error).message}\n${wrongOptions ? `\n${usage}` : ''}`,
  );
  return 2;
}
