import { runComparisonCsvColumns } from '../../../shared/contract/matching.ts';
import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import { writeCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { compareRuns } from './match-runs.service.ts';

type Comparison = Awaited<ReturnType<typeof compareRuns>>;

/**
 * Two of a cycle's runs compared, as a CSV file, for whoever may compare them (the coordinator); a
 * run of another cycle answers 404, as the comparison does. Audited, as every export is. Answers the
 * runs' numbers too, for the file's name.
 */
export async function exportRunComparison(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  runs: { a: string; b: string },
  separator: CsvSeparator = 'comma',
): Promise<{ csv: string; numbers: [number, number] }> {
  const comparison = await compareRuns(trx, actor, cycleId, runs.a, runs.b);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'match_runs.comparison_exported',
    targetType: 'cycle',
    targetId: cycleId,
    details: { runs: [runs.a, runs.b], count: comparison.differences.length },
  });
  return {
    csv: runComparisonCsv(comparison, separator),
    numbers: [comparison.a.number, comparison.b.number],
  };
}

/**
 * A comparison of two runs as CSV, written from the comparison view's own answer (`compareRuns`):
 * one row per mentee whose mentor differs, each run's number, mentor (empty: unmatched) and score.
 * Starts with a UTF-8 byte-order mark, as the participant export does, so spreadsheets read names
 * with accents right.
 */
export function runComparisonCsv(comparison: Comparison, separator: CsvSeparator = 'comma'): string {
  const { a, b, differences } = comparison;
  const rows = differences.map((d) => [
    d.menteeId,
    d.menteeName,
    a.number,
    d.mentorA,
    d.scoreA,
    b.number,
    d.mentorB,
    d.scoreB,
  ]);
  return `\uFEFF${writeCsv(runComparisonCsvColumns, rows, separator === 'semicolon' ? ';' : ',')}`;
}
