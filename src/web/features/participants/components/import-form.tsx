import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type ImportLineError,
  importLineErrorSchema,
  PARTICIPANT_IMPORT_MAX_BYTES,
} from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { ApiError } from '../../../lib/api.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CheckboxField, FormError, type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { importParticipants } from '../api/participants.ts';
import { type ImportOutcome, ImportReport } from './import-report.tsx';

/** Keeps only well-formed line errors; anything else in `details` would be unreadable in the report. */
function lineErrors(details: unknown): ImportLineError[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d) => {
    const parsed = importLineErrorSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}

type Props = { cycles: readonly Option[]; defaultCycleId?: string };

/** The largest file, in MiB, as the form names it. */
const maxMib = PARTICIPANT_IMPORT_MAX_BYTES / (1024 * 1024);

/**
 * Uploads a participant CSV. The server checks the whole file first and writes nothing if any line is
 * wrong, so the report lists every problem at once and the user fixes the file in one go.
 */
export function ImportForm({ cycles, defaultCycleId }: Props) {
  const t = useMessages(participantsMessages);
  const [cycleId, setCycleId] = useState(defaultCycleId ?? (cycles.length === 1 ? cycles[0]!.value : ''));
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ cycleId?: string; file?: string }>({});
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const report = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome) report.current?.focus();
  }, [outcome]);

  const upload = useAction(async (cycle: string, chosen: File, asDryRun: boolean) => {
    setOutcome(null);
    try {
      const result = await importParticipants(cycle, chosen, asDryRun);
      setOutcome({ kind: 'done', result, fileName: chosen.name });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'import_invalid')) throw error;
      // A file with wrong lines is an answer to show, not a failed upload.
      setOutcome({
        kind: 'invalid',
        problems: lineErrors(error.details),
        message: error.message,
        fileName: chosen.name,
      });
    }
  });

  const send = (asDryRun: boolean) => {
    const problems: typeof fieldErrors = {};
    if (!cycleId) problems.cycleId = t('importMissingCycle');
    if (!file) problems.file = t('importMissingFile');
    else if (file.size > PARTICIPANT_IMPORT_MAX_BYTES)
      problems.file = t('importFileTooLarge', { mib: maxMib });
    else if (file.size === 0) problems.file = t('importFileEmpty');
    setFieldErrors(problems);
    upload.setError(null);
    if (problems.cycleId || problems.file || !file) {
      if (problems.cycleId) document.querySelector<HTMLElement>('[data-field="cycleId"]')?.focus();
      else fileInput.current?.focus();
      return;
    }
    void upload.run(cycleId, file, asDryRun);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(dryRun);
  };

  return (
    <>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={upload.error} />
        <SelectField
          name="cycleId"
          label={t('cycle')}
          required
          emptyLabel={t('chooseCycle')}
          options={cycles}
          value={cycleId}
          onChange={setCycleId}
          error={fieldErrors.cycleId}
        />
        <div className={fieldErrors.file ? 'field field--invalid' : 'field'}>
          <label htmlFor={fileId}>{t('csvFile')}</label>
          <p className="field__hint" id={`${fileId}-hint`}>
            {t('csvFileHint', { mib: maxMib })}
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
          label={t('dryRun')}
          hint={t('dryRunHint')}
          checked={dryRun}
          onChange={setDryRun}
        />
        <button type="submit" className="button" disabled={upload.busy}>
          {upload.busy ? t('importing') : t('import')}
        </button>
        {upload.busy ? (
          <p role="status" className="loading">
            {t('reading')}
          </p>
        ) : null}
      </form>

      {outcome ? (
        <ImportReport
          outcome={outcome}
          headingRef={report}
          busy={upload.busy}
          onImportNow={() => send(false)}
        />
      ) : null}
    </>
  );
}
