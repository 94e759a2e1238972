import type { CycleEvent, EventAudience, EventRegistration } from '../../../../shared/contract/events.ts';
import { formatMessage } from '../../../../shared/i18n/catalogue.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { formatDay, formatTime } from '../../../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../../../shared/i18n/languages.ts';
import { utcOffsetLabel } from '../../../../shared/utc-offset.ts';
import { accountRoleLabel, participantRoleLabel } from '../../../lib/format.ts';

// Words and times of an event as staff read them, in the reader's language.

/** The viewer's own zone, which a new event starts from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every zone the browser knows, by name; the current one first when the browser does not list it. */
export function timeZoneOptions(current: string) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

const zoneName = (timeZone: string) => timeZone.replaceAll('_', ' ');

/**
 * "Thursday, 4 March 2027, 16:00–19:00 (UTC+1)", in the event's own zone, named when it is not the
 * reader's; an event over several days, or across a change of the clocks, gives each end its day
 * and offset.
 */
export function describeEventTime(
  language: UiLanguage,
  event: Pick<CycleEvent, 'startsAt' | 'endsAt' | 'timeZone'>,
  readerZone = browserTimeZone(),
): string {
  const { timeZone } = event;
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const values = {
    day: formatDay(language, start, timeZone),
    endDay: formatDay(language, end, timeZone),
    start: formatTime(language, start, timeZone),
    end: formatTime(language, end, timeZone),
    offset: utcOffsetLabel(start, timeZone),
    endOffset: utcOffsetLabel(end, timeZone),
    zone: zoneName(timeZone),
  };
  const named = timeZone !== readerZone;
  const oneSpan = values.day === values.endDay && values.offset === values.endOffset;
  const key = oneSpan ? (named ? 'whenSameDayInZone' : 'whenSameDay') : named ? 'whenDaysInZone' : 'whenDays';
  return formatMessage(eventAdminMessages, language, key, values);
}

/** The registration deadline in the event's zone: "Thursday, 25 February 2027, 16:00 (UTC+1)". */
export function describeDeadline(
  language: UiLanguage,
  event: Pick<CycleEvent, 'registrationDeadline' | 'timeZone'>,
  readerZone = browserTimeZone(),
): string {
  const at = new Date(event.registrationDeadline);
  const values = {
    day: formatDay(language, at, event.timeZone),
    time: formatTime(language, at, event.timeZone),
    offset: utcOffsetLabel(at, event.timeZone),
    zone: zoneName(event.timeZone),
  };
  return formatMessage(
    eventAdminMessages,
    language,
    event.timeZone === readerZone ? 'deadlineWhen' : 'deadlineWhenInZone',
    values,
  );
}

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
