// @vitest-environment jsdom
import { describeCsvExportLink } from '../../../test/csv-export-link.tsx';
import { TandemHealthCsvExport } from './tandem-health-csv-export.tsx';

describeCsvExportLink('the tandem health CSV export link', {
  link: (cycleId) => <TandemHealthCsvExport cycleId={cycleId} />,
  operationId: 'exportTandemHealthCsv',
  words: { link: 'Export figures as CSV', separator: 'Separator for the health CSV' },
  german: {
    link: 'Stand der Tandems als CSV exportieren',
    separator: 'Trennzeichen der CSV-Datei zum Stand der Tandems',
  },
});
