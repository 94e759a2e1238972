import { describe, expect, it } from 'vitest';
import { describeMoment, describeTimeSpan, timeZoneOptions } from './describe-time-span.ts';

const berlin = 'Europe/Berlin';

describe('describeTimeSpan', () => {
  it('gives one day and two times for a span within a day, naming the zone only for another reader', () => {
    const span = { startsAt: '2027-03-04T09:00:00Z', endsAt: '2027-03-04T10:30:00Z', timeZone: berlin };
    expect(describeTimeSpan('en', span, berlin)).toBe('Thursday, 4 March 2027, 10:00–11:30 (UTC+1)');
    expect(describeTimeSpan('en', span, 'America/New_York')).toBe(
      'Thursday, 4 March 2027, 10:00–11:30 (UTC+1, Europe/Berlin)',
    );
    expect(describeTimeSpan('de', span, berlin)).toBe('Donnerstag, 4. März 2027, 10:00–11:30 Uhr (UTC+1)');
  });

  it('gives each end its day when the span runs over several days', () => {
    const weekend = { startsAt: '2027-05-07T14:00:00Z', endsAt: '2027-05-08T14:00:00Z', timeZone: berlin };
    expect(describeTimeSpan('en', weekend, berlin)).toBe(
      'Friday, 7 May 2027, 16:00 (UTC+2) to Saturday, 8 May 2027, 16:00 (UTC+2)',
    );
    expect(describeTimeSpan('de', weekend, 'UTC')).toBe(
      'Freitag, 7. Mai 2027, 16:00 Uhr (UTC+2) bis Samstag, 8. Mai 2027, 16:00 Uhr (UTC+2, Europe/Berlin)',
    );
    // Past midnight in the meeting's zone, though within one day in UTC.
    const late = { startsAt: '2027-03-04T21:30:00Z', endsAt: '2027-03-04T23:30:00Z', timeZone: berlin };
    expect(describeTimeSpan('en', late, berlin)).toBe(
      'Thursday, 4 March 2027, 22:30 (UTC+1) to Friday, 5 March 2027, 00:30 (UTC+1)',
    );
  });

  it('gives each end its offset when the clocks change during the span', () => {
    // New York goes back from UTC-4 to UTC-5 at 02:00 on 7 November 2027.
    const span = {
      startsAt: '2027-11-07T05:30:00Z',
      endsAt: '2027-11-07T06:00:00Z',
      timeZone: 'America/New_York',
    };
    expect(describeTimeSpan('en', span, 'America/New_York')).toBe(
      'Sunday, 7 November 2027, 01:30 (UTC-4)–01:00 (UTC-5)',
    );
  });
});

describe('describeMoment', () => {
  it('gives a deadline in the event’s zone', () => {
    expect(describeMoment('en', '2027-02-25T15:00:00Z', berlin, berlin)).toBe(
      'Thursday, 25 February 2027, 16:00 (UTC+1)',
    );
    expect(describeMoment('de', '2027-02-25T15:00:00Z', 'Asia/Kolkata', berlin)).toBe(
      'Donnerstag, 25. Februar 2027, 20:30 Uhr (UTC+5:30, Asia/Kolkata)',
    );
  });
});

describe('timeZoneOptions', () => {
  it('lists the zones by name and keeps a current zone the browser does not know', () => {
    const options = timeZoneOptions('America/New_York');
    expect(options).toContainEqual({ value: 'America/New_York', label: 'America/New York' });
    expect(timeZoneOptions('Mars/Olympus_Mons')[0]).toEqual({
      value: 'Mars/Olympus_Mons',
      label: 'Mars/Olympus Mons',
    });
  });
});
