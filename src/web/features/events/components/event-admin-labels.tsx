import type { CycleEvent, EventAudience, EventRegistration } from '../../../../shared/contract/events.ts';
import { formatMessage } from '../../../../shared/i18n/catalogue.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import type { UiLanguage } from '../../../../shared/i18n/languages.ts';
import { accountRoleLabel, participantRoleLabel } from '../../../lib/format.ts';

// Words of an event as staff read them, in the reader's language.

export const eventAudienceKeys = {
  everyone: 'audienceEveryone',
  mentors: 'audienceMentors',
  mentees: 'audienceMentees',
  contacts: 'audienceContacts',
} as const satisfies Record<EventAudience, string>;

/** Who the event is for, by name. */
export function audienceLabel(language: UiLanguage, audience: EventAudience): string {
  return formatMessage(eventAdminMessages, language, eventAudienceKeys[audience]);
}

/** A registrant's part in the programme: mentor, mentee or organisation contact. */
export function registrantRoleLabel(role: EventRegistration['role']): string {
  return role === 'contact' ? accountRoleLabel('organisation_contact') : participantRoleLabel(role);
}
