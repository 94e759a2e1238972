import { useState } from 'react';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { surveyEndpoints } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { surveyResultsCsvUrl } from '../api/surveys.ts';

/**
 * The results page's figures as a CSV download, with the separator it asks for (Excel in German
 * splits cells at semicolons only). Offered to those the server lets download it; the server hides
 * in the file what the page hides.
 */
export function SurveyResultsExport({ surveyId }: { surveyId: string }) {
  const t = useMessages(surveysMessages);
  const mayCall = useMayCall();
  const [separator, setSeparator] = useState<CsvSeparator>('comma');
  if (!mayCall(surveyEndpoints.resultsCsv)) return null;
  const separatorOptions: readonly (Option & { value: CsvSeparator })[] = [
    { value: 'comma', label: t('separatorComma') },
    { value: 'semicolon', label: t('separatorSemicolon') },
  ];
  return (
    <div>
      <div className="csv-export">
        <SelectField
          name="separator"
          label={t('csvSeparator')}
          options={separatorOptions}
          value={separator}
          onChange={(value) => setSeparator(value === 'semicolon' ? 'semicolon' : 'comma')}
        />
        <a className="button button--secondary" href={surveyResultsCsvUrl(surveyId, separator)} download>
          {t('exportResultsCsv')}
        </a>
      </div>
      <p className="muted">{t('exportResultsHint')}</p>
    </div>
  );
}
