import {
  reminderEndpoints as endpoints,
  type MailPreferencesUpdate,
} from '../../../../shared/contract/reminders.ts';
import { call } from '../../../lib/api.ts';

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
