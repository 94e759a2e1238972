import { surveyEndpoints } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { CsvDownload } from '../../../lib/ui/csv-download.tsx';
import { surveyResultsCsvUrl } from '../api/surveys.ts';

/**
 * The results page's figures as a CSV download. Offered to those the server lets download it; the
 * server hides in the file what the page hides.
 */
export function SurveyResultsExport({ surveyId }: { surveyId: string }) {
  const t = useMessages(surveysMessages);
  const mayCall = useMayCall();
  if (!mayCall(surveyEndpoints.resultsCsv)) return null;
  return (
    <div>
      <CsvDownload
        label={t('exportResultsCsv')}
        href={(separator) => surveyResultsCsvUrl(surveyId, separator)}
      />
      <p className="muted">{t('exportResultsHint')}</p>
    </div>
  );
}
