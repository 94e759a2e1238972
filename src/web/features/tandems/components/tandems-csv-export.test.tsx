// @vitest-environment jsdom
import { describeCsvExportLink } from '../../../test/csv-export-link.tsx';
import { TandemsCsvExport } from './tandems-csv-export.tsx';

describeCsvExportLink('the tandems CSV export link', {
  link: (cycleId) => <TandemsCsvExport cycleId={cycleId} />,
  operationId: 'exportTandemsCsv',
  words: { link: 'Export tandems as CSV', separator: 'Separator for the tandems CSV' },
  german: { link: 'Tandems als CSV exportieren', separator: 'Trennzeichen der Tandem-CSV-Datei' },
});
