import { tandemEndpoints } from '../../../../shared/contract/tandems.ts';
import { tandemsMessages } from '../../../../shared/i18n/tandems.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { CsvDownload } from '../../../lib/ui/csv-download.tsx';
import { tandemExportUrl } from '../api/tandems.ts';

/**
 * The download of the cycle's tandems as the list shows them to the reader. Offered to those who
 * may call the export (staff).
 */
export function TandemsCsvExport({ cycleId }: { cycleId: string }) {
  const t = useMessages(tandemsMessages);
  const mayCall = useMayCall();
  if (!mayCall(tandemEndpoints.exportCsv)) return null;
  return (
    <CsvDownload
      label={t('exportCsv')}
      separatorLabel={t('csvSeparator')}
      name="tandems-separator"
      href={(separator) => tandemExportUrl(cycleId, separator)}
    />
  );
}
