import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import { tandemCsvColumns } from '../../../shared/contract/tandems.ts';
import { writeCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { listVisibleTandems } from './tandems.service.ts';

/** A timestamp's calendar date in UTC, as the app keeps dates (`YYYY-MM-DD`). */
const dateOf = (iso: string | null) => (iso === null ? '' : iso.slice(0, 10));

/**
 * A cycle's tandems the actor sees, as the cycle's tandems page shows them: the coordinator every
 * tandem, a contact those with one of their own people. The rows are the list's own presentation,
 * so an email is there exactly where the tandem's page shows it (never of a person outside a
 * contact's organisation). Another organisation's cycle answers 404. Starts with a UTF-8
 * byte-order mark, as the participants export does, so spreadsheets read accented names right.
 */
export async function exportTandems(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  separator: CsvSeparator = 'comma',
): Promise<string> {
  await getVisibleCycle(trx, actor, cycleId);
  const tandems = await listVisibleTandems(trx, actor, cycleId);
  const rows = tandems.map((t) => [
    t.id,
    t.status,
    t.mentee.name,
    t.mentee.email,
    t.mentee.organisationName,
    t.mentor.name,
    t.mentor.email,
    t.mentor.organisationName,
    dateOf(t.publishedAt),
    dateOf(t.dissolvedAt),
  ]);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'tandems.exported',
    targetType: 'cycle',
    targetId: cycleId,
    details: { count: rows.length },
  });
  return `\uFEFF${writeCsv(tandemCsvColumns, rows, separator === 'semicolon' ? ';' : ',')}`;
}
