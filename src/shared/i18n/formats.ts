import { intlLocales, type UiLanguage } from './languages.ts';

// Dates, times, numbers, lists, relative times and language names in a reader's language: Intl
// only, never a hand-written pattern, so the server (mails) and the browser write them alike.

const cache = new Map<string, unknown>();

function cached<F>(key: string, make: () => F): F {
  let found = cache.get(key) as F | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** A calendar date (`2027-03-14`, no zone) as "14 Mar 2027" / "14. März 2027"; `long` writes the month out. */
export function formatDate(language: UiLanguage, isoDate: string, style: 'short' | 'long' = 'short'): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const format = cached(
    `date:${language}:${style}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[language], {
        day: 'numeric',
        month: style === 'long' ? 'long' : 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/**
 * An instant as date and time, "4 Mar 2027, 10:00", or with `full` "Thursday, 4 March 2027 at
 * 10:00". In the reader's own zone unless `timeZone` names one; a message that shows a zone names
 * it beside the time with its UTC offset (`utcOffsetLabel`), so the reader knows which 02:30 is meant.
 */
export function formatDateTime(
  language: UiLanguage,
  instant: Date | string,
  options: { timeZone?: string; style?: 'short' | 'full' } = {},
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const style = options.style ?? 'short';
  const format = cached(
    `datetime:${language}:${style}:${options.timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(
        intlLocales[language],
        style === 'full'
          ? { dateStyle: 'full', timeStyle: 'short', timeZone: options.timeZone }
          : {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              timeZone: options.timeZone,
            },
      ),
  );
  return format.format(date);
}

/** The day of an instant in a zone, with its weekday: "Thursday, 4 March 2027" / "Donnerstag, 4. März 2027". */
export function formatDay(language: UiLanguage, instant: Date | string, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const format = cached(
    `day:${language}:${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[language], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone,
      }),
  );
  return format.format(date);
}

/** A time of day alone, "10:00", in the given zone or the reader's. */
export function formatTime(language: UiLanguage, instant: Date | string, timeZone?: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const format = cached(
    `time:${language}:${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(intlLocales[language], { hour: '2-digit', minute: '2-digit', timeZone }),
  );
  return format.format(date);
}

export function formatNumber(
  language: UiLanguage,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  const format = cached(
    `number:${language}:${JSON.stringify(options ?? {})}`,
    () => new Intl.NumberFormat(intlLocales[language], options),
  );
  return format.format(value);
}

/** "14 %" / "14%": a share from 0 to 1. */
export function formatPercent(language: UiLanguage, share: number): string {
  return formatNumber(language, share, { style: 'percent', maximumFractionDigits: 0 });
}

/** "German, English and French" / "Deutsch, Englisch und Französisch"; `or` joins alternatives. */
export function formatList(
  language: UiLanguage,
  items: readonly string[],
  type: 'and' | 'or' = 'and',
): string {
  const format = cached(
    `list:${language}:${type}`,
    () =>
      new Intl.ListFormat(intlLocales[language], {
        style: 'long',
        type: type === 'and' ? 'conjunction' : 'disjunction',
      }),
  );
  return format.format(items);
}

/** "in 3 days", "yesterday" / "in 3 Tagen", "gestern": `days` from today, negative in the past. */
export function formatRelativeDays(language: UiLanguage, days: number): string {
  const format = cached(
    `relative:${language}`,
    () => new Intl.RelativeTimeFormat(intlLocales[language], { numeric: 'auto' }),
  );
  return format.format(days, 'day');
}

/** A language's name in the reader's language ("de" reads "German", "Deutsch"); the code when unknown. */
export function languageName(language: UiLanguage, code: string): string {
  const names = cached(
    `names:${language}`,
    () => new Intl.DisplayNames([intlLocales[language], 'en'], { type: 'language', fallback: 'code' }),
  );
  try {
    return names.of(code) ?? code;
  } catch {
    // A stored value that is not a language code at all: shown as it is.
    return code;
  }
}

/** A calendar month (`2027-03`, no zone) as "Mar 2027" / "März 2027"; `long` writes the month out. */
export function formatMonth(
  language: UiLanguage,
  isoMonth: string,
  style: 'short' | 'long' = 'short',
): string {
  const [y, m] = isoMonth.slice(0, 7).split('-').map(Number);
  if (!y || !m) return isoMonth;
  const format = cached(
    `month:${language}:${style}`,
    () =>
      new Intl.DateTimeFormat(intlLocales[language], {
        month: style === 'long' ? 'long' : 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(Date.UTC(y, m - 1, 15)));
}
