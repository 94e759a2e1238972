import { useState } from 'react';
import type { CsvSeparator } from '../../../shared/contract/participants.ts';
import { commonMessages } from '../../../shared/i18n/common.ts';
import { useMessages } from '../i18n.tsx';
import { type Option, SelectField } from './fields.tsx';

type CsvDownloadProps = {
  /** The link's text, e.g. "Export tandems as CSV". */
  label: string;
  /** The file's address for the chosen separator. */
  href: (separator: CsvSeparator) => string;
  /** The separator list's label where a page offers two downloads; "CSV separator" otherwise. */
  separatorLabel?: string;
  /** The list's field name, unique on the page. */
  name?: string;
};

/**
 * A CSV download with the separator it asks for: Excel in German (and other locales that write
 * decimals with a comma) splits a file's cells at semicolons only.
 */
export function CsvDownload({ label, href, separatorLabel, name = 'separator' }: CsvDownloadProps) {
  const t = useMessages(commonMessages);
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  const options: readonly (Option & { value: CsvSeparator })[] = [
    { value: 'comma', label: t('separatorComma') },
    { value: 'semicolon', label: t('separatorSemicolon') },
  ];
  return (
    <div className="csv-export">
      <SelectField
        name={name}
        label={separatorLabel ?? t('csvSeparator')}
        options={options}
        value={separator}
        onChange={(value) => setSeparator(value === 'semicolon' ? 'semicolon' : 'comma')}
      />
      <a className="button button--secondary" href={href(separator)} download>
        {label}
      </a>
    </div>
  );
}
