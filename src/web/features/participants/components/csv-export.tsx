import { useState } from 'react';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { participantExportUrl } from '../api/participants.ts';

type Props = { filter: { cycleId?: string; organisationId?: string } };

/**
 * The export link and the separator it asks for: Excel in German (and other locales that write
 * decimals with a comma) splits a CSV file's cells at semicolons only.
 */
export function CsvExport({ filter }: Props) {
  const t = useMessages(participantsMessages);
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
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
      <a
        className="button button--secondary"
        href={participantExportUrl({ ...filter, separator: separator === 'comma' ? undefined : separator })}
        download
      >
        {t('exportCsv')}
      </a>
    </div>
  );
}
