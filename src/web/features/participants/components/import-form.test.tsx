// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  click,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  render,
  uploadFile,
  waitFor,
} from '../../../test/dom.tsx';
import { ids } from '../../../test/fixtures.ts';
import { ImportForm } from './import-form.tsx';

const cycles = [{ value: ids.cycle2025, label: 'Leadership 2025' }];
const csv = () =>
  new File(['email,name,role\nada@acme.example,Ada,mentee\n'], 'people.csv', { type: 'text/csv' });

function reportRows(): string[][] {
  return [...document.querySelectorAll('.import-report tbody tr')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
  );
}

describe('ImportForm', () => {
  it('uploads the raw file as CSV for the chosen cycle and reports the counts', async () => {
    const calls = fakeApi(() => json(200, { created: 3, updated: 1, unchanged: 2, dryRun: false }));
    await render(<ImportForm cycles={cycles} />);
    await uploadFile(byLabel('CSV file'), csv());
    await click(byRole('button', 'Import'));

    await waitFor(() => expect(document.body.textContent).toContain('people.csv imported'));
    expect(document.body.textContent).toContain('Created 3 participants, updated 1, left 2 unchanged.');
    const call = calls[0]!;
    expect(endpointOf(call)).toEqual({ operationId: 'importParticipantsCsv', params: {} });
    expect(call.url.searchParams.get('cycleId')).toBe(ids.cycle2025);
    expect(call.url.searchParams.get('dryRun')).toBe('false');
    expect(call.headers.get('content-type')).toBe('text/csv');
    expect(call.body).toBeInstanceOf(File);
  });

  it('shows every problem by line and column when the server rejects the file', async () => {
    fakeApi(() =>
      apiError(422, 'import_invalid', 'The file has 2 problems.', [
        { line: 3, column: 'email', message: 'must be a valid email address' },
        { line: 7, column: null, message: 'has 14 columns, the header has 12' },
      ]),
    );
    await render(<ImportForm cycles={cycles} />);
    await uploadFile(byLabel('CSV file'), csv());
    await click(byRole('button', 'Import'));

    await waitFor(() => expect(document.body.textContent).toContain('people.csv was not imported'));
    expect(document.body.textContent).toContain('No participant was added or changed.');
    expect(reportRows()).toEqual([
      ['3', 'email', 'must be a valid email address'],
      ['7', '—', 'has 14 columns, the header has 12'],
    ]);
    // The report heading takes focus so a screen reader starts reading the result.
    expect(document.activeElement?.textContent).toBe('people.csv was not imported');
  });

  it('shows the answer to a file that is not UTF-8, with how to save it as UTF-8', async () => {
    const advice =
      'is not UTF-8 text, first in "Jürgen" (read as Windows-1252, which Excel writes for plain CSV). Save the file again as UTF-8: in Excel, Save as → CSV UTF-8 (Comma delimited).';
    fakeApi(() =>
      apiError(422, 'import_invalid', 'The file is not UTF-8 text; nothing was imported.', [
        { line: 2, column: null, message: advice },
      ]),
    );
    await render(<ImportForm cycles={cycles} />);
    expect(document.body.textContent).toContain('in Excel: Save as → CSV UTF-8');
    await uploadFile(byLabel('CSV file'), csv());
    await click(byRole('button', 'Import'));

    await waitFor(() => expect(document.body.textContent).toContain('people.csv was not imported'));
    expect(document.body.textContent).toContain('The file is not UTF-8 text; nothing was imported.');
    expect(reportRows()).toEqual([['2', '—', advice]]);
  });

  it('checks a file first when asked, then imports it on request', async () => {
    const calls = fakeApi(
      answers({
        importParticipantsCsv: ({ url }) =>
          json(200, {
            created: 2,
            updated: 0,
            unchanged: 0,
            dryRun: url.searchParams.get('dryRun') === 'true',
          }),
      }),
    );
    await render(<ImportForm cycles={cycles} />);
    await uploadFile(byLabel('CSV file'), csv());
    await click(byLabel('Check only (dry run)'));
    await click(byRole('button', 'Import'));
    await waitFor(() => expect(document.body.textContent).toContain('people.csv is ready to import'));
    expect(document.body.textContent).toContain(
      'Importing it would create 2 participants, update 0 and leave 0 unchanged.',
    );
    expect(calls[0]!.url.searchParams.get('dryRun')).toBe('true');

    await click(byRole('button', 'Import people.csv now'));
    await waitFor(() => expect(document.body.textContent).toContain('people.csv imported'));
    expect(calls[1]!.url.searchParams.get('dryRun')).toBe('false');
  });

  it('asks for a file and a cycle before sending anything', async () => {
    const calls = fakeApi(() => undefined);
    await render(<ImportForm cycles={[...cycles, { value: ids.cycle2024, label: 'Leadership 2024' }]} />);
    await click(byRole('button', 'Import'));
    expect(fieldError(byLabel('CSV file'))).toBe('Choose a CSV file to import.');
    expect(fieldError(byLabel('Cycle'))).toBe('Choose the cycle these participants take part in.');
    expect(calls).toHaveLength(0);
  });

  it('shows other failures as a message and keeps the chosen file', async () => {
    fakeApi(() => apiError(413, 'payload_too_large', 'The file is larger than 10 MiB.'));
    await render(<ImportForm cycles={cycles} />);
    await uploadFile(byLabel('CSV file'), csv());
    await click(byRole('button', 'Import'));
    await waitFor(() => expect(alerts()).toContain('The file is larger than 10 MiB.'));
    expect(byLabel('CSV file').files?.[0]?.name).toBe('people.csv');
  });
});
