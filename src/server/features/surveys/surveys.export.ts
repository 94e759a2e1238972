import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import {
  type SurveyQuestion,
  type SurveyResults,
  surveyResultsCsvColumns,
} from '../../../shared/contract/surveys.ts';
import { writeCsv } from '../../csv/csv.ts';
import type { Trx } from '../../db/database.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readSurvey, surveyResults } from './surveys.service.ts';

type Cell = string | number | null;

/**
 * A survey's results as a CSV file, for whoever may read them on the results page, in that page's
 * scope (a contact: their own organisation's people; another organisation's survey answers 404).
 * Reading them is the page's reading: it records the release of figures shown, as the page does.
 * The export is audited, as every export is.
 */
export async function exportSurveyResults(
  trx: Trx,
  actor: Actor,
  surveyId: string,
  now: Date,
  separator: CsvSeparator = 'comma',
): Promise<string> {
  const results = await surveyResults(trx, actor, surveyId, now);
  const { questions } = await readSurvey(trx, actor, surveyId, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'survey.results_exported',
    targetType: 'survey',
    targetId: surveyId,
    details: { scope: results.scope, suppressed: results.suppressed },
  });
  return surveyResultsCsv(results, questions, separator);
}

/**
 * A survey's results as CSV, written from the very answer the results page reads (`surveyResults`),
 * so a figure the page hides is hidden here too: an empty cell, with `suppressed` true. One row per
 * question and answer option or scale value; a text question gets one row with its count, never its
 * texts. With the whole survey hidden (too few answers, not closed yet, held back since a
 * reopening) not even the per-question counts show, as on the page. Starts with a UTF-8
 * byte-order mark, as the participant export does, so spreadsheets read accents right.
 * `questions` is the survey's definition (staff read it on the survey's page): it names a hidden
 * choice question's options, whose counts the results leave out.
 */
export function surveyResultsCsv(
  results: SurveyResults,
  questions: readonly SurveyQuestion[],
  separator: CsvSeparator = 'comma',
): string {
  const defined = new Map(questions.map((q) => [q.id, q]));
  const rows: Cell[][] = [];
  for (const q of results.questions) {
    const hidden = results.suppressed || q.suppressed;
    // The page shows how many answered a question whenever the survey's figures show at all.
    const answered = results.suppressed ? null : q.answered;
    const suppressed = String(hidden);
    const row = (option: string | null, count: number | null, mean: number | null): Cell[] => [
      q.id,
      q.text,
      q.type,
      option,
      hidden ? null : count,
      answered,
      hidden ? null : mean,
      suppressed,
    ];
    if (q.type === 'scale') {
      for (let value = 1; value <= 5; value++) {
        rows.push(row(String(value), q.counts?.[value - 1] ?? null, q.mean));
      }
    } else if (q.type === 'choice') {
      const counts = new Map((q.options ?? []).map((o) => [o.option, o.count]));
      const definition = defined.get(q.id);
      const options = definition?.type === 'choice' ? definition.options : [...counts.keys()];
      for (const option of options) rows.push(row(option, counts.get(option) ?? null, null));
    } else {
      rows.push(row(null, null, null));
    }
  }
  return `\uFEFF${writeCsv(surveyResultsCsvColumns, rows, separator === 'semicolon' ? ';' : ',')}`;
}
