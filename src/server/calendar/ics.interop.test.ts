import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readBoth } from '../../../test/ics-readers.ts';
import { buildIcs, type IcsEvent, zonedToInstant } from './ics.ts';

// Independent readers: ical.js (the parser behind Thunderbird's calendar) and node-ical must read
// our files to the same instants, texts, methods, sequences and organiser that we meant, as
// calendar clients would.

const event: IcsEvent = {
  method: 'REQUEST',
  uid: '6c1f7a52-1d2e-4c59-8f55-7f1b0e2a9c10@crossmentor',
  sequence: 2,
  stamp: new Date('2027-01-10T08:00:00Z'),
  start: new Date('2027-01-20T09:00:00Z'),
  durationMinutes: 90,
  timeZone: 'Europe/Berlin',
  status: 'CONFIRMED',
  summary: 'Mentoring: Mia Mentee & Mona Mentor',
  description: 'Cycle 2027',
  location: 'Café Einstein, Unter den Linden 42; 2nd floor',
  url: 'https://mentoring.example.org/tandems/1',
  organizer: { name: 'crossmentor', email: 'mentoring@example.org' },
  attendees: [
    { name: 'Mia Mentee', email: 'mia@alpha.example', partStat: 'ACCEPTED' },
    { name: 'Mona Mentor', email: 'mona@beta.example', partStat: 'ACCEPTED' },
  ],
};

function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { calendar, vevent };
}

const kinds = [
  { method: 'REQUEST', status: 'CONFIRMED' },
  { method: 'CANCEL', status: 'CANCELLED' },
  { method: 'PUBLISH', status: 'TENTATIVE' },
] as const;

describe('our calendar files as other readers see them', () => {
  const cases = [
    ['Europe/Berlin', '2027-01-20T10:00', '2027-01-20T09:00:00.000Z'],
    ['Europe/Berlin', '2027-07-01T10:00', '2027-07-01T08:00:00.000Z'],
    ['America/New_York', '2027-03-15T18:30', '2027-03-15T22:30:00.000Z'],
    ['Australia/Sydney', '2027-01-10T09:00', '2027-01-09T22:00:00.000Z'],
    ['Asia/Kolkata', '2027-05-05T14:00', '2027-05-05T08:30:00.000Z'],
  ] as const;
  for (const [timeZone, local, utc] of cases) {
    it(`a meeting at ${local} in ${timeZone} starts at ${utc}`, () => {
      const start = zonedToInstant(local, timeZone)!;
      const ics = buildIcs({ ...event, start, timeZone });
      const { vevent } = read(ics);
      expect(vevent.startDate.zone?.tzid).toBe(timeZone);
      for (const seen of readBoth(ics)) {
        expect(seen.start.toISOString(), seen.reader).toBe(utc);
        expect(seen.end.getTime() - start.getTime(), seen.reader).toBe(90 * 60_000);
      }
    });
  }

  it('reads back titles and places with commas, semicolons and line breaks exactly', () => {
    const summary = 'Mentoring, part 1; "negotiation"\r\nand leading teams\nback\\slash';
    const { vevent } = read(buildIcs({ ...event, summary }));
    expect(vevent.summary).toBe(summary.replace(/\r\n/g, '\n'));
    expect(vevent.location).toBe(event.location);
  });

  it('keeps the UID, and carries the method and the sequence of an update and a cancellation', () => {
    const update = read(buildIcs({ ...event, sequence: 3 }));
    const cancel = read(buildIcs({ ...event, method: 'CANCEL', status: 'CANCELLED', sequence: 4 }));
    expect(update.calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect([update.vevent.uid, cancel.vevent.uid]).toEqual([event.uid, event.uid]);
    expect([update.vevent.sequence, cancel.vevent.sequence]).toEqual([3, 4]);
    expect(cancel.vevent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(update.vevent.attendees.map((a) => a.getFirstValue())).toEqual([
      'mailto:mia@alpha.example',
      'mailto:mona@beta.example',
    ]);
  });

  it('every kind of file has one organiser, its sequence, and attendees only where there is someone to answer', () => {
    for (const [index, kind] of kinds.entries()) {
      const ics = buildIcs({ ...event, ...kind, sequence: 5 + index });
      for (const seen of readBoth(ics)) {
        expect(seen, `${seen.reader} ${kind.method}`).toMatchObject({
          method: kind.method,
          status: kind.status,
          uid: event.uid,
          sequence: 5 + index,
          organizer: 'mailto:mentoring@example.org',
          attendees:
            kind.method === 'PUBLISH' ? [] : ['mailto:mia@alpha.example', 'mailto:mona@beta.example'],
        });
      }
    }
  });
});

describe('meetings at the clock changes, as two readers see them', () => {
  // Wall-clock time in the zone, minutes, and the instants we mean: the first occurrence of a time
  // the clocks show twice (RFC 5545), and the exact duration.
  const cases = [
    // Clocks go back: one hour is shown twice.
    ['America/New_York', '2027-11-07T01:30', 30, '2027-11-07T05:30:00.000Z'],
    ['America/New_York', '2027-11-07T01:00', 60, '2027-11-07T05:00:00.000Z'],
    ['Europe/Berlin', '2027-10-31T02:30', 60, '2027-10-31T00:30:00.000Z'],
    ['Europe/Berlin', '2027-10-31T01:30', 90, '2027-10-30T23:30:00.000Z'],
    ['Australia/Sydney', '2027-04-04T02:30', 60, '2027-04-03T15:30:00.000Z'],
    ['Australia/Sydney', '2027-04-04T01:45', 120, '2027-04-03T14:45:00.000Z'],
    // Clocks go forward: one hour is skipped.
    ['America/New_York', '2027-03-14T01:30', 60, '2027-03-14T06:30:00.000Z'],
    ['America/New_York', '2027-03-14T03:00', 30, '2027-03-14T07:00:00.000Z'],
    ['Europe/Berlin', '2027-03-28T01:30', 60, '2027-03-28T00:30:00.000Z'],
    ['Europe/Berlin', '2027-03-28T03:00', 45, '2027-03-28T01:00:00.000Z'],
    ['Australia/Sydney', '2027-10-03T01:30', 60, '2027-10-02T15:30:00.000Z'],
    ['Australia/Sydney', '2027-10-03T03:00', 90, '2027-10-02T16:00:00.000Z'],
  ] as const;
  for (const [timeZone, local, minutes, utc] of cases) {
    it(`${local} in ${timeZone} for ${minutes} minutes: every kind of file, the same instants`, () => {
      const start = zonedToInstant(local, timeZone)!;
      expect(start.toISOString()).toBe(utc);
      for (const kind of kinds) {
        const ics = buildIcs({ ...event, ...kind, timeZone, start, durationMinutes: minutes });
        for (const seen of readBoth(ics)) {
          const label = `${seen.reader} ${kind.method}`;
          expect(seen.start.toISOString(), label).toBe(utc);
          expect(seen.end.getTime() - seen.start.getTime(), label).toBe(minutes * 60_000);
          expect(seen.organizer, label).toBe('mailto:mentoring@example.org');
        }
      }
    });
  }
});
