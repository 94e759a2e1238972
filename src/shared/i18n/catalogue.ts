import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocales, type UiLanguage } from './languages.ts';

// Message catalogues (decision 0021): each area's English file defines the keys and every other
// language's file is typed by it, so a missing or extra key fails the type check. Messages are ICU
// MessageFormat ("{count, plural, one {# tandem} other {# tandems}}"). In the built web app they
// arrive compiled to ASTs (scripts/compile-messages.ts), so the parser never ships, and every
// language but English arrives on demand: `loadLanguage` fetches the files of the catalogues loaded
// so far before anything is shown in that language. The server and the tests import every
// language's strings and format them themselves.

export type Messages = { readonly [key: string]: string };

/** Another language's file of an area: exactly the English file's keys. */
export type Translation<T extends Messages> = { readonly [K in keyof T]: string };

export type Catalogue<T extends Messages = Messages> = {
  /** The area's name, as its files are named (`sign-in`), for messages about it. */
  readonly area: string;
  readonly en: T;
  readonly de: Translation<T>;
};

export type MessageKey<C extends Catalogue> = keyof C['en'] & string;

/** Values a message's placeholders take: text, numbers (plurals), dates. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

/**
 * In the built web app, a language other than English stands in its catalogue as the function that
 * fetches its file (the build writes `de: { load: () => import('./de/x.ts') }`) until it is loaded.
 */
type OnDemand = { readonly load: () => Promise<{ default: Messages }> };

function isOnDemand(part: unknown): part is OnDemand {
  return typeof part === 'object' && part !== null && typeof (part as OnDemand).load === 'function';
}

/** Every catalogue created so far: those of the code loaded in this browser. */
const catalogues = new Set<Catalogue>();

export function catalogue<T extends Messages>(
  area: string,
  languages: { en: T; de: Translation<T> },
): Catalogue<T> {
  const created = { area, ...languages };
  catalogues.add(created);
  return created;
}

const loading = new Map<string, Promise<void>>();
/** Files that could not be fetched: shown in English until a later `loadLanguage` gets them. */
const unavailable = new Set<string>();

/**
 * Fetches `language`'s file of every catalogue created so far that does not have it yet; resolves
 * at once when all have it (always on the server and in tests). It never rejects: a file that
 * cannot be fetched (offline) leaves its catalogue in English, and the next call tries again.
 */
export function loadLanguage(language: UiLanguage): Promise<void> {
  const missing = [...catalogues].filter((c) => isOnDemand(c[language]));
  if (missing.length === 0) return Promise.resolve();
  const key = `${language}:${missing.map((c) => c.area).join(',')}`;
  let load = loading.get(key);
  if (!load) {
    load = Promise.all(
      missing.map(async (c) => {
        const part = c[language];
        if (!isOnDemand(part)) return;
        try {
          const { default: messages } = await part.load();
          (c as { -readonly [L in UiLanguage]: Messages })[language] = messages;
          unavailable.delete(`${language}:${c.area}`);
        } catch (error) {
          console.error(`The ${language} words of ${c.area} could not be fetched`, error);
          unavailable.add(`${language}:${c.area}`);
          loading.delete(key);
        }
      }),
    ).then(() => undefined);
    loading.set(key, load);
  }
  return load;
}

/**
 * Whether every catalogue created so far can be shown in `language` without waiting: fetched, or
 * tried and unavailable (then in English).
 */
export function isLanguageLoaded(language: UiLanguage): boolean {
  return [...catalogues].every((c) => !isOnDemand(c[language]) || unavailable.has(`${language}:${c.area}`));
}

/** What formats one message; plain text formats to itself. */
export type MessageFormat = Pick<IntlMessageFormat, 'format'>;

/** Text without placeholders, tags or quotes reads as it is written: no ICU needed (nor shipped). */
export function isPlainText(message: unknown): message is string {
  return typeof message === 'string' && !/[{}<']/.test(message);
}

const compiled = new WeakMap<Catalogue, Map<string, MessageFormat>>();

/** A message ready to format, kept per catalogue, language and key. */
export function messageFormat(catalogue: Catalogue, language: UiLanguage, key: string): MessageFormat {
  let byKey = compiled.get(catalogue);
  if (!byKey) {
    byKey = new Map();
    compiled.set(catalogue, byKey);
  }
  const id = `${language}\u0000${key}`;
  let format = byKey.get(id);
  if (!format) {
    const part = catalogue[language];
    // A language not fetched yet shows English, uncached, rather than nothing; the app fetches a
    // language before it shows it, so this is a safety net, not a path.
    if (isOnDemand(part)) return messageFormat(catalogue, 'en', key);
    const source = (part as Messages)[key] ?? (catalogue.en as Messages)[key];
    if (source === undefined) throw new Error(`No message "${key}" in the ${catalogue.area} catalogue`);
    // A string here, or the AST the build compiled it to: IntlMessageFormat takes either.
    format = isPlainText(source)
      ? { format: () => source }
      : new IntlMessageFormat(source, intlLocales[language]);
    byKey.set(id, format);
  }
  return format;
}

/** One message as text. A placeholder without a value throws, so a test catches it. */
export function formatMessage<C extends Catalogue>(
  catalogue: C,
  language: UiLanguage,
  key: MessageKey<C>,
  values?: MessageValues,
): string {
  const result = messageFormat(catalogue, language, key).format(values as Record<string, string>);
  return Array.isArray(result) ? result.join('') : String(result);
}

/** A formatter of one catalogue in one language: `t('key', { name })`. */
export function translator<C extends Catalogue>(catalogue: C, language: UiLanguage) {
  return (key: MessageKey<C>, values?: MessageValues) => formatMessage(catalogue, language, key, values);
}
