import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

// Two independent iCalendar readers, each asked what a client needs from one of our files: ical.js
// (Thunderbird's parser, which computes times from the file's own VTIMEZONE) and node-ical (its
// own parser, with the zone database it carries). A file is right when both read what we meant.

export interface ReadEvent {
  method: string;
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  status: string;
  /** The organiser's address, mailto: and all. */
  organizer: string;
  attendees: string[];
}

export const readers: Record<'ical.js' | 'node-ical', (ics: string) => ReadEvent> = {
  'ical.js': (ics) => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = calendar.getFirstSubcomponent('vtimezone');
    if (zone) ICAL.TimezoneService.register(zone);
    const vevent = calendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('ical.js found no VEVENT');
    const event = new ICAL.Event(vevent);
    return {
      method: String(calendar.getFirstPropertyValue('method')),
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      status: String(vevent.getFirstPropertyValue('status')),
      organizer: String(event.organizer),
      attendees: event.attendees.map((a) => String(a.getFirstValue())),
    };
  },
  'node-ical': (ics) => {
    const parsed = nodeIcal.sync.parseICS(ics);
    const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT');
    const event = events[0];
    if (events.length !== 1 || !event || event.type !== 'VEVENT') {
      throw new Error(`node-ical found ${events.length} VEVENTs`);
    }
    const value = (v: unknown) => (typeof v === 'object' && v && 'val' in v ? String(v.val) : String(v));
    const attendees = event.attendee === undefined ? [] : [event.attendee].flat();
    return {
      method: String(parsed.vcalendar?.method),
      uid: event.uid,
      sequence: Number(event.sequence),
      start: new Date(event.start.getTime()),
      end: new Date((event.end ?? event.start).getTime()),
      status: String(event.status),
      organizer: value(event.organizer),
      attendees: attendees.map(value),
    };
  },
};

/** What each reader makes of the file, by reader. */
export function readBoth(ics: string) {
  return Object.entries(readers).map(([reader, read]) => ({ reader, ...read(ics) }));
}
