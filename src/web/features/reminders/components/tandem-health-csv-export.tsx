import { useState } from 'react';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { reminderEndpoints } from '../../../../shared/contract/reminders.ts';
import { tandemHealthMessages } from '../../../../shared/i18n/tandem-health.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { tandemHealthExportUrl } from '../api/reminders.ts';

/**
 * The download of the health table's figures, one row per tandem, and the separator it asks for:
 * Excel in German splits a CSV file's cells at semicolons only. Offered to those who may call the
 * export (staff).
 */
export function TandemHealthCsvExport({ cycleId }: { cycleId: string }) {
  const t = useMessages(tandemHealthMessages);
  const mayCall = useMayCall();
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  if (!mayCall(reminderEndpoints.exportTandemHealthCsv)) return null;
  const separatorOptions: readonly (Option & { value: CsvSeparator })[] = [
    { value: 'comma', label: t('separatorComma') },
    { value: 'semicolon', label: t('separatorSemicolon') },
  ];
  return (
    <div className="csv-export">
      <SelectField
        name="separator"
        label={t('csvSeparator')}
        options={separatorOptions}
        value={separator}
        onChange={(value) => setSeparator(value === 'semicolon' ? 'semicolon' : 'comma')}
      />
      <a className="button button--secondary" href={tandemHealthExportUrl(cycleId, separator)} download>
        {t('exportCsv')}
      </a>
    </div>
  );
}
