import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { browserTimeZone } from './meeting-time-form.tsx';

/** "Thursday, 4 March 2027, 10:00–11:30", in the meeting's own zone (named when it is not the viewer's). */
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
  const zone = timeZone === viewerZone ? '' : ` (${timeZone.replaceAll('_', ' ')})`;
  return `${day}, ${clock.format(start)}–${clock.format(end)}${zone}`;
}
