import { z } from 'zod';
import { emailSchema, nameSchema } from '../../../shared/contract/common.ts';
import {
  genders,
  type ImportLineError,
  type ImportResult,
  participantCsvColumns,
  participantRoles,
  requiredParticipantCsvColumns,
} from '../../../shared/contract/participants.ts';
import { ISO_639_1_CODES, languagesFromList } from '../../../shared/languages.ts';
import { CsvSyntaxError, parseCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
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

const MAX_REPORTED_ERRORS = 500;

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const optionalInt = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be ${what} (a whole number from ${min} to ${max})` });
        return z.NEVER;
      }
      return n;
    });

// One schema per column, so every problem is reported at its line and column.
const cellSchemas = {
  email: emailSchema,
  name: nameSchema,
  organisation: text(200),
  role: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(participantRoles, { message: 'must be mentor or mentee' })),
  job_title: text(200),
  seniority: optionalInt(1, 6, 'a seniority level'),
  languages: z
    .string()
    .transform(languagesFromList)
    .pipe(
      z
        .array(
          z.string().refine((code) => ISO_639_1_CODES.includes(code), {
            message: 'must name languages by code (de) or by English or German name (German, Deutsch)',
          }),
        )
        .max(20, 'must list at most 20 languages'),
    ),
  location: text(200),
  gender: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v === '' ? 'undisclosed' : v.replace('-', '_')))
    .pipe(z.enum(genders, { message: `must be one of ${genders.join(', ')} or empty` })),
  goals: text(2000),
  expertise: text(2000),
  capacity: optionalInt(1, 20, 'a capacity').transform((v) => v ?? 1),
} satisfies Record<(typeof participantCsvColumns)[number], z.ZodType>;

type ImportRow = { line: number } & { [K in keyof typeof cellSchemas]: z.output<(typeof cellSchemas)[K]> };

export class ImportErrors {
  readonly list: ImportLineError[] = [];
  add(line: number, column: string | null, message: string) {
    this.list.push({ line, column, message });
  }
  toAppError(): AppError {
    const total = this.list.length;
    const shown = this.list.slice(0, MAX_REPORTED_ERRORS);
    const more = total > shown.length ? ` (the first ${shown.length} are listed)` : '';
    return new AppError(
      'import_invalid',
      `The file has ${total} ${total === 1 ? 'error' : 'errors'}${more}; nothing was imported.`,
      shown,
    );
  }
}

function readRows(csv: string, errors: ImportErrors): ImportRow[] {
  let table: ReturnType<typeof parseCsv>;
  try {
    table = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      errors.add(error.line, null, error.detail);
      return [];
    }
    throw error;
  }
  const known = new Set<string>(participantCsvColumns);
  table.header.forEach((column, index) => {
    if (column === '') errors.add(1, null, `column ${index + 1} has no name`);
    else if (!known.has(column)) {
      errors.add(1, column, `unknown column; the columns are ${participantCsvColumns.join(', ')}`);
    }
  });
  const seen = new Set<string>();
  for (const column of table.header) {
    if (seen.has(column) && column !== '') errors.add(1, column, 'the column appears twice');
    seen.add(column);
  }
  for (const column of requiredParticipantCsvColumns) {
    if (!table.header.includes(column)) errors.add(1, column, 'required column is missing');
  }
  if (errors.list.length > 0) return [];
  if (table.records.length === 0) {
    errors.add(2, null, 'the file has a header but no participants');
    return [];
  }

  const rows: ImportRow[] = [];
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      errors.add(
        record.line,
        null,
        `has ${record.cells.length} cells but the header has ${table.header.length}; check for an unquoted ${table.delimiter}`,
      );
      continue;
    }
    const row: Record<string, unknown> = { line: record.line };
    let ok = true;
    for (const column of participantCsvColumns) {
      const index = table.header.indexOf(column);
      const raw = index >= 0 ? record.cells[index]! : '';
      const parsed = cellSchemas[column].safeParse(raw);
      if (parsed.success) row[column] = parsed.data;
      else {
        ok = false;
        errors.add(record.line, column, parsed.error.issues[0]?.message ?? 'is not valid');
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
      errors.add(row.line, 'email', `appears already on line ${earlier}`);
      continue;
    }
    firstLineOfEmail.set(row.email, row.line);
    let organisationId: string | undefined;
    if (row.organisation === '') {
      if (scope === null) {
        errors.add(row.line, 'organisation', 'must name the organisation');
        continue;
      }
      organisationId = scope;
    } else {
      organisationId = organisationsByName.get(row.organisation.toLowerCase());
      if (!organisationId || (scope !== null && organisationId !== scope)) {
        errors.add(
          row.line,
          'organisation',
          scope === null
            ? `no organisation is named "${row.organisation}"`
            : 'must be your own organisation or empty',
        );
        continue;
      }
    }
    if (!inCycle.has(organisationId)) {
      errors.add(
        row.line,
        'organisation',
        `"${row.organisation}" does not take part in the cycle ${cycle.name}`,
      );
      continue;
    }
    const person = existingPeople.get(row.email);
    if (person && person.organisationId !== organisationId) {
      errors.add(row.line, 'email', 'belongs to a person of another organisation');
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
