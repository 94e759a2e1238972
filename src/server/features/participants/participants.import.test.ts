import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createCycle,
  createOrganisation,
  createParticipant,
} from '../../../../test/factories.ts';
import { participantCsvColumns } from '../../../shared/contract/participants.ts';
import { parseCsv } from '../../csv/csv.ts';
import { SESSION_COOKIE } from '../../http/authenticate.ts';
import { DEMO_COORDINATOR_EMAIL, DEMO_PASSWORD } from '../setup/demo-consortium.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const HEADER = participantCsvColumns.join(',');
// Mia is in the cycle already (see createConsortium); her row here matches what is stored.
const VALID = `${HEADER}
nora@alpha.example,Nora Neu,Alpha Bank,mentee,Team Lead,2,de|en,Hamburg,female,"negotiation, visibility",,1
otto@alpha.example,Otto Ober,alpha bank,mentor,Director,5,de,Berlin,male,,"finance, ""hard"" talks",2
paula@beta.example,Paula Peters,Beta Motors,mentor,Head of Sales,4,en|fr,Munich,non-binary,,sales,1
mia@alpha.example,Mia Mentee,Alpha Bank,mentee,Team Lead,2,de|en,Berlin,female,negotiation,,1
`;

function importCsv(
  cookie: string,
  body: string | Buffer,
  options: { cycleId?: string; dryRun?: boolean; contentType?: string } = {},
) {
  const query = new URLSearchParams({ cycleId: options.cycleId ?? c.cycleId });
  if (options.dryRun !== undefined) query.set('dryRun', String(options.dryRun));
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/participants/import?${query}`,
    headers: { cookie, 'content-type': options.contentType ?? 'text/csv; charset=utf-8' },
    payload: body,
  });
}

function exportCsv(cookie: string, query = '') {
  return t.app.inject({ url: `/api/v1/participants/export.csv${query}`, headers: { cookie } });
}

/** Everything an import could change, to compare before and after. */
async function snapshot() {
  const people = await t.db.selectFrom('people').selectAll().orderBy('email').execute();
  const participants = await t.db.selectFrom('participants').selectAll().orderBy('id').execute();
  const imports = await t.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', '=', 'participants.imported')
    .execute();
  return { people, participants, imports: imports.length };
}

async function participantsOfCycle(cycleId = c.cycleId) {
  return t.db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .select(['pe.email', 'pe.name', 'pe.job_title', 'p.role', 'p.capacity', 'pe.organisation_id'])
    .where('p.cycle_id', '=', cycleId)
    .orderBy('pe.email')
    .execute();
}

describe('importing a participant file', () => {
  it('writes all rows in one go, and a second import of the same file changes nothing', async () => {
    const first = await importCsv(c.cookies.coordinator, VALID);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 1, dryRun: false });
    const rows = await participantsOfCycle();
    expect(rows.map((r) => r.email)).toEqual([
      'ben@beta.example',
      'mia@alpha.example',
      'mona@alpha.example',
      'nora@alpha.example',
      'otto@alpha.example',
      'paula@beta.example',
    ]);
    const otto = (
      await t.app.inject({
        url: `/api/v1/participants?q=otto`,
        headers: { cookie: c.cookies.coordinator },
      })
    ).json().participants[0];
    expect(otto).toMatchObject({
      organisationId: c.organisationA,
      role: 'mentor',
      jobTitle: 'Director',
      seniority: 5,
      languages: ['de'],
      location: 'Berlin',
      gender: 'male',
      expertise: 'finance, "hard" talks',
      capacity: 2,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_email', 'target_id', 'details'])
      .where('action', '=', 'participants.imported')
      .execute();
    expect(audit).toEqual([
      {
        actor_email: 'coordinator@example.org',
        target_id: c.cycleId,
        details: { created: 3, updated: 0, unchanged: 1, rows: 4 },
      },
    ]);

    const before = await snapshot();
    const again = await importCsv(c.cookies.coordinator, VALID);
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 4, dryRun: false });
    const after = await snapshot();
    expect(after.people).toEqual(before.people);
    expect(after.participants).toEqual(before.participants);
  });

  it('updates changed rows by email instead of adding duplicates', async () => {
    await importCsv(c.cookies.coordinator, VALID);
    const changed = VALID.replace(
      'Nora Neu,Alpha Bank,mentee,Team Lead',
      'Nora Neu,Alpha Bank,mentee,Group Lead',
    )
      .replace(
        'Head of Sales,4,en|fr,Munich,non-binary,,sales,1',
        'Head of Sales,4,en|fr,Munich,non-binary,,sales,3',
      )
      .replace('otto@alpha.example', 'OTTO@Alpha.Example');
    const response = await importCsv(c.cookies.coordinator, changed);
    expect(response.json()).toEqual({ created: 0, updated: 2, unchanged: 2, dryRun: false });
    const rows = await participantsOfCycle();
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.email === 'nora@alpha.example')?.job_title).toBe('Group Lead');
    expect(rows.find((r) => r.email === 'paula@beta.example')?.capacity).toBe(3);
  });

  it('adds people known from another cycle to this one without duplicating them', async () => {
    const next = await createCycle(t.db, [c.organisationA, c.organisationB], 'Cycle 2028');
    const response = await importCsv(c.cookies.coordinator, VALID, { cycleId: next });
    expect(response.json()).toEqual({ created: 4, updated: 0, unchanged: 0, dryRun: false });
    const people = await t.db
      .selectFrom('people')
      .select('email')
      .where('email', '=', 'mia@alpha.example')
      .execute();
    expect(people).toHaveLength(1);
  });

  it('reads semicolon files with a byte-order mark and CRLF, as spreadsheets save them', async () => {
    const semicolons = `\uFEFFemail;name;organisation;role;languages;goals\r\nnora@alpha.example;Nora Neu;Alpha Bank;Mentee;de, en;leading, negotiating\r\n\r\n`;
    const response = await importCsv(c.cookies.coordinator, semicolons);
    expect(response.statusCode).toBe(200);
    expect(response.json().created).toBe(1);
    const nora = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'nora@alpha.example')
      .executeTakeFirstOrThrow();
    expect(nora.languages).toEqual(['de', 'en']);
  });

  it('takes languages by their English or German names as well as by code', async () => {
    const file = `email,name,organisation,role,languages\nnora@alpha.example,Nora Neu,Alpha Bank,mentee,"German; Englisch|fr"\n`;
    const response = await importCsv(c.cookies.coordinator, file);
    expect(response.statusCode).toBe(200);
    const nora = await t.db
      .selectFrom('people')
      .select('languages')
      .where('email', '=', 'nora@alpha.example')
      .executeTakeFirstOrThrow();
    expect(nora.languages).toEqual(['de', 'en', 'fr']);

    const unknown = await importCsv(
      c.cookies.coordinator,
      `email,name,organisation,role,languages\notto@alpha.example,Otto,Alpha Bank,mentee,Klingon\nute@alpha.example,Ute,Alpha Bank,mentee,xx\n`,
    );
    expect(unknown.statusCode).toBe(422);
    // Not a language at all, and two letters that are no ISO 639-1 code.
    expect(unknown.json().error.details).toEqual([
      { line: 2, column: 'languages', message: expect.stringContaining('German, Deutsch') },
      { line: 3, column: 'languages', message: expect.stringContaining('German, Deutsch') },
    ]);
  });

  it('reads the German column names, in any case, as the English ones', async () => {
    const file = [
      'E-Mail;NAME;Organisation;Rolle;Position;Führungsebene;Sprachen;Standort;geschlecht;Ziele;Fachgebiete;Kapazität',
      'otto@alpha.example;Otto Ober;Alpha Bank;mentor;Director;5;Deutsch|en;Berlin;male;;Finanzen;2',
      '',
    ].join('\r\n');
    const response = await importCsv(c.cookies.coordinator, file);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 1, updated: 0, unchanged: 0, dryRun: false });
    const otto = await t.db
      .selectFrom('participants as p')
      .innerJoin('people as pe', 'pe.id', 'p.person_id')
      .select(['pe.name', 'pe.job_title', 'pe.seniority', 'pe.languages', 'pe.location', 'pe.gender'])
      .select(['p.role', 'p.expertise', 'p.capacity'])
      .where('pe.email', '=', 'otto@alpha.example')
      .executeTakeFirstOrThrow();
    expect(otto).toEqual({
      name: 'Otto Ober',
      job_title: 'Director',
      seniority: 5,
      languages: ['de', 'en'],
      location: 'Berlin',
      gender: 'male',
      role: 'mentor',
      expertise: 'Finanzen',
      capacity: 2,
    });

    // An umlaut written decomposed, as some programs do, names the same column.
    const decomposed = `email,name,organisation,role,F\u0075\u0308hrungsebene\nute@alpha.example,Ute,Alpha Bank,mentee,3\n`;
    expect((await importCsv(c.cookies.coordinator, decomposed, { dryRun: true })).json()).toMatchObject({
      created: 1,
    });
  });

  it('with dryRun reports the counts and writes nothing', async () => {
    const before = await snapshot();
    const response = await importCsv(c.cookies.coordinator, VALID, { dryRun: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 3, updated: 0, unchanged: 1, dryRun: true });
    expect(await snapshot()).toEqual(before);
  });
});

describe('a file with errors', () => {
  it('is refused whole with every error at its line and column, and nothing is written', async () => {
    const file = [
      'email,name,organisation,role,seniority,goals',
      'bad-email,Anna,Alpha Bank,mentee,2,"line one',
      'line two"',
      'b@alpha.example,Ben,Alpha Bank,boss,2,x',
      'c@alpha.example,Cem,Alpha Bank,mentee,9,x',
      'd@alpha.example,Dora,Nowhere Ltd,mentee,2,x',
      'e@alpha.example,Emil,Alpha Bank,mentor,5,x',
      'E@alpha.example,Emma,Alpha Bank,mentee,2,x',
      'f@alpha.example,Fritz,Alpha Bank,mentee',
      'g@alpha.example,Gina,Alpha Bank,mentee,3,fine',
      'ben@beta.example,Ben Mentee,Alpha Bank,mentee,2,x',
      '',
    ].join('\n');
    const before = await snapshot();
    const response = await importCsv(c.cookies.coordinator, file);
    expect(response.statusCode).toBe(422);
    const { error } = response.json();
    expect(error.code).toBe('import_invalid');
    expect(error.message).toBe('The file has 7 errors; nothing was imported.');
    expect(error.details).toEqual([
      { line: 2, column: 'email', message: 'must be a valid email address' },
      { line: 4, column: 'role', message: 'must be mentor or mentee' },
      { line: 5, column: 'seniority', message: expect.stringContaining('1 to 6') },
      { line: 9, column: null, message: expect.stringContaining('has 4 cells but the header has 6') },
      { line: 6, column: 'organisation', message: 'no organisation is named "Nowhere Ltd"' },
      { line: 8, column: 'email', message: 'appears already on line 7' },
      { line: 11, column: 'email', message: 'belongs to a person of another organisation' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('is refused when a required column is missing or a column is unknown', async () => {
    const response = await importCsv(
      c.cookies.coordinator,
      'email,name,favourite_colour\nnora@alpha.example,Nora,blue\n',
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { line: 1, column: 'favourite_colour', message: expect.stringContaining('unknown column') },
      { line: 1, column: 'role', message: 'required column is missing' },
    ]);
  });

  it('is refused when a column is named in English and in German as well', async () => {
    const response = await importCsv(
      c.cookies.coordinator,
      'email,name,role,Rolle,e-mail\nnora@alpha.example,Nora,mentee,mentee,nora@alpha.example\n',
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      { line: 1, column: 'role', message: expect.stringContaining('as "role" and as "rolle"') },
      { line: 1, column: 'email', message: expect.stringContaining('as "email" and as "e-mail"') },
    ]);
  });

  it('reports broken quoting and files without rows at their line', async () => {
    const stray = await importCsv(
      c.cookies.coordinator,
      `${HEADER}\nnora@alpha.example,Nora "N" Neu,Alpha Bank,mentee,,,,,,,,\n`,
    );
    expect(stray.statusCode).toBe(422);
    expect(stray.json().error.details).toEqual([
      { line: 2, column: null, message: expect.stringContaining('quote') },
    ]);
    const unclosed = await importCsv(
      c.cookies.coordinator,
      `email,name,role\nnora@alpha.example,Nora,mentee\notto@alpha.example,"Otto,mentor\nx@alpha.example,X,mentee\n`,
    );
    expect(unclosed.json().error.details).toEqual([
      { line: 3, column: null, message: expect.stringContaining('never closed') },
    ]);
    const empty = await importCsv(c.cookies.coordinator, `${HEADER}\n`);
    expect(empty.json().error.details).toEqual([
      { line: 2, column: null, message: expect.stringContaining('no participants') },
    ]);
  });

  it('names organisations that are not in the cycle', async () => {
    await createOrganisation(t.db, 'Gamma Energy');
    const response = await importCsv(
      c.cookies.coordinator,
      'email,name,organisation,role\ng@gamma.example,Gina,Gamma Energy,mentee\n',
    );
    expect(response.json().error.details).toEqual([
      {
        line: 2,
        column: 'organisation',
        message: '"Gamma Energy" does not take part in the cycle Cycle 2027',
      },
    ]);
  });
});

describe('imports by an organisation contact', () => {
  it('take rows of their own organisation (or none named) and refuse rows of another', async () => {
    const before = await snapshot();
    const mixed =
      'email,name,organisation,role\nnora@alpha.example,Nora,,mentee\npaula@beta.example,Paula,Beta Motors,mentor\n';
    const refused = await importCsv(c.cookies.contactA, mixed);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([
      { line: 3, column: 'organisation', message: 'must be your own organisation or empty' },
    ]);
    expect(await snapshot()).toEqual(before);

    const own = await importCsv(
      c.cookies.contactA,
      'email,name,organisation,role\nnora@alpha.example,Nora,,mentee\notto@alpha.example,Otto,Alpha Bank,mentor\n',
    );
    expect(own.json()).toMatchObject({ created: 2 });
    const nora = (await participantsOfCycle()).find((r) => r.email === 'nora@alpha.example');
    expect(nora?.organisation_id).toBe(c.organisationA);
  });

  it('cannot reach a cycle their organisation is not in', async () => {
    const betaOnly = await createCycle(t.db, [c.organisationB], 'Beta pilot');
    const response = await importCsv(
      c.cookies.contactA,
      'email,name,role\nnora@alpha.example,Nora,mentee\n',
      { cycleId: betaOnly },
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('the file encoding', () => {
  // Excel's plain "CSV" is Windows-1252; for the letters used here its bytes are those of Latin-1.
  const windows1252 = (text: string) => Buffer.from(text, 'latin1');
  const ACCENTED =
    'email,name,organisation,role\njuergen@gruenfeld.example,Jürgen Groß,Grünfeld Foods,mentee\nzoe@alpha.example,Zoë Zander,Alpha Bank,mentor\n';

  async function gruenfeldCycle() {
    const gruenfeld = await createOrganisation(t.db, 'Grünfeld Foods');
    return createCycle(t.db, [c.organisationA, gruenfeld], 'Cycle 2028');
  }

  it('imports UTF-8 accented names as they are, and an independent reader finds them in the export', async () => {
    const cycleId = await gruenfeldCycle();
    const response = await importCsv(c.cookies.coordinator, Buffer.from(ACCENTED, 'utf8'), { cycleId });
    expect(response.json()).toEqual({ created: 2, updated: 0, unchanged: 0, dryRun: false });
    const exported = await exportCsv(c.cookies.coordinator, `?cycleId=${cycleId}`);
    const records: Record<string, string>[] = parse(exported.rawPayload, { bom: true, columns: true });
    expect(records.map((r) => [r.email, r.name, r.organisation]).sort()).toEqual([
      ['juergen@gruenfeld.example', 'Jürgen Groß', 'Grünfeld Foods'],
      ['zoe@alpha.example', 'Zoë Zander', 'Alpha Bank'],
    ]);
  });

  it('refuses a Windows-1252 file with 422, naming the line and how to save it as UTF-8, and writes nothing', async () => {
    const cycleId = await gruenfeldCycle();
    const before = await snapshot();
    for (const dryRun of [false, true]) {
      const response = await importCsv(c.cookies.coordinator, windows1252(ACCENTED), { cycleId, dryRun });
      expect(response.statusCode).toBe(422);
      const { error } = response.json();
      expect(error.code).toBe('import_invalid');
      expect(error.message).toBe('The file is not UTF-8 text; nothing was imported.');
      expect(error.details).toEqual([
        {
          line: 2,
          column: null,
          message: expect.stringContaining('is not UTF-8 text, first in "Jürgen" (read as Windows-1252'),
        },
      ]);
      expect(error.details[0].message).toContain('in Excel, Save as → CSV UTF-8');
      // Not the old answer about an organisation whose name lost its "ü".
      expect(response.body).not.toContain('\uFFFD');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('never stores U+FFFD: a Windows-1252 file whose rows would all be valid is refused too', async () => {
    const before = await snapshot();
    const response = await importCsv(
      c.cookies.coordinator,
      windows1252('email,name,organisation,role\nzoe@alpha.example,Zoë Zander,Alpha Bank,mentor\n'),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0]).toMatchObject({ line: 2, column: null });
    expect(await snapshot()).toEqual(before);
    const names = await t.db.selectFrom('people').select('name').execute();
    expect(names.filter((p) => p.name.includes('\uFFFD'))).toEqual([]);
  });

  it('refuses a UTF-8 file that already lost characters (U+FFFD) and one with NUL characters (UTF-16)', async () => {
    const before = await snapshot();
    const lost = await importCsv(
      c.cookies.coordinator,
      'email,name,organisation,role\nnora@alpha.example,Nora,Alpha Bank,mentee\nzoe@alpha.example,Zo\uFFFD Zander,Alpha Bank,mentor\n',
    );
    expect(lost.statusCode).toBe(422);
    expect(lost.json().error.details).toEqual([
      { line: 3, column: null, message: expect.stringContaining('"Zo\uFFFD"') },
    ]);
    const utf16 = await importCsv(
      c.cookies.coordinator,
      Buffer.from('\uFEFFemail,name,role\nnora@alpha.example,Nora,mentee\n', 'utf16le'),
    );
    expect(utf16.statusCode).toBe(422);
    expect(utf16.json().error.message).toBe('The file is not UTF-8 text; nothing was imported.');
    expect(await snapshot()).toEqual(before);
  });
});

describe('the import request', () => {
  it('refuses a body over 10 MiB with 413', async () => {
    const row = 'nora@alpha.example,Nora Neu,Alpha Bank,mentee,Team Lead,2,de|en,Hamburg,female,goals,,1\n';
    const huge = `${HEADER}\n${row.repeat(Math.ceil((10 * 1024 * 1024) / row.length) + 10)}`;
    const before = await snapshot();
    const response = await importCsv(c.cookies.coordinator, huge);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
    expect(await snapshot()).toEqual(before);
  });

  it('asks for the CSV file itself when sent JSON', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/participants/import?cycleId=${c.cycleId}`,
      headers: { cookie: c.cookies.coordinator },
      payload: { csv: VALID },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error).toMatchObject({
      code: 'unsupported_media_type',
      message: expect.stringContaining('text/csv'),
    });
    const mislabelled = await importCsv(c.cookies.coordinator, VALID, { contentType: 'application/json' });
    expect(mislabelled.statusCode).toBe(400);
    expect(mislabelled.json().error.message).toMatch(/JSON/);
    // What curl --data-binary sends without a header.
    const form = await importCsv(c.cookies.coordinator, VALID, {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error).toMatchObject({
      code: 'unsupported_media_type',
      message: expect.stringContaining('text/csv'),
    });
  });

  it('refuses a closed cycle', async () => {
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const response = await importCsv(c.cookies.coordinator, VALID);
    expect(response.statusCode).toBe(409);
  });
});

describe('exporting participants', () => {
  it('writes a CSV download with formula-like cells escaped, and audits it', async () => {
    await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: '=cmd()',
      email: 'formula@alpha.example',
    });
    await t.db.updateTable('participants').set({ goals: '+1 visibility; -2 meetings' }).execute();
    const response = await exportCsv(c.cookies.coordinator, `?cycleId=${c.cycleId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="participants.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${HEADER}`);
    const formulaLine = lines.find((l) => l.startsWith('formula@alpha.example'))!;
    expect(formulaLine).toContain(`,'=cmd(),Alpha Bank,`);
    expect(formulaLine).toContain(`,"'+1 visibility; -2 meetings",`);
    // No cell of the file starts like a formula.
    const cells = parseCsv(response.body.replaceAll("'", '’')).records.flatMap((r) => r.cells);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_email', 'details'])
      .where('action', '=', 'participants.exported')
      .execute();
    expect(audit).toEqual([
      { actor_email: 'coordinator@example.org', details: { count: 4, filter: { cycleId: c.cycleId } } },
    ]);
  });

  it('gives an organisation contact their own organisation only', async () => {
    const response = await exportCsv(c.cookies.contactA);
    const emails = parseCsv(response.body).records.map((r) => r.cells[0]);
    expect(emails.sort()).toEqual(['mia@alpha.example', 'mona@alpha.example']);
    const filtered = await exportCsv(c.cookies.contactA, `?organisationId=${c.organisationB}`);
    expect(parseCsv(filtered.body).records).toEqual([]);
    expect((await exportCsv(c.cookies.menteeA)).statusCode).toBe(403);
  });

  it('starts with a UTF-8 byte-order mark, so spreadsheets show accented names right', async () => {
    await t.db
      .updateTable('people')
      .set({ name: 'Zoë Zander' })
      .where('email', '=', 'mia@alpha.example')
      .execute();
    await t.db
      .updateTable('organisations')
      .set({ name: 'Grünfeld Foods' })
      .where('id', '=', c.organisationB)
      .execute();
    const response = await exportCsv(c.cookies.coordinator, `?cycleId=${c.cycleId}`);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // What LibreOffice and Excel see: the mark, then the header, then the rows.
    const records: Record<string, string>[] = parse(response.rawPayload, { bom: true, columns: true });
    expect(Object.keys(records[0]!)).toEqual([...participantCsvColumns]);
    expect(records.find((r) => r.email === 'mia@alpha.example')?.name).toBe('Zoë Zander');
    expect(records.find((r) => r.email === 'ben@beta.example')?.organisation).toBe('Grünfeld Foods');
  });

  it('writes semicolons for German Excel when asked, with the same cells, and imports back unchanged', async () => {
    await t.db
      .updateTable('participants')
      .set({ goals: 'leading; negotiating, "hard" talks', expertise: '=SUM(A1)' })
      .execute();
    const comma = await exportCsv(c.cookies.coordinator, `?cycleId=${c.cycleId}`);
    const semicolon = await exportCsv(c.cookies.coordinator, `?cycleId=${c.cycleId}&separator=semicolon`);
    expect(semicolon.statusCode).toBe(200);
    expect(semicolon.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(semicolon.body.split('\r\n')[0]).toBe(`\uFEFF${participantCsvColumns.join(';')}`);
    const cells = (file: Buffer, delimiter: string): string[][] => parse(file, { bom: true, delimiter });
    expect(cells(semicolon.rawPayload, ';')).toEqual(cells(comma.rawPayload, ','));
    expect(cells(semicolon.rawPayload, ';')).toHaveLength(4);
    expect(cells(semicolon.rawPayload, ';')[1]).toContain('leading; negotiating, "hard" talks');

    const before = await snapshot();
    const again = await importCsv(c.cookies.coordinator, semicolon.rawPayload);
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 3, dryRun: false });
    expect((await snapshot()).participants).toEqual(before.participants);
  });

  it('refuses a separator it does not know', async () => {
    const response = await exportCsv(c.cookies.coordinator, '?separator=tab');
    expect(response.statusCode).toBe(400);
  });

  it('imports back unchanged, tricky cells included', async () => {
    await importCsv(
      c.cookies.coordinator,
      `${HEADER}
tricky@alpha.example,"=HYPERLINK(""http://x"")",Alpha Bank,mentee,Team Lead,,en,"Köln; Bonn",,"- lead
- negotiate","@home, +more",1
`,
    );
    const exported = await exportCsv(c.cookies.coordinator, `?cycleId=${c.cycleId}`);
    const before = await snapshot();
    const response = await importCsv(c.cookies.coordinator, exported.body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 0, updated: 0, unchanged: 4, dryRun: false });
    const after = await snapshot();
    expect(after.people).toEqual(before.people);
    expect(after.participants).toEqual(before.participants);
    const tricky = after.people.find((p) => p.email === 'tricky@alpha.example');
    expect(tricky?.name).toBe('=HYPERLINK("http://x")');
  });
});

describe('the example file', () => {
  it('imports cleanly into the demo cycle', async () => {
    const demo = await buildTestApp();
    try {
      expect((await demo.app.inject({ method: 'POST', url: '/api/v1/setup/demo' })).statusCode).toBe(200);
      const signIn = await demo.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: DEMO_COORDINATOR_EMAIL, password: DEMO_PASSWORD },
      });
      const cookie = `${SESSION_COOKIE}=${signIn.cookies.find((x) => x.name === SESSION_COOKIE)!.value}`;
      const [cycle] = (await demo.app.inject({ url: '/api/v1/cycles', headers: { cookie } })).json().cycles;
      const file = readFileSync(new URL('../../../../examples/participants.csv', import.meta.url), 'utf8');
      expect(parseCsv(file).header).toEqual([...participantCsvColumns]);
      const response = await demo.app.inject({
        method: 'POST',
        url: `/api/v1/participants/import?cycleId=${cycle.id}`,
        headers: { cookie, 'content-type': 'text/csv' },
        payload: file,
      });
      expect(response.json()).toEqual({ created: 12, updated: 0, unchanged: 0, dryRun: false });
    } finally {
      await demo.close();
    }
  });
});
