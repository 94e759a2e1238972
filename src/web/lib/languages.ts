// Languages as people read them: the profile keeps ISO 639-1 codes (what the matching compares),
// the browser shows each code's name in the reader's own language.

import { formatMessage } from '../../shared/i18n/catalogue.ts';
import { commonMessages } from '../../shared/i18n/common.ts';
import * as formats from '../../shared/i18n/formats.ts';
import { intlLocales, type UiLanguage } from '../../shared/i18n/languages.ts';
import { ISO_639_1_CODES } from '../../shared/languages.ts';
import { activeLanguage } from './i18n.tsx';

/** A language's name in the reader's language ("de" reads "German" in English); the code when unknown. */
export function languageName(code: string, language: UiLanguage = activeLanguage()): string {
  return formats.languageName(language, code);
}

/** Names of a list of codes for reading, "German and English"; "Not given" when the list is empty. */
export function languageNames(codes: readonly string[], language: UiLanguage = activeLanguage()): string {
  return codes.length
    ? formats.formatList(
        language,
        codes.map((c) => languageName(c, language)),
      )
    : formatMessage(commonMessages, language, 'languagesNone');
}

export type LanguageOption = { value: string; label: string };

/** Every language a profile can name, sorted by name as the reader's language sorts them. */
export function languageOptions(language: UiLanguage = activeLanguage()): LanguageOption[] {
  const collator = new Intl.Collator(intlLocales[language]);
  return ISO_639_1_CODES.map((code) => ({ value: code, label: languageName(code, language) }))
    .filter((o) => o.label !== o.value)
    .sort((a, b) => collator.compare(a.label, b.label));
}
