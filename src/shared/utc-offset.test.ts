import { describe, expect, it } from 'vitest';
import { utcOffsetLabel, utcOffsetMinutes } from './utc-offset.ts';

describe('UTC offset labels', () => {
  it('names whole, half and quarter hours either side of UTC', () => {
    const winter = new Date('2027-01-20T09:00:00Z');
    expect(utcOffsetLabel(winter, 'Europe/Berlin')).toBe('UTC+1');
    expect(utcOffsetLabel(new Date('2027-07-01T08:00:00Z'), 'Europe/Berlin')).toBe('UTC+2');
    expect(utcOffsetLabel(winter, 'America/New_York')).toBe('UTC-5');
    expect(utcOffsetLabel(winter, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(winter, 'America/St_Johns')).toBe('UTC-3:30');
    expect(utcOffsetLabel(winter, 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(utcOffsetLabel(winter, 'Europe/London')).toBe('UTC+0');
    expect(utcOffsetLabel(winter, 'UTC')).toBe('UTC+0');
    expect(utcOffsetMinutes(winter, 'Pacific/Chatham')).toBe(13 * 60 + 45);
  });

  it('tells the two occurrences of an hour the clocks show twice apart', () => {
    // 01:30 in New York on 7 November 2027, before and after the clocks go back.
    expect(utcOffsetLabel(new Date('2027-11-07T05:30:00Z'), 'America/New_York')).toBe('UTC-4');
    expect(utcOffsetLabel(new Date('2027-11-07T06:30:00Z'), 'America/New_York')).toBe('UTC-5');
    // 02:30 in Berlin on 31 October 2027 and in Sydney on 4 April 2027.
    expect(utcOffsetLabel(new Date('2027-10-31T00:30:00Z'), 'Europe/Berlin')).toBe('UTC+2');
    expect(utcOffsetLabel(new Date('2027-10-31T01:30:00Z'), 'Europe/Berlin')).toBe('UTC+1');
    expect(utcOffsetLabel(new Date('2027-04-03T15:30:00Z'), 'Australia/Sydney')).toBe('UTC+11');
    expect(utcOffsetLabel(new Date('2027-04-03T16:30:00Z'), 'Australia/Sydney')).toBe('UTC+10');
  });
});
