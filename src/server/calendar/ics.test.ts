import { describe, expect, it } from 'vitest';
import {
  buildIcs,
  escapeText,
  foldLine,
  type IcsEvent,
  isAmbiguousLocalTime,
  vtimezone,
  zonedToInstant,
} from './ics.ts';

const base: IcsEvent = {
  method: 'REQUEST',
  uid: '0b0f6a6e-4a57-4a39-9a44-0b0a1c2d3e4f@crossmentor',
  sequence: 0,
  stamp: new Date('2027-01-10T08:00:00Z'),
  start: new Date('2027-01-20T09:00:00Z'),
  durationMinutes: 60,
  timeZone: 'Europe/Berlin',
  status: 'CONFIRMED',
  summary: 'Mentoring: Mia Mentee & Mona Mentor',
  description: 'Cycle 2027',
  location: 'Café Einstein, Berlin',
  url: 'https://mentoring.example.org/tandems/1',
  organizer: { name: 'Mia Mentee', email: 'mia@alpha.example' },
  attendees: [
    { name: 'Mia Mentee', email: 'mia@alpha.example', partStat: 'ACCEPTED' },
    { name: 'Mona Mentor', email: 'mona@beta.example', partStat: 'ACCEPTED' },
  ],
};

/** The content lines, unfolded, by property name. */
function unfold(ics: string) {
  return ics.replace(/\r\n /g, '').split('\r\n');
}
function property(ics: string, name: string) {
  return unfold(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}
/** The same, inside the VEVENT only (a VTIMEZONE has DTSTART lines of its own). */
function eventProperty(ics: string, name: string) {
  return property(ics.slice(ics.indexOf('BEGIN:VEVENT')), name);
}

describe('ICS text', () => {
  it('escapes commas, semicolons, backslashes and every kind of line break in a title', () => {
    expect(escapeText('Plan, review; a\\b')).toBe('Plan\\, review\\; a\\\\b');
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
    const ics = buildIcs({ ...base, summary: 'Mentoring: A, B\r\nMETHOD:CANCEL\rX\nY' });
    // An injected line break stays inside the SUMMARY value and never starts a property.
    expect(property(ics, 'SUMMARY')).toEqual(['SUMMARY:Mentoring: A\\, B\\nMETHOD:CANCEL\\nX\\nY']);
    expect(property(ics, 'METHOD')).toEqual(['METHOD:REQUEST']);
  });

  it('ends every line with CRLF and folds long lines at 75 octets without splitting a character', () => {
    const ics = buildIcs({ ...base, description: `Über ${'ä'.repeat(100)} – 🙂 ${'x'.repeat(80)}` });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(property(ics, 'DESCRIPTION')[0]).toBe(
      `DESCRIPTION:Über ${'ä'.repeat(100)} – 🙂 ${'x'.repeat(80)}`,
    );
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it('quotes names in parameters so a comma or quote cannot break them', () => {
    const ics = buildIcs({ ...base, organizer: { name: 'Doe, "Jo"', email: 'jo@example.org' } });
    expect(property(ics, 'ORGANIZER')).toEqual(['ORGANIZER;CN="Doe, \'Jo\'":mailto:jo@example.org']);
  });

  it('has the required calendar properties', () => {
    const ics = buildIcs(base);
    const lines = unfold(ics);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//crossmentor//Programme calendar//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:REQUEST',
    ]);
    expect(property(ics, 'UID')).toEqual([`UID:${base.uid}`]);
    expect(property(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20270110T080000Z']);
    expect(property(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(ics, 'LOCATION')).toEqual(['LOCATION:Café Einstein\\, Berlin']);
    expect(property(ics, 'ATTENDEE')).toHaveLength(2);
    expect(property(ics, 'ATTENDEE')[1]).toContain('PARTSTAT=ACCEPTED');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});

describe('ICS time zones', () => {
  it('a Berlin winter meeting is at its local time, with CET and CEST yearly rules', () => {
    const start = zonedToInstant('2027-01-20T10:00', 'Europe/Berlin')!;
    expect(start.toISOString()).toBe('2027-01-20T09:00:00.000Z');
    const ics = buildIcs({ ...base, start, durationMinutes: 90 });
    expect(property(ics, 'DTSTART;TZID=Europe/Berlin')).toEqual([
      'DTSTART;TZID=Europe/Berlin:20270120T100000',
    ]);
    expect(property(ics, 'DTEND')).toEqual(['DTEND;TZID=Europe/Berlin:20270120T113000']);
    const zone = vtimezone('Europe/Berlin', start).join('\n');
    expect(zone).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT',
    );
    expect(zone).toContain(
      'BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD',
    );
  });

  it('a Berlin summer meeting is at its local time (UTC+2)', () => {
    const start = zonedToInstant('2027-07-01T10:00', 'Europe/Berlin')!;
    expect(start.toISOString()).toBe('2027-07-01T08:00:00.000Z');
    const ics = buildIcs({ ...base, start });
    expect(property(ics, 'DTSTART;TZID=Europe/Berlin')).toEqual([
      'DTSTART;TZID=Europe/Berlin:20270701T100000',
    ]);
    expect(property(ics, 'DTEND')).toEqual(['DTEND;TZID=Europe/Berlin:20270701T110000']);
  });

  it('America/New_York uses its second-Sunday-of-March and first-Sunday-of-November rules', () => {
    const start = zonedToInstant('2027-03-15T09:30', 'America/New_York')!;
    expect(start.toISOString()).toBe('2027-03-15T13:30:00.000Z');
    const ics = buildIcs({ ...base, timeZone: 'America/New_York', start });
    expect(property(ics, 'DTSTART;TZID=America/New_York')).toEqual([
      'DTSTART;TZID=America/New_York:20270315T093000',
    ]);
    const zone = vtimezone('America/New_York', start).join('\n');
    expect(zone).toContain('TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(zone).toContain('TZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('Australia/Sydney (southern summer time) has daylight saving from October to April', () => {
    const start = zonedToInstant('2027-01-15T08:00', 'Australia/Sydney')!;
    expect(start.toISOString()).toBe('2027-01-14T21:00:00.000Z');
    const zone = vtimezone('Australia/Sydney', start).join('\n');
    expect(zone).toContain('TZOFFSETFROM:+1000\nTZOFFSETTO:+1100\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
    expect(zone).toContain('TZOFFSETFROM:+1100\nTZOFFSETTO:+1000\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU');
  });

  it('Asia/Kolkata has no daylight saving: one STANDARD at +0530', () => {
    const start = zonedToInstant('2027-06-01T15:00', 'Asia/Kolkata')!;
    expect(start.toISOString()).toBe('2027-06-01T09:30:00.000Z');
    expect(vtimezone('Asia/Kolkata', start)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('a wall-clock time skipped by the clock change does not exist; a doubled one is its first', () => {
    expect(zonedToInstant('2027-03-28T02:30', 'Europe/Berlin')).toBeNull();
    expect(zonedToInstant('2027-10-31T02:30', 'Europe/Berlin')!.toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
    expect(zonedToInstant('2027-02-30T10:00', 'Europe/Berlin')).toBeNull();
    expect(zonedToInstant('2027-02-10T24:00', 'Europe/Berlin')).toBeNull();
  });
});

describe('ICS at the clock changes', () => {
  // Each zone's autumn night (clocks go back: one hour shown twice) in 2027.
  const repeated = [
    ['America/New_York', '2027-11-07T01:30', 30, '20271107T053000Z', '20271107T060000Z'],
    ['Europe/Berlin', '2027-10-31T02:30', 60, '20271031T003000Z', '20271031T013000Z'],
    ['Australia/Sydney', '2027-04-04T02:30', 60, '20270403T153000Z', '20270403T163000Z'],
  ] as const;
  for (const [timeZone, local, minutes, dtstart, dtend] of repeated) {
    it(`${local} in ${timeZone}, shown twice, is written in UTC at both ends and ends after it starts`, () => {
      const start = zonedToInstant(local, timeZone)!;
      expect(isAmbiguousLocalTime(start, timeZone)).toBe(true);
      const ics = buildIcs({ ...base, timeZone, start, durationMinutes: minutes });
      expect(eventProperty(ics, 'DTSTART')).toEqual([`DTSTART:${dtstart}`]);
      expect(eventProperty(ics, 'DTEND')).toEqual([`DTEND:${dtend}`]);
      // No TZID is left for a client to read its own way, so no VTIMEZONE either.
      expect(ics).not.toContain('TZID');
      expect(ics).not.toContain('VTIMEZONE');
    });
  }

  it('a meeting whose end falls in the repeated hour is written in UTC too', () => {
    // 01:30 CEST happens once; 90 minutes later it is 02:00 CET, the second 02:00 of the night.
    const start = zonedToInstant('2027-10-31T01:30', 'Europe/Berlin')!;
    expect(isAmbiguousLocalTime(start, 'Europe/Berlin')).toBe(false);
    const ics = buildIcs({ ...base, start, durationMinutes: 90 });
    expect(eventProperty(ics, 'DTSTART')).toEqual(['DTSTART:20271030T233000Z']);
    expect(eventProperty(ics, 'DTEND')).toEqual(['DTEND:20271031T010000Z']);
  });

  it('across the hour skipped in spring, start and end stay local with their zone, 60 minutes apart', () => {
    const cases = [
      ['America/New_York', '2027-03-14T01:30', '20270314T013000', '20270314T033000'],
      ['Europe/Berlin', '2027-03-28T01:30', '20270328T013000', '20270328T033000'],
      ['Australia/Sydney', '2027-10-03T01:30', '20271003T013000', '20271003T033000'],
    ] as const;
    for (const [timeZone, local, dtstart, dtend] of cases) {
      const start = zonedToInstant(local, timeZone)!;
      const ics = buildIcs({ ...base, timeZone, start, durationMinutes: 60 });
      expect(eventProperty(ics, 'DTSTART')).toEqual([`DTSTART;TZID=${timeZone}:${dtstart}`]);
      expect(eventProperty(ics, 'DTEND')).toEqual([`DTEND;TZID=${timeZone}:${dtend}`]);
      expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${timeZone}\r\n`);
    }
  });

  it('says which local times the clocks show twice', () => {
    const at = (iso: string, timeZone: string) => isAmbiguousLocalTime(new Date(iso), timeZone);
    // New York, 7 November 2027: 01:30 EDT (05:30Z) and 01:30 EST (06:30Z) are both 01:30.
    expect(at('2027-11-07T05:30:00Z', 'America/New_York')).toBe(true);
    expect(at('2027-11-07T06:30:00Z', 'America/New_York')).toBe(true);
    expect(at('2027-11-07T07:00:00Z', 'America/New_York')).toBe(false);
    expect(at('2027-11-07T04:59:00Z', 'America/New_York')).toBe(false);
    expect(at('2027-07-01T08:00:00Z', 'Europe/Berlin')).toBe(false);
    expect(at('2027-06-01T09:30:00Z', 'Asia/Kolkata')).toBe(false);
  });
});

describe('ICS methods', () => {
  it('a published file names the organiser and no attendees; an invitation and a cancellation name both', () => {
    const publish = buildIcs({ ...base, method: 'PUBLISH' });
    expect(property(publish, 'ATTENDEE')).toEqual([]);
    expect(property(publish, 'ORGANIZER')).toHaveLength(1);
    for (const method of ['REQUEST', 'CANCEL'] as const) {
      expect(property(buildIcs({ ...base, method }), 'ATTENDEE')).toHaveLength(2);
    }
  });
});
