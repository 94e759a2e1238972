// iCalendar (RFC 5545) for one meeting or event, with the VTIMEZONE of its zone computed from Intl, so
// Outlook, Google Calendar and Apple Calendar show the meeting at the same local time. Pure: no I/O.

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';
export type PartStat = 'NEEDS-ACTION' | 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  method: IcsMethod;
  uid: string;
  /** Raised by every version a client must apply over an earlier one: time, place or status. */
  sequence: number;
  /** When this version of the event was written (DTSTAMP). */
  stamp: Date;
  start: Date;
  durationMinutes: number;
  /** An IANA zone name, e.g. Europe/Berlin. */
  timeZone: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  summary: string;
  description: string;
  location: string;
  url: string;
  /** The same for every version of one UID: clients ignore or refuse updates from another organiser. */
  organizer: IcsPerson;
  /** Left out of a PUBLISH. */
  attendees: (IcsPerson & { partStat: PartStat })[];
}

const PRODID = '-//crossmentor//Programme calendar//EN';
const CRLF = '\r\n';

/** TEXT values: backslash, semicolon and comma escaped; every kind of line break becomes \n. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT; a tab may stay.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A parameter value (CN=…) is always quoted; a quoted string cannot hold quotes or controls. */
function quoteParam(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

/** A URI value has no escaping of its own: line breaks and controls are simply dropped. */
function cleanUri(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return value.replace(/[\u0000-\u001f\u007f ]/g, '');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets; a continuation starts with one space. Never splits a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts toward its 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when Intl knows the zone by that name. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in a zone at an instant. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour! % 24,
    minute: values.minute!,
    second: values.second!,
  };
}

/** The zone's offset from UTC at an instant, in seconds (east positive). */
export function offsetSeconds(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 1000);
}

/**
 * Every instant at which the zone's clocks read a wall-clock time, earliest first: none in the hour
 * skipped when clocks go forward, two in the hour that happens twice when clocks go back.
 */
function instantsAt(p: LocalParts, timeZone: string): Date[] {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const wanted = `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
  // Either offset around the wall time may apply; the larger one gives the earlier instant.
  const offsets = [
    ...new Set([
      offsetSeconds(new Date(asUtc - 86_400_000), timeZone),
      offsetSeconds(new Date(asUtc + 86_400_000), timeZone),
    ]),
  ].sort((a, b) => b - a);
  return offsets
    .map((offset) => new Date(asUtc - offset * 1000))
    .filter((instant) => formatLocal(instant, timeZone) === wanted);
}

/**
 * The instant of a wall-clock time ("2027-03-04T10:00") in a zone, or null when that time does
 * not exist there (the hour skipped when clocks go forward). An hour that happens twice when
 * clocks go back means its first occurrence, as RFC 5545 reads it.
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return instantsAt({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 }, timeZone)[0] ?? null;
}

/**
 * True when the zone's clocks show the instant's wall-clock time twice (the hour repeated when
 * clocks go back). Such a local time with a TZID is read differently by different calendar
 * clients, some taking the first occurrence and some the second.
 */
export function isAmbiguousLocalTime(instant: Date, timeZone: string): boolean {
  return instantsAt(localParts(instant, timeZone), timeZone).length > 1;
}

/** YYYYMMDDTHHMMSS, the wall-clock time in a zone. */
export function formatLocal(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** YYYYMMDDTHHMMSSZ. */
export function formatUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const rest = abs % 60;
  return `${sign}${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}${rest ? pad(rest) : ''}`;
}

interface Transition {
  /** The first instant at the new offset. */
  at: Date;
  from: number;
  to: number;
}

const DAY = 86_400_000;

/** The zone's offset changes between two instants, each found to the second. */
export function transitionsBetween(timeZone: string, start: Date, end: Date): Transition[] {
  const found: Transition[] = [];
  let previous = start.getTime();
  let previousOffset = offsetSeconds(start, timeZone);
  for (let t = previous + DAY; t <= end.getTime() + DAY; t += DAY) {
    const offset = offsetSeconds(new Date(t), timeZone);
    if (offset !== previousOffset) {
      let lo = Math.floor(previous / 1000);
      let hi = Math.floor(t / 1000);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetSeconds(new Date(mid * 1000), timeZone) === previousOffset) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi * 1000), from: previousOffset, to: offset });
      previousOffset = offset;
    }
    previous = t;
  }
  return found;
}

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** "-1SU" (last Sunday) or "2SU" (second Sunday) for a local date, as a yearly rule names it. */
function byDay(year: number, month: number, day: number): string {
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day + 7 > daysInMonth ? `-1${weekday}` : `${Math.ceil(day / 7)}${weekday}`;
}

/**
 * VTIMEZONE for the zone, valid for a year either side of the meeting. Transitions that repeat
 * on the same weekday rule get one component with a yearly RRULE (what Outlook understands
 * best); irregular ones get a component each; a zone without changes gets one STANDARD.
 */
export function vtimezone(timeZone: string, around: Date): string[] {
  const windowStart = new Date(around.getTime() - 400 * DAY);
  const windowEnd = new Date(around.getTime() + 400 * DAY);
  const transitions = transitionsBetween(timeZone, windowStart, windowEnd);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const component = (
    kind: 'STANDARD' | 'DAYLIGHT',
    dtstart: string,
    from: number,
    to: number,
    rule?: string,
  ) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      ...(rule ? [`RRULE:${rule}`] : []),
      `END:${kind}`,
    );
  };
  // Something must be in force at the meeting even if the zone's first change comes after it.
  const first = transitions[0];
  if (!first || first.at.getTime() > around.getTime()) {
    const offset = offsetSeconds(windowStart, timeZone);
    component('STANDARD', first ? formatLocal(windowStart, timeZone) : '19700101T000000', offset, offset);
  }
  const groups = new Map<string, { kind: 'STANDARD' | 'DAYLIGHT'; items: Transition[] }>();
  for (const transition of transitions) {
    const kind = transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD';
    const key = `${kind} ${transition.from} ${transition.to}`;
    const group = groups.get(key) ?? { kind, items: [] };
    group.items.push(transition);
    groups.set(key, group);
  }
  for (const { kind, items } of groups.values()) {
    // The onset is written in the wall-clock time before the change.
    const onsets = items.map((t) => {
      const local = new Date(t.at.getTime() + t.from * 1000);
      return {
        t,
        dtstart: `${formatUtc(local).slice(0, 15)}`,
        month: local.getUTCMonth() + 1,
        rule: byDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()),
        time: formatUtc(local).slice(9, 15),
      };
    });
    const head = onsets[0]!;
    const regular = onsets.every(
      (o) => o.month === head.month && o.rule === head.rule && o.time === head.time,
    );
    if (regular && onsets.length > 1) {
      component(
        kind,
        head.dtstart,
        head.t.from,
        head.t.to,
        `FREQ=YEARLY;BYMONTH=${head.month};BYDAY=${head.rule}`,
      );
    } else {
      for (const o of onsets) component(kind, o.dtstart, o.t.from, o.t.to);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: IcsPerson, params: string[] = []) {
  return `${property};${[`CN=${quoteParam(person.name)}`, ...params].join(';')}:mailto:${cleanUri(person.email)}`;
}

/** The whole calendar object, CRLF line ends, folded. */
export function buildIcs(event: IcsEvent): string {
  const end = new Date(event.start.getTime() + event.durationMinutes * 60_000);
  const zone = event.timeZone;
  // A local time the clocks show twice (when they go back) means one instant to us and another to
  // some clients, and an end written that way can come before the start. Then both are written in
  // UTC, which every client reads the same; otherwise in the zone, so clients show its name.
  const inUtc = isAmbiguousLocalTime(event.start, zone) || isAmbiguousLocalTime(end, zone);
  const dateTime = (name: 'DTSTART' | 'DTEND', instant: Date) =>
    inUtc ? `${name}:${formatUtc(instant)}` : `${name};TZID=${zone}:${formatLocal(instant, zone)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    ...(inUtc ? [] : vtimezone(zone, event.start)),
    'BEGIN:VEVENT',
    `UID:${cleanUri(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    dateTime('DTSTART', event.start),
    dateTime('DTEND', end),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${cleanUri(event.url)}`] : []),
    personLine('ORGANIZER', event.organizer),
    // A published file is an entry to import, not an invitation: it names no one to answer it.
    ...(event.method === 'PUBLISH' ? [] : event.attendees).map((a) =>
      personLine('ATTENDEE', a, ['ROLE=REQ-PARTICIPANT', `PARTSTAT=${a.partStat}`, 'CUTYPE=INDIVIDUAL']),
    ),
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
