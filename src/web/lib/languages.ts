// Languages as people read them: the profile keeps ISO 639-1 codes (what the matching compares),
// the browser shows each code's name in the reader's own language.

import { ISO_639_1_CODES } from '../../shared/languages.ts';

/** The reader's locale, as the browser reports it. */
function readerLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en';
}

const namers = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("de" reads "German" in English); the code when unknown. */
export function languageName(code: string, locale = readerLocale()): string {
  let namer = namers.get(locale);
  if (!namer) {
    namer = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
    namers.set(locale, namer);
  }
  try {
    return namer.of(code) ?? code;
  } catch {
    // A stored value that is not a language code at all: show it as it is.
    return code;
  }
}

/** Names of a list of codes for reading, "German, English"; `none` when the list is empty. */
export function languageNames(codes: readonly string[], none = 'Not given'): string {
  return codes.length ? codes.map((c) => languageName(c)).join(', ') : none;
}

export type LanguageOption = { value: string; label: string };

/** Every language a profile can name, sorted by name as the reader's language sorts them. */
export function languageOptions(locale = readerLocale()): LanguageOption[] {
  const collator = new Intl.Collator(locale);
  return ISO_639_1_CODES.map((code) => ({ value: code, label: languageName(code, locale) }))
    .filter((o) => o.label !== o.value)
    .sort((a, b) => collator.compare(a.label, b.label));
}
