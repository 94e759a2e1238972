import { ownNames, uiLanguages } from '../../shared/i18n/languages.ts';
import { shellMessages } from '../../shared/i18n/shell.ts';
import { useLanguage, useMessages } from '../lib/i18n.tsx';

/**
 * The header's language switch: each language named in itself ("English", "Deutsch") and marked
 * with its `lang`, so a reader finds their own and a screen reader speaks it right. Before sign-in
 * the browser remembers the choice; signed in, it is the account's setting.
 */
export function LanguageSwitch() {
  const t = useMessages(shellMessages);
  const { language, setLanguage } = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('languageSwitch')}</legend>
      {uiLanguages.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__option"
          aria-pressed={l === language}
          onClick={() => setLanguage(l)}
        >
          {ownNames[l]}
        </button>
      ))}
    </fieldset>
  );
}
