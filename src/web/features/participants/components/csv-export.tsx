import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CsvDownload } from '../../../lib/ui/csv-download.tsx';
import { participantExportUrl } from '../api/participants.ts';

type Props = { filter: { cycleId?: string; organisationId?: string } };

/** The participants shown, as a CSV download. */
export function CsvExport({ filter }: Props) {
  const t = useMessages(participantsMessages);
  return (
    <CsvDownload
      label={t('exportCsv')}
      href={(separator) =>
        participantExportUrl({ ...filter, separator: separator === 'comma' ? undefined : separator })
      }
    />
  );
}
