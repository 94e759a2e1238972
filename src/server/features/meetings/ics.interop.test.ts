import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, type IcsEvent, zonedToInstant } from './ics.ts';

// An independent reader: ical.js (the parser behind Thunderbird's calendar) must read our files to
// the same instants, texts and methods that we meant, as a calendar client would.

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
  organizer: { name: 'Mia Mentee', email: 'mia@alpha.example' },
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

describe('our calendar files as another reader sees them', () => {
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
      const { vevent } = read(buildIcs({ ...event, start, timeZone }));
      expect(vevent.startDate.toJSDate().toISOString()).toBe(utc);
      expect(vevent.startDate.zone?.tzid).toBe(timeZone);
      expect(vevent.endDate.toJSDate().getTime() - start.getTime()).toBe(90 * 60_000);
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
});
