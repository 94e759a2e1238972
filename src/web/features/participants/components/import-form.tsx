import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type ImportLineError,
  type ImportResult,
  importLineErrorSchema,
  PARTICIPANT_IMPORT_MAX_BYTES,
} from '../../../../shared/contract/participants.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { plural } from '../../../lib/format.ts';
import { CheckboxField, FormError, type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { importParticipants } from '../api/participants.ts';

type Outcome =
  | { kind: 'done'; result: ImportResult; fileName: string }
  | { kind: 'invalid'; problems: ImportLineError[]; message: string; fileName: string };

/** Keeps only well-formed line errors; anything else in `details` would be unreadable in the report. */
function lineErrors(details: unknown): ImportLineError[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d) => {
    const parsed = importLineErrorSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

type Props = { cycles: readonly Option[]; defaultCycleId?: string };

/**
 * Uploads a participant CSV. The server checks the whole file first and writes nothing if any line is
 * wrong, so the report lists every problem at once and the user fixes the file in one go.
 */
export function ImportForm({ cycles, defaultCycleId }: Props) {
  const [cycleId, setCycleId] = useState(defaultCycleId ?? (cycles.length === 1 ? cycles[0]!.value : ''));
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ cycleId?: string; file?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const report = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome) report.current?.focus();
  }, [outcome]);

  const send = async (asDryRun: boolean) => {
    const problems: typeof fieldErrors = {};
    if (!cycleId) problems.cycleId = 'Choose the cycle these participants take part in.';
    if (!file) problems.file = 'Choose a CSV file to import.';
    else if (file.size > PARTICIPANT_IMPORT_MAX_BYTES)
      problems.file = 'The file is larger than 10 MiB. Split it into smaller files.';
    else if (file.size === 0) problems.file = 'The file is empty.';
    setFieldErrors(problems);
    setFormError(null);
    if (problems.cycleId || problems.file || !file) {
      if (problems.cycleId) document.querySelector<HTMLElement>('[data-field="cycleId"]')?.focus();
      else fileInput.current?.focus();
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const result = await importParticipants(cycleId, file, asDryRun);
      setOutcome({ kind: 'done', result, fileName: file.name });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'import_invalid') {
        setOutcome({
          kind: 'invalid',
          problems: lineErrors(error.details),
          message: error.message,
          fileName: file.name,
        });
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(dryRun);
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={formError} />
        <SelectField
          name="cycleId"
          label="Cycle"
          required
          emptyLabel="Choose a cycle"
          options={cycles}
          value={cycleId}
          onChange={setCycleId}
          error={fieldErrors.cycleId}
        />
        <div className={fieldErrors.file ? 'field field--invalid' : 'field'}>
          <label htmlFor={fileId}>CSV file</label>
          <p className="field__hint" id={`${fileId}-hint`}>
            UTF-8, comma separated, with a header line. At most 10 MiB.
          </p>
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldErrors.file ? true : undefined}
            aria-describedby={`${fileId}-hint${fieldErrors.file ? ` ${fileId}-error` : ''}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          {fieldErrors.file ? (
            <p className="field__error" id={`${fileId}-error`}>
              {fieldErrors.file}
            </p>
          ) : null}
        </div>
        <CheckboxField
          name="dryRun"
          label="Check only (dry run)"
          hint="Reports what the import would do, without saving anything."
          checked={dryRun}
          onChange={setDryRun}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        {busy ? (
          <p role="status" className="loading">
            Reading the file…
          </p>
        ) : null}
      </form>

      {outcome?.kind === 'done' ? (
        <section className="notice notice--success import-report" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading" ref={report} tabIndex={-1}>
            {outcome.result.dryRun
              ? `${outcome.fileName} is ready to import`
              : `${outcome.fileName} imported`}
          </h2>
          <p>
            {outcome.result.dryRun ? 'Importing it would create' : 'Created'}{' '}
            {plural(outcome.result.created, 'participant')}, {outcome.result.dryRun ? 'update' : 'updated'}{' '}
            {outcome.result.updated}, and leave {outcome.result.unchanged} unchanged.
          </p>
          {outcome.result.dryRun ? (
            <button type="button" className="button" disabled={busy} onClick={() => void send(false)}>
              Import {outcome.fileName} now
            </button>
          ) : null}
        </section>
      ) : null}

      {outcome?.kind === 'invalid' ? (
        <section className="notice notice--error import-report" aria-labelledby="import-report-heading">
          <h2 id="import-report-heading" ref={report} tabIndex={-1}>
            {outcome.fileName} was not imported
          </h2>
          <p>
            {outcome.message} No participant was added or changed. Correct{' '}
            {outcome.problems.length === 1 ? 'this problem' : `these ${outcome.problems.length} problems`} in
            the file and import it again.
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
      ) : null}
    </>
  );
}
