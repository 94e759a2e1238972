// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../../shared/contract/auth.ts';
import {
  byLabel,
  byRole,
  choose,
  endpointOfLink,
  inGerman,
  queryByRole,
  render,
  signedIn,
} from '../../../test/dom.tsx';
import { contact, coordinator } from '../../../test/fixtures.ts';
import { TandemHealthCsvExport } from './tandem-health-csv-export.tsx';

const cycleId = '11111111-1111-4111-8111-111111111111';
const participant: Account = {
  ...contact,
  role: 'participant',
  organisationId: null,
  organisationName: null,
};

describe('the tandem health CSV export link', () => {
  it.each([
    ['coordinator', coordinator],
    ['organisation contact', contact],
  ])('is offered to the %s, with the separator they choose', async (_role, account) => {
    await render(signedIn(account, <TandemHealthCsvExport cycleId={cycleId} />));
    const href = () => byRole('link', 'Export figures as CSV').getAttribute('href')!;
    expect(endpointOfLink(href())).toEqual({ operationId: 'exportTandemHealthCsv', params: { id: cycleId } });
    expect(new URL(href(), 'http://localhost').search).toBe('');
    await choose(byLabel('Separator for the health CSV'), 'semicolon');
    expect(new URL(href(), 'http://localhost').search).toBe('?separator=semicolon');
  });

  it('is not offered to a participant, who may not call the export', async () => {
    await render(signedIn(participant, <TandemHealthCsvExport cycleId={cycleId} />));
    expect(queryByRole('link', 'Export figures as CSV')).toBeNull();
    expect(document.querySelector('select')).toBeNull();
  });

  it('speaks German to a German reader', async () => {
    await render(inGerman(signedIn(coordinator, <TandemHealthCsvExport cycleId={cycleId} />)));
    expect(byRole('link', 'Kennzahlen als CSV exportieren')).toBeTruthy();
    expect(byLabel('Trennzeichen der CSV-Datei mit den Kennzahlen')).toBeTruthy();
  });
});
