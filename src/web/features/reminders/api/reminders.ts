import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import {
  reminderEndpoints as endpoints,
  type MailPreferencesUpdate,
} from '../../../../shared/contract/reminders.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

export function getMailPreferences(signal?: AbortSignal) {
  return call(endpoints.mailPreferences, { signal });
}

export function saveMailPreferences(preferences: MailPreferencesUpdate) {
  return call(endpoints.changeMailPreferences, { body: preferences });
}

/** Status and figures of the cycle's tandems the signed-in staff member may see; never notes. */
export function getTandemHealth(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.tandemHealth, { params: { id: cycleId }, signal });
}

/** Where the cycle's tandem health list downloads as a CSV file, one row of figures per tandem. */
export function tandemHealthExportUrl(cycleId: string, separator: CsvSeparator): string {
  return endpointUrl(endpoints.exportTandemHealthCsv, {
    params: { id: cycleId },
    query: { separator: separator === 'comma' ? undefined : separator },
  });
}
