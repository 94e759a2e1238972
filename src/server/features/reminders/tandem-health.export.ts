import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import { type TandemHealth, tandemHealthCsvColumns } from '../../../shared/contract/reminders.ts';
import { writeCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readTandemHealth } from './tandem-health.service.ts';

/** A timestamp's calendar date in UTC, as the app keeps dates (`YYYY-MM-DD`). */
const dateOf = (iso: string | null) => (iso === null ? '' : iso.slice(0, 10));
const yesNo = (value: boolean) => (value ? 'true' : 'false');

function row(h: TandemHealth): (string | number | null)[] {
  const survey = (side: TandemHealth['surveys']['mentee']) =>
    side ? [side.kind, yesNo(side.done)] : ['', ''];
  return [
    h.tandemId,
    h.status,
    h.mentee.name,
    h.mentee.organisationName,
    h.mentor.name,
    h.mentor.organisationName,
    dateOf(h.publishedAt),
    h.agreement.state,
    dateOf(h.agreement.signedAt),
    h.cadenceDays,
    h.meetingsHeld,
    h.meetingsExpected,
    dateOf(h.lastMeetingAt),
    dateOf(h.nextMeetingAt),
    h.goals.notStarted,
    h.goals.onTrack,
    h.goals.atRisk,
    h.goals.achieved,
    h.goals.dropped,
    h.goals.percentAchieved,
    ...survey(h.surveys.mentee),
    ...survey(h.surveys.mentor),
    yesNo(h.overdue),
    yesNo(h.inactive),
    h.daysSinceActivity,
  ];
}

/**
 * The cycle's tandem health list as a CSV file: the same tandems and figures as the list (the
 * coordinator every tandem, a contact those with one of their own people; another organisation's
 * cycle answers 404), one row per tandem, never notes, goal texts, agreement text or answers (nor
 * a survey's title: its kind names it). Starts with a UTF-8 byte-order mark, as the participants
 * export does.
 */
export async function exportTandemHealth(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  now: Date,
  separator: CsvSeparator = 'comma',
): Promise<string> {
  const list = await readTandemHealth(trx, actor, cycleId, now);
  const rows = list.tandems.map(row);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'tandem_health.exported',
    targetType: 'cycle',
    targetId: cycleId,
    details: { tandems: rows.length },
  });
  return `\uFEFF${writeCsv(tandemHealthCsvColumns, rows, separator === 'semicolon' ? ';' : ',')}`;
}
