import type { Translation } from '../catalogue.ts';
import type en from '../en/time-spans.ts';

export default {
  sameDay: '{day}, {start}–{end} Uhr ({offset})',
  sameDayInZone: '{day}, {start}–{end} Uhr ({offset}, {zone})',
  acrossChange: '{day}, {start} Uhr ({offset}) bis {end} Uhr ({endOffset})',
  acrossChangeInZone: '{day}, {start} Uhr ({offset}) bis {end} Uhr ({endOffset}, {zone})',
  days: '{day}, {start} Uhr ({offset}) bis {endDay}, {end} Uhr ({endOffset})',
  daysInZone: '{day}, {start} Uhr ({offset}) bis {endDay}, {end} Uhr ({endOffset}, {zone})',
  moment: '{day}, {time} Uhr ({offset})',
  momentInZone: '{day}, {time} Uhr ({offset}, {zone})',
} satisfies Translation<typeof en>;
