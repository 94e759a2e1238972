import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { formatDay, formatTime } from '../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import { meetingsMessages } from '../../shared/i18n/meetings.ts';
import { utcOffsetLabel } from '../../shared/utc-offset.ts';

/** The viewer's own zone, which new meetings and events start from. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * A meeting's or an event's time: "Thursday, 4 March 2027, 10:00–11:30 (UTC+1)", "Donnerstag, 4. März 2027, 10:00–11:30 Uhr
 * (UTC+1)": in the meeting's own zone, named when it is not the reader's, in the reader's language.
 * The offset tells which 02:30 is meant when the clocks go back and show the same hour twice; a
 * meeting across that change gives each end its own ("01:30 (UTC-4)–01:00 (UTC-5)").
 */
export function describeTimeSpan(
  language: UiLanguage,
  meeting: { startsAt: string; endsAt: string; timeZone: string },
  readerZone = browserTimeZone(),
): string {
  const { timeZone } = meeting;
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  const offset = utcOffsetLabel(start, timeZone);
  const endOffset = utcOffsetLabel(end, timeZone);
  const values = {
    day: formatDay(language, start, timeZone),
    start: formatTime(language, start, timeZone),
    end: formatTime(language, end, timeZone),
    offset,
    endOffset,
    zone: timeZone.replaceAll('_', ' '),
  };
  const named = timeZone !== readerZone;
  const key =
    offset === endOffset
      ? named
        ? 'meetingWhenInZone'
        : 'meetingWhen'
      : named
        ? 'meetingWhenAcrossChangeInZone'
        : 'meetingWhenAcrossChange';
  return formatMessage(meetingsMessages, language, key, values);
}
