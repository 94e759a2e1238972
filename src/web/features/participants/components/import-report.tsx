import type { RefObject } from 'react';
import type { ImportLineError, ImportResult } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

export type ImportOutcome =
  | { kind: 'done'; result: ImportResult; fileName: string }
  | { kind: 'invalid'; problems: ImportLineError[]; message: string; fileName: string };

type Props = {
  outcome: ImportOutcome;
  /** The report's heading; it receives focus when a report appears. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  /** After a dry run: import the same file for real. */
  onImportNow: () => void;
};

/** What an import did (or would do), or every problem in a file that was not imported. */
export function ImportReport({ outcome, headingRef, busy, onImportNow }: Props) {
  const t = useMessages(participantsMessages);
  if (outcome.kind === 'done') {
    const { result, fileName } = outcome;
    return (
      <section className="notice notice--success import-report" aria-labelledby="import-report-heading">
        <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
          {t(result.dryRun ? 'reportReady' : 'reportImported', { fileName })}
        </h2>
        <p>
          {t(result.dryRun ? 'reportWould' : 'reportDone', {
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          })}
        </p>
        {result.dryRun ? (
          <button type="button" className="button" disabled={busy} onClick={onImportNow}>
            {t('importNow', { fileName })}
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <section className="notice notice--error import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
        {t('reportNotImported', { fileName: outcome.fileName })}
      </h2>
      <p>{t('reportProblems', { message: outcome.message, count: outcome.problems.length })}</p>
      {outcome.problems.length ? (
        <TableRegion label={t('problemsTable')}>
          <table className="table">
            <caption className="visually-hidden">{t('problemsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('problemLine')}
                </th>
                <th scope="col">{t('problemColumn')}</th>
                <th scope="col">{t('problem')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.problems.map((p, i) => (
                // The same line can have several problems; the index keeps keys unique.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
                <tr key={i}>
                  <td className="num">{p.line}</td>
                  <td>{p.column ? <code>{p.column}</code> : '—'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
