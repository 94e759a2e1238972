import { useState } from 'react';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { tandemEndpoints } from '../../../../shared/contract/tandems.ts';
import { tandemsMessages } from '../../../../shared/i18n/tandems.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { tandemExportUrl } from '../api/tandems.ts';

/**
 * The download of the cycle's tandems as the list shows them to the reader, and the separator it
 * asks for: Excel in German splits a CSV file's cells at semicolons only. Offered to those who may
 * call the export (staff).
 */
export function TandemsCsvExport({ cycleId }: { cycleId: string }) {
  const t = useMessages(tandemsMessages);
  const mayCall = useMayCall();
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  if (!mayCall(tandemEndpoints.exportCsv)) return null;
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
      <a className="button button--secondary" href={tandemExportUrl(cycleId, separator)} download>
        {t('exportCsv')}
      </a>
    </div>
  );
}
