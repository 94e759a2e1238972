import { z } from 'zod';
import { emailSchema, nameSchema } from '../../../shared/contract/common.ts';
import { contractErrorMap, messageKeys } from '../../../shared/contract/issue-messages.ts';
import {
  genders,
  type ImportLineError,
  type ImportResult,
  type ParticipantCsvColumn,
  participantCsvColumns,
  participantCsvGermanColumns,
  participantRoles,
  requiredParticipantCsvColumns,
} from '../../../shared/contract/participants.ts';
import { errorsImportMessages } from '../../../shared/i18n/errors-import.ts';
import { validationMessages } from '../../../shared/i18n/validation.ts';
import { ISO_639_1_CODES, languagesFromList } from '../../../shared/languages.ts';
import { CsvSyntaxError, parseCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { IssueWording, messagesOf, type Wording } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { organisationIdsByName } from '../organisations/organisations.service.ts';
import { finishCompleteNominations } from '../questionnaire/questionnaire.service.ts';
import { mayAddParticipantsTo } from './participants.policy.ts';
import {
  cycleOrganisationIds,
  findParticipationsOfPeople,
  findPeopleByEmails,
  insertParticipations,
  insertPeople,
  lockOrganisationsForImport,
  type ParticipationFields,
  type PersonFields,
  type PersonRecord,
  updateParticipationsBulk,
  updatePeopleBulk,
} from './participants.repository.ts';

const say = messagesOf(errorsImportMessages);

const MAX_REPORTED_ERRORS = 500;

const says = messageKeys(validationMessages);

const text = (max: number) => z.string().trim().max(max);
const optionalInt = (min: number, max: number, what: 'seniorityLevel' | 'capacityNumber') =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: what, params: { min, max } });
        return z.NEVER;
      }
      return n;
    });

// One schema per column, so every problem is reported at its line and column.
const cellSchemas = {
  email: emailSchema,
  name: nameSchema,
  organisation: text(200),
  role: z.string().trim().toLowerCase().pipe(z.enum(participantRoles)),
  job_title: text(200),
  seniority: optionalInt(1, 6, says('seniorityLevel')),
  languages: z
    .string()
    .transform(languagesFromList)
    .pipe(
      z
        .array(
          z.string().refine((code) => ISO_639_1_CODES.includes(code), {
            message: says('languagesByCodeOrName'),
          }),
        )
        .max(20, says('languagesMax')),
    ),
  location: text(200),
  gender: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v === '' ? 'undisclosed' : v.replace('-', '_')))
    .pipe(z.enum(genders, { message: says('genderOrEmpty') })),
  goals: text(2000),
  expertise: text(2000),
  capacity: optionalInt(1, 20, says('capacityNumber')).transform((v) => v ?? 1),
} satisfies Record<ParticipantCsvColumn, z.ZodType>;

type ImportRow = { line: number } & { [K in keyof typeof cellSchemas]: z.output<(typeof cellSchemas)[K]> };

/** What is wrong with a line (and column) of the file; the message is worded when reported. */
type LineProblem = Omit<ImportLineError, 'message'> & { message: Wording };

export class ImportErrors {
  readonly list: LineProblem[] = [];
  add(line: number, column: string | null, message: Wording) {
    this.list.push({ line, column, message });
  }
  toAppError(): AppError {
    const total = this.list.length;
    const shown = this.list.slice(0, MAX_REPORTED_ERRORS);
    return new AppError(
      'import_invalid',
      total > shown.length
        ? say('importFailedFirstListed', { total, shown: shown.length })
        : say('importFailed', { total }),
      shown,
    );
  }
}

/** A German column name (any case; the header arrives in lower case) and the column it names. */
const columnOfGermanName = new Map<string, ParticipantCsvColumn>(
  Object.entries(participantCsvGermanColumns).map(([column, german]) => [
    german.toLowerCase(),
    column as ParticipantCsvColumn,
  ]),
);

/**
 * The columns a header names, German names read as the English ones they stand for; a name that is
 * neither stays as it is, to be reported.
 */
function headerColumns(header: readonly string[]): string[] {
  // Umlauts may arrive decomposed (as macOS writes them): compared in composed form.
  return header.map((name) => columnOfGermanName.get(name.normalize('NFC')) ?? name);
}

function readRows(csv: string, errors: ImportErrors): ImportRow[] {
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      errors.add(error.line, null, error.said);
      return [];
    }
    throw error;
  }
  const columns = headerColumns(table.header);
  const known = new Set<string>(participantCsvColumns);
  columns.forEach((column, index) => {
    if (column === '') errors.add(1, null, say('columnNoName', { number: index + 1 }));
    else if (!known.has(column)) {
      errors.add(
        1,
        column,
        say('unknownColumn', {
          columns: participantCsvColumns.join(', '),
          germanColumns: Object.values(participantCsvGermanColumns).join(', '),
        }),
      );
    }
  });
  // The name each column was first given in the header, to tell a repeated name from an alias.
  const seen = new Map<string, string>();
  columns.forEach((column, index) => {
    const name = table.header[index]!;
    const first = seen.get(column);
    if (first === undefined || column === '') seen.set(column, name);
    else if (first === name) errors.add(1, column, say('columnTwice'));
    else errors.add(1, column, say('columnTwiceAs', { first, name }));
  });
  for (const column of requiredParticipantCsvColumns) {
    if (!columns.includes(column)) errors.add(1, column, say('columnMissing'));
  }
  if (errors.list.length > 0) return [];
  if (table.records.length === 0) {
    errors.add(2, null, say('noParticipants'));
    return [];
  }

  const rows: ImportRow[] = [];
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      errors.add(
        record.line,
        null,
        say('cellCount', {
          cells: record.cells.length,
          columns: table.header.length,
          delimiter: table.delimiter,
        }),
      );
      continue;
    }
    const row: Record<string, unknown> = { line: record.line };
    let ok = true;
    for (const column of participantCsvColumns) {
      const index = columns.indexOf(column);
      const raw = index >= 0 ? record.cells[index]! : '';
      const parsed = cellSchemas[column].safeParse(raw, { error: contractErrorMap });
      if (parsed.success) row[column] = parsed.data;
      else {
        ok = false;
        errors.add(record.line, column, new IssueWording(parsed.error.issues[0] ?? { message: 'invalid' }));
      }
    }
    if (ok) rows.push(row as ImportRow);
  }
  return rows;
}

function samePerson(a: PersonRecord, b: PersonFields) {
  return (
    a.name === b.name &&
    a.jobTitle === b.jobTitle &&
    a.seniority === b.seniority &&
    a.location === b.location &&
    a.gender === b.gender &&
    a.languages.join('|') === b.languages.join('|')
  );
}

function sameParticipation(a: ParticipationFields, b: ParticipationFields) {
  return a.role === b.role && a.goals === b.goals && a.expertise === b.expertise && a.capacity === b.capacity;
}

/**
 * Imports a participant CSV into a cycle: the whole file is checked first, and either every row is
 * written or none. People are keyed by email, so importing a file again updates instead of duplicating.
 * The caller runs this in a transaction.
 */
export async function importParticipants(
  trx: Trx,
  actor: Actor,
  input: { cycleId: string; csv: string; dryRun: boolean },
  now: Date,
): Promise<ImportResult> {
  const cycle = await getVisibleCycle(trx, actor, input.cycleId);
  enforce(mayAddParticipantsTo(actor, cycle));
  const scope = organisationScope(actor);
  const errors = new ImportErrors();
  const rows = readRows(input.csv, errors);

  const organisationsByName = await organisationIdsByName(trx);
  const inCycle = await cycleOrganisationIds(trx, cycle.id);
  // Each import into an organisation waits its turn, before it reads who exists already (a dry run
  // writes nothing and waits for nobody). A row naming no known organisation fails below anyway.
  if (!input.dryRun) {
    await lockOrganisationsForImport(
      trx,
      scope !== null
        ? [scope]
        : rows.flatMap((row) => organisationsByName.get(row.organisation.toLowerCase()) ?? []),
    );
  }
  const existingPeople = await findPeopleByEmails(
    trx,
    rows.map((r) => r.email),
  );
  const firstLineOfEmail = new Map<string, number>();
  const planned: { row: ImportRow; organisationId: string }[] = [];

  for (const row of rows) {
    const earlier = firstLineOfEmail.get(row.email);
    if (earlier !== undefined) {
      errors.add(row.line, 'email', say('emailTwice', { line: earlier }));
      continue;
    }
    firstLineOfEmail.set(row.email, row.line);
    let organisationId: string | undefined;
    if (row.organisation === '') {
      if (scope === null) {
        errors.add(row.line, 'organisation', say('organisationMissing'));
        continue;
      }
      organisationId = scope;
    } else {
      organisationId = organisationsByName.get(row.organisation.toLowerCase());
      if (!organisationId || (scope !== null && organisationId !== scope)) {
        errors.add(
          row.line,
          'organisation',
          scope === null ? say('organisationUnknown', { name: row.organisation }) : say('organisationNotOwn'),
        );
        continue;
      }
    }
    if (!inCycle.has(organisationId)) {
      errors.add(
        row.line,
        'organisation',
        say('organisationNotInCycle', { name: row.organisation, cycle: cycle.name }),
      );
      continue;
    }
    const person = existingPeople.get(row.email);
    if (person && person.organisationId !== organisationId) {
      errors.add(row.line, 'email', say('emailOfOtherOrganisation'));
      continue;
    }
    planned.push({ row, organisationId });
  }
  if (errors.list.length > 0) throw errors.toAppError();

  const existingParticipations = await findParticipationsOfPeople(
    trx,
    cycle.id,
    [...existingPeople.values()].map((p) => p.id),
  );
  const newPeople: PersonFields[] = [];
  const changedPeople: PersonRecord[] = [];
  const newParticipations: (Omit<ParticipationFields, 'personId'> & { email: string })[] = [];
  const changedParticipations: (ParticipationFields & { id: string })[] = [];
  let unchanged = 0;

  for (const { row, organisationId } of planned) {
    const person: PersonFields = {
      organisationId,
      email: row.email,
      name: row.name,
      jobTitle: row.job_title,
      seniority: row.seniority,
      languages: [...new Set(row.languages)],
      location: row.location,
      gender: row.gender,
    };
    const participation = {
      cycleId: cycle.id,
      role: row.role,
      goals: row.goals,
      expertise: row.expertise,
      capacity: row.capacity,
    };
    const existing = existingPeople.get(row.email);
    if (!existing) {
      newPeople.push(person);
      newParticipations.push({ ...participation, email: row.email });
      continue;
    }
    const personChanged = !samePerson(existing, person);
    if (personChanged) changedPeople.push({ ...person, id: existing.id });
    const current = existingParticipations.get(existing.id);
    const wanted = { ...participation, personId: existing.id };
    if (!current) newParticipations.push({ ...participation, email: row.email });
    else if (!sameParticipation(current, wanted)) changedParticipations.push({ ...wanted, id: current.id });
    else if (!personChanged) unchanged++;
  }

  const created = newParticipations.length;
  const updated = planned.length - created - unchanged;
  if (!input.dryRun) {
    const newIds = await insertPeople(trx, newPeople);
    await updatePeopleBulk(trx, changedPeople, now);
    await updateParticipationsBulk(trx, changedParticipations, now);
    const insertedIds = await insertParticipations(
      trx,
      newParticipations.map(({ email, ...p }) => ({
        ...p,
        personId: newIds.get(email) ?? existingPeople.get(email)!.id,
      })),
    );
    // A row that answers everything the questionnaire asks counts as a finished profile.
    await finishCompleteNominations(
      trx,
      cycle.id,
      [
        ...insertedIds,
        ...changedParticipations.map((p) => p.id),
        ...changedPeople.flatMap((p) => existingParticipations.get(p.id)?.id ?? []),
      ],
      now,
    );
    await recordAudit(trx, auditContext(actor, null), {
      action: 'participants.imported',
      targetType: 'cycle',
      targetId: cycle.id,
      details: { created, updated, unchanged, rows: planned.length },
    });
  }
  return { created, updated, unchanged, dryRun: input.dryRun };
}
