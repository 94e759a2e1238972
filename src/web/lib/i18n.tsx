import { createContext, createElement, Fragment, type ReactNode, useContext, useMemo } from 'react';
import {
  type Catalogue,
  type MessageKey,
  type MessageValues,
  messageFormat,
} from '../../shared/i18n/catalogue.ts';
import {
  fallbackLanguage,
  isUiLanguage,
  negotiateLanguage,
  type UiLanguage,
} from '../../shared/i18n/languages.ts';

// The reader's language in the browser: the account's setting once signed in, before that the
// choice made with the header's switch (kept in localStorage), else the browser's languages, else
// English. Pages read their words with `useMessages(<area>Messages)`.

export type LanguageState = {
  language: UiLanguage;
  /**
   * Switches the interface; signed in, it also saves the account's setting, unless `saved` says
   * the caller has just saved it (the Settings form).
   */
  setLanguage: (language: UiLanguage, options?: { saved?: boolean }) => void;
};

export const LanguageContext = createContext<LanguageState>({
  language: fallbackLanguage,
  setLanguage: () => undefined,
});

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

const storageKey = 'crossmentor.language';

/** The language chosen with the switch before signing in, if any. */
export function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isUiLanguage(value) ? value : null;
  } catch {
    // Storage can be off (private windows, policies): the browser's languages decide then.
    return null;
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered across visits; this visit still switches.
  }
}

/** The browser's languages, most wanted first. */
export function browserLanguage(): UiLanguage {
  if (typeof navigator === 'undefined') return fallbackLanguage;
  const asked = navigator.languages?.length ? navigator.languages : [navigator.language];
  return negotiateLanguage(asked.filter(Boolean));
}

let active: UiLanguage = fallbackLanguage;

/**
 * The language format helpers outside components use (`formatDate` in lib/format.ts). The provider
 * sets it while rendering, so a page rendered in German formats in German.
 */
export function activeLanguage(): UiLanguage {
  return active;
}

/** Back to the fallback, as before any render: tests call it between renders. */
export function resetActiveLanguage(): void {
  active = fallbackLanguage;
}

export function LanguageProvider({
  language,
  setLanguage,
  children,
}: LanguageState & { children: ReactNode }) {
  active = language;
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** Values of a rich message: text, numbers and dates, elements, and tags as functions of their content. */
export type RichValues = Record<
  string,
  string | number | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode)
>;

export type Translate<C extends Catalogue> = {
  (key: MessageKey<C>, values?: MessageValues): string;
  /** A message with elements in it: `<link>…</link>` tags and React nodes as values. */
  rich: (key: MessageKey<C>, values: RichValues) => ReactNode;
};

/** The words of one catalogue in the reader's language: `t('key', { name })`. */
export function useMessages<C extends Catalogue>(catalogue: C): Translate<C> {
  const { language } = useLanguage();
  return useMemo(() => {
    const t = ((key: MessageKey<C>, values?: MessageValues) => {
      const result = messageFormat(catalogue, language, key).format(values as Record<string, string>);
      return Array.isArray(result) ? result.join('') : String(result);
    }) as Translate<C>;
    t.rich = (key, values) => {
      const result = messageFormat(catalogue, language, key).format<ReactNode>(
        values as Record<string, ReactNode>,
      );
      // Spread as children, not as an array: the parts need no keys.
      return Array.isArray(result) ? createElement(Fragment, null, ...result) : result;
    };
    return t;
  }, [catalogue, language]);
}
