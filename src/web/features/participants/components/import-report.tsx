import type { RefObject } from 'react';
import type { ImportLineError, ImportResult } from '../../../../shared/contract/participants.ts';
import { plural } from '../../../lib/format.ts';
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
  if (outcome.kind === 'done') {
    const { result, fileName } = outcome;
    return (
      <section className="notice notice--success import-report" aria-labelledby="import-report-heading">
        <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
          {result.dryRun ? `${fileName} is ready to import` : `${fileName} imported`}
        </h2>
        <p>
          {result.dryRun
            ? `Importing it would create ${plural(result.created, 'participant')}, update ${result.updated} and leave ${result.unchanged} unchanged.`
            : `Created ${plural(result.created, 'participant')}, updated ${result.updated}, left ${result.unchanged} unchanged.`}
        </p>
        {result.dryRun ? (
          <button type="button" className="button" disabled={busy} onClick={onImportNow}>
            Import {fileName} now
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <section className="notice notice--error import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={headingRef} tabIndex={-1}>
        {outcome.fileName} was not imported
      </h2>
      <p>
        {outcome.message} No participant was added or changed. Correct{' '}
        {outcome.problems.length === 1 ? 'this problem' : `these ${outcome.problems.length} problems`} in the
        file and import it again.
      </p>
      {outcome.problems.length ? (
        <TableRegion label="Problems in the file">
          <table className="table">
            <caption className="visually-hidden">Problems by line</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Line
                </th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
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
