import {
  type MailPreferencesUpdate,
  mailPreferencesSchema,
  tandemHealthListSchema,
} from '../../../../shared/contract/reminders.ts';
import { request } from '../../../lib/api.ts';

export function getMailPreferences(signal?: AbortSignal) {
  return request('/me/mail-preferences', mailPreferencesSchema, { signal });
}

export function saveMailPreferences(preferences: MailPreferencesUpdate) {
  return request('/me/mail-preferences', mailPreferencesSchema, { method: 'PUT', json: preferences });
}

/** Status and figures of the cycle's tandems the signed-in staff member may see; never notes. */
export function getTandemHealth(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/tandem-health`, tandemHealthListSchema, { signal });
}
