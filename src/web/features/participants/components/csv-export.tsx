import { useState } from 'react';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { participantExportUrl } from '../api/participants.ts';

const separatorOptions: readonly (Option & { value: CsvSeparator })[] = [
  { value: 'comma', label: 'Comma (most programs)' },
  { value: 'semicolon', label: 'Semicolon (Excel in German)' },
];

type Props = { filter: { cycleId?: string; organisationId?: string } };

/**
 * The export link and the separator it asks for: Excel in German (and other locales that write
 * decimals with a comma) splits a CSV file's cells at semicolons only.
 */
export function CsvExport({ filter }: Props) {
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  return (
    <div className="csv-export">
      <SelectField
        name="separator"
        label="CSV separator"
        options={separatorOptions}
        value={separator}
        onChange={(value) => setSeparator(value === 'semicolon' ? 'semicolon' : 'comma')}
      />
      <a
        className="button button--secondary"
        href={participantExportUrl({ ...filter, separator: separator === 'comma' ? undefined : separator })}
        download
      >
        Export CSV
      </a>
    </div>
  );
}
