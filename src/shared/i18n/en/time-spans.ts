// When a meeting or an event takes place, and a moment such as a registration deadline, in the
// zone it is held in; the zone is named when it is not the reader's own.
export default {
  sameDay: '{day}, {start}–{end} ({offset})',
  sameDayInZone: '{day}, {start}–{end} ({offset}, {zone})',
  acrossChange: '{day}, {start} ({offset})–{end} ({endOffset})',
  acrossChangeInZone: '{day}, {start} ({offset})–{end} ({endOffset}, {zone})',
  days: '{day}, {start} ({offset}) to {endDay}, {end} ({endOffset})',
  daysInZone: '{day}, {start} ({offset}) to {endDay}, {end} ({endOffset}, {zone})',
  moment: '{day}, {time} ({offset})',
  momentInZone: '{day}, {time} ({offset}, {zone})',
};
