import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { commonMessages } from '../../../shared/i18n/common.ts';
import { useLanguage, useMessages } from '../i18n.tsx';
import { languageName, languageOptions } from '../languages.ts';
import { describedBy, fieldMessage } from './field-shell.tsx';
import { SelectField } from './fields.tsx';

type Common = { name: string; label: string; hint?: ReactNode; error?: string; required?: boolean };

/**
 * Several languages, chosen by name and kept as ISO 639-1 codes: the chosen ones listed, each with a
 * button to remove it, and a list of the others to add from. Every step works from the keyboard;
 * what changed is announced.
 */
export function LanguagesField({
  name,
  label,
  hint,
  error,
  required,
  value,
  onChange,
}: Common & { value: readonly string[]; onChange: (codes: string[]) => void }) {
  const id = `${useId()}-${name}`;
  const t = useMessages(commonMessages);
  const { language } = useLanguage();
  const options = useMemo(() => languageOptions(language), [language]);
  const [adding, setAdding] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const offered = options.filter((o) => !value.includes(o.value));

  const add = () => {
    if (!adding) return;
    onChange([...value, adding]);
    setAnnouncement(t('languagesAdded', { language: languageName(adding) }));
    setAdding('');
  };
  const remove = (code: string) => {
    onChange(value.filter((c) => c !== code));
    setAnnouncement(t('languagesRemoved', { language: languageName(code) }));
    // The removed button goes away; the list to add from keeps the focus in the field.
    select.current?.focus();
  };

  return (
    <fieldset
      className={error ? 'form-section field field--invalid' : 'form-section field'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="tag-list" aria-label={t('languagesChosen', { label })}>
          {value.map((code) => (
            <li key={code} lang={code}>
              {languageName(code)}{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                onClick={() => remove(code)}
              >
                {t.rich('languagesRemove', {
                  language: languageName(code),
                  hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('languagesNoneChosen')}</p>
      )}
      <div className="language-picker__add">
        <label htmlFor={id}>{t('languagesAdd')}</label>
        <select
          id={id}
          ref={select}
          name={name}
          data-field={name}
          value={adding}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the highlighted language instead of submitting the form.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        >
          <option value="">{t('languagesChoose')}</option>
          {offered.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>{' '}
        <button type="button" className="button button--secondary" onClick={add} disabled={!adding}>
          {t('languagesAddButton')}
        </button>
      </div>
      {adding ? (
        // Saving reads the chosen languages only: a choice left in the list is said to be pending.
        <p className="field__hint">{t('languagesPending', { language: languageName(adding) })}</p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {fieldMessage(label, error)}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

/** One language, chosen by name and kept as its ISO 639-1 code; `emptyLabel` offers none. */
export function LanguageField({
  value,
  ...field
}: Common & { value: string; onChange: (code: string) => void; emptyLabel: string }) {
  const { language } = useLanguage();
  const options = useMemo(() => languageOptions(language), [language]);
  // A stored code the list does not know stays choosable, so opening the form changes nothing.
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <SelectField
      {...field}
      value={value}
      options={known ? options : [{ value, label: languageName(value) }, ...options]}
    />
  );
}
