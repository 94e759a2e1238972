import { reminderEndpoints } from '../../../../shared/contract/reminders.ts';
import { tandemHealthMessages } from '../../../../shared/i18n/tandem-health.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { CsvDownload } from '../../../lib/ui/csv-download.tsx';
import { tandemHealthExportUrl } from '../api/reminders.ts';

/**
 * The download of the health table's figures, one row per tandem. Offered to those who may call
 * the export (staff).
 */
export function TandemHealthCsvExport({ cycleId }: { cycleId: string }) {
  const t = useMessages(tandemHealthMessages);
  const mayCall = useMayCall();
  if (!mayCall(reminderEndpoints.exportTandemHealthCsv)) return null;
  return (
    <CsvDownload
      label={t('exportCsv')}
      separatorLabel={t('csvSeparator')}
      name="separator"
      href={(separator) => tandemHealthExportUrl(cycleId, separator)}
    />
  );
}
