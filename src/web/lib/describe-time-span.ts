import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { formatDay, formatTime } from '../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import { timeSpansMessages } from '../../shared/i18n/time-spans.ts';
import { utcOffsetLabel } from '../../shared/utc-offset.ts';

// Meetings and events are shown in the zone they are held in, whoever reads them; the offset says
// which 02:30 is meant when the clocks go back and show the same hour twice.

/** The viewer's own zone, which new meetings and events start from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every zone the browser knows, by name; the current one first when the browser does not list it. */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zoneName(zone) }));
}

const zoneName = (timeZone: string) => timeZone.replaceAll('_', ' ');

/** Each shape of a span, as read in the reader's own zone and in another. */
const spanKeys = {
  sameDay: { own: 'sameDay', other: 'sameDayInZone' },
  acrossChange: { own: 'acrossChange', other: 'acrossChangeInZone' },
  days: { own: 'days', other: 'daysInZone' },
} as const;

/**
 * A meeting's or an event's time, in the reader's language: "Thursday, 4 March 2027, 10:00–11:30
 * (UTC+1)", "Donnerstag, 4. März 2027, 10:00–11:30 Uhr (UTC+1)". Across a change of the clocks each
 * end gets its offset ("01:30 (UTC-4)–01:00 (UTC-5)"); over several days each end gets its day.
 */
export function describeTimeSpan(
  language: UiLanguage,
  span: { startsAt: string; endsAt: string; timeZone: string },
  readerZone = browserTimeZone(),
): string {
  const { timeZone } = span;
  const start = new Date(span.startsAt);
  const end = new Date(span.endsAt);
  const values = {
    day: formatDay(language, start, timeZone),
    endDay: formatDay(language, end, timeZone),
    start: formatTime(language, start, timeZone),
    end: formatTime(language, end, timeZone),
    offset: utcOffsetLabel(start, timeZone),
    endOffset: utcOffsetLabel(end, timeZone),
    zone: zoneName(timeZone),
  };
  const shape =
    values.day !== values.endDay ? 'days' : values.offset !== values.endOffset ? 'acrossChange' : 'sameDay';
  const keys = spanKeys[shape];
  return formatMessage(timeSpansMessages, language, timeZone === readerZone ? keys.own : keys.other, values);
}

/** One moment, such as a registration deadline: "Thursday, 25 February 2027, 16:00 (UTC+1)". */
export function describeMoment(
  language: UiLanguage,
  at: string,
  timeZone: string,
  readerZone = browserTimeZone(),
): string {
  const moment = new Date(at);
  const values = {
    day: formatDay(language, moment, timeZone),
    time: formatTime(language, moment, timeZone),
    offset: utcOffsetLabel(moment, timeZone),
    zone: zoneName(timeZone),
  };
  return formatMessage(
    timeSpansMessages,
    language,
    timeZone === readerZone ? 'moment' : 'momentInZone',
    values,
  );
}
