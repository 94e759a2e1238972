import { IntlMessageFormat } from 'intl-messageformat';
import { intlLocales, type UiLanguage } from './languages.ts';

// Message catalogues (decision 0021): each area's English file defines the keys and every other
// language's file is typed by it, so a missing or extra key fails the type check. Messages are ICU
// MessageFormat ("{count, plural, one {# tandem} other {# tandems}}"). In the built web app they
// arrive compiled to ASTs (scripts/compile-messages.ts), so the parser never ships; the server and
// the tests format the strings themselves.

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

export function catalogue<T extends Messages>(
  area: string,
  languages: { en: T; de: Translation<T> },
): Catalogue<T> {
  return { area, ...languages };
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
    const source = (catalogue[language] as Messages)[key] ?? (catalogue.en as Messages)[key];
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
