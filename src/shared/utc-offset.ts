// A zone's offset from UTC at an instant, named the same in mails and on the page: "UTC+1",
// "UTC-4", "UTC+5:30". Beside a local time it says which one is meant when the clocks go back and
// show the same hour twice. Intl only, so the server and the browser compute it alike.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC that the zone's clocks show at the instant (Berlin in winter: 60). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    values.year ?? 1970,
    (values.month ?? 1) - 1,
    values.day ?? 1,
    (values.hour ?? 0) % 24,
    values.minute ?? 0,
    values.second ?? 0,
  );
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wall - whole) / 60_000);
}

/** "UTC+1", "UTC-4", "UTC+5:30", "UTC+0". */
export function utcOffsetLabel(instant: Date, timeZone: string): string {
  const minutes = utcOffsetMinutes(instant, timeZone);
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
