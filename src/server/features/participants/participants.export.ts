import { type CsvSeparator, participantCsvColumns } from '../../../shared/contract/participants.ts';
import { writeCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { listAllParticipants } from './participants.repository.ts';

/**
 * The participants an actor may see, as a CSV that the import reads back unchanged. It starts with
 * a UTF-8 byte-order mark: without it Excel and LibreOffice read the file as their local 8-bit
 * encoding and show "ZoÃ«" for "Zoë".
 */
export async function exportParticipants(
  trx: Trx,
  actor: Actor,
  filter: { cycleId?: string; organisationId?: string },
  separator: CsvSeparator = 'comma',
): Promise<string> {
  const participants = await listAllParticipants(trx, {
    scopeOrganisationId: organisationScope(actor),
    ...filter,
  });
  const rows = participants.map((p) => [
    p.email,
    p.name,
    p.organisationName,
    p.role,
    p.jobTitle,
    p.seniority,
    p.languages.join('|'),
    p.location,
    p.gender,
    p.goals,
    p.expertise,
    p.capacity,
  ]);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'participants.exported',
    targetType: 'participant',
    details: { count: rows.length, filter },
  });
  return `\uFEFF${writeCsv(participantCsvColumns, rows, separator === 'semicolon' ? ';' : ',')}`;
}
