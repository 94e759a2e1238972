import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { OperationId } from '../../shared/contract/endpoints.ts';
import { byLabel, byRole, choose, endpointOfLink, inGerman, queryByRole, render, signedIn } from './dom.tsx';
import { contact, coordinator } from './fixtures.ts';

// The behaviour every cycle's CSV export link shares (`lib/ui/csv-download.tsx` behind it): offered
// to the staff who may call the export, with the separator they choose, to nobody else, in the
// reader's language. Each export's test names its own words and endpoint.

const cycleId = '11111111-1111-4111-8111-111111111111';
const participant: Account = {
  ...contact,
  role: 'participant',
  organisationId: null,
  organisationName: null,
};

export interface CsvExportLinkCase {
  /** The export control of one cycle. */
  link: (cycleId: string) => ReactElement;
  operationId: OperationId;
  words: { link: string; separator: string };
  german: { link: string; separator: string };
}

export function describeCsvExportLink(name: string, c: CsvExportLinkCase) {
  describe(name, () => {
    it.each([
      ['coordinator', coordinator],
      ['organisation contact', contact],
    ])('is offered to the %s, with the separator they choose', async (_role, account) => {
      await render(signedIn(account, c.link(cycleId)));
      const href = () => byRole('link', c.words.link).getAttribute('href')!;
      expect(endpointOfLink(href())).toEqual({ operationId: c.operationId, params: { id: cycleId } });
      expect(new URL(href(), 'http://localhost').search).toBe('');
      await choose(byLabel(c.words.separator), 'semicolon');
      expect(new URL(href(), 'http://localhost').search).toBe('?separator=semicolon');
    });

    it('is not offered to a participant, who may not call the export', async () => {
      await render(signedIn(participant, c.link(cycleId)));
      expect(queryByRole('link', c.words.link)).toBeNull();
      expect(document.querySelector('select')).toBeNull();
    });

    it('speaks German to a German reader', async () => {
      await render(inGerman(signedIn(coordinator, c.link(cycleId))));
      expect(byRole('link', c.german.link)).toBeTruthy();
      expect(byLabel(c.german.separator)).toBeTruthy();
    });
  });
}
