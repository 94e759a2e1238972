import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { utcOffsetLabel } from '../../../../shared/utc-offset.ts';
import { browserTimeZone } from './meeting-time-form.tsx';

/**
 * "Thursday, 4 March 2027, 10:00–11:30 (UTC+1)", in the meeting's own zone (named when it is not
 * the viewer's). The offset tells which 02:30 is meant when the clocks go back and show the same
 * hour twice; a meeting across that change gives each end its own ("01:30 (UTC-4)–01:00 (UTC-5)").
 */
export function describeMeetingTime(meeting: Meeting, viewerZone = browserTimeZone()): string {
  const timeZone = meeting.timeZone;
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(start);
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  const zone = timeZone === viewerZone ? '' : `, ${timeZone.replaceAll('_', ' ')}`;
  const startOffset = utcOffsetLabel(start, timeZone);
  const endOffset = utcOffsetLabel(end, timeZone);
  return startOffset === endOffset
    ? `${day}, ${clock.format(start)}–${clock.format(end)} (${startOffset}${zone})`
    : `${day}, ${clock.format(start)} (${startOffset})–${clock.format(end)} (${endOffset}${zone})`;
}
