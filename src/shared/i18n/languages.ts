// The languages crossmentor speaks, and how one is chosen from what a browser or a request asks for.

export const uiLanguages = ['en', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Used when nothing asked for is one of ours. */
export const fallbackLanguage: UiLanguage = 'en';

/** Each language's name in that language: how the switch offers it, so a reader finds their own. */
export const ownNames: Record<UiLanguage, string> = { en: 'English', de: 'Deutsch' };

/** The locale Intl formats with: British English writes "6 December 2026", as the mails always have. */
export const intlLocales: Record<UiLanguage, string> = { en: 'en-GB', de: 'de-DE' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The first of the asked-for language tags ("de-AT", "en-US") that we speak, by its primary subtag. */
export function negotiateLanguage(asked: readonly string[]): UiLanguage {
  for (const tag of asked) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(primary)) return primary;
  }
  return fallbackLanguage;
}

/** An `Accept-Language` header's tags, most wanted first (RFC 9110 §12.5.4); `q=0` means "not this". */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag !== '' && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}
