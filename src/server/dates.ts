// Calendar dates as the app stores and compares them: 'YYYY-MM-DD' strings, in UTC.

const DAY = 86_400_000;
/** The database's dates end with year 9999; later dates are held there. */
const LAST_DATE = '9999-12-31';

function parseDate(date: string) {
  return new Date(`${date}T00:00:00Z`);
}
function formatDate(date: Date) {
  return date.getUTCFullYear() > 9999 ? LAST_DATE : date.toISOString().slice(0, 10);
}
export function addDays(date: string, days: number) {
  return formatDate(new Date(parseDate(date).getTime() + days * DAY));
}
export function daysBetween(from: string, to: string) {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY);
}

/** Months later on the same day, or the month's last day when it is shorter (as PostgreSQL does). */
export function addMonths(date: string, months: number) {
  const d = parseDate(date);
  // setUTCFullYear, not Date.UTC: the latter reads years below 100 as 19xx.
  const target = new Date(0);
  target.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
  const monthEnd = new Date(0);
  monthEnd.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d.getUTCDate(), monthEnd.getUTCDate()));
  return formatDate(target);
}

/** Today as the calendar date in UTC, the way dates are compared everywhere in the app. */
export function today(now: Date) {
  return formatDate(now);
}
