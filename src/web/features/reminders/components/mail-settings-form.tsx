import { type FormEvent, useState } from 'react';
import {
  type MailPreferences,
  type MailPreferencesUpdate,
  mailPreferencesUpdateSchema,
  type ReminderKind,
} from '../../../../shared/contract/reminders.ts';
import { ownNames, uiLanguages } from '../../../../shared/i18n/languages.ts';
import { settingsMessages } from '../../../../shared/i18n/settings.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { FormError } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveMailPreferences } from '../api/reminders.ts';

const fields = ['language', 'digest', 'reminders'] as const;

/** The automatic reminders, as docs/reminders.md sends them. */
const reminderKeys = [
  { kind: 'meeting', label: 'reminderMeeting' },
  { kind: 'agreement', label: 'reminderAgreement' },
  { kind: 'profile', label: 'reminderProfile' },
  { kind: 'survey', label: 'reminderSurvey' },
] as const satisfies readonly { kind: ReminderKind; label: string }[];

/**
 * The account's language, of its pages and its mails alike (saving it switches the page at once)
 * and, for participants, single mails or a daily digest and which automatic reminders come.
 */
export function MailSettingsForm({ initial }: { initial: MailPreferences }) {
  const t = useMessages(settingsMessages);
  const ui = useLanguage();
  const [language, setLanguage] = useState(initial.language);
  const [digest, setDigest] = useState(initial.digest);
  const [reminders, setReminders] = useState(initial.reminders);
  // What the server holds as far as this page knows: reminders go back only when the user changed
  // them here, so a page left open does not undo a one-click unsubscribe made since.
  const [savedReminders, setSavedReminders] = useState(initial.reminders);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(fields);
  const save = useAction(
    async (update: MailPreferencesUpdate) => {
      errors.clear();
      const result = await saveMailPreferences(update);
      setLanguage(result.language);
      setDigest(result.digest);
      setReminders(result.reminders);
      setSavedReminders(result.reminders);
      setSaved(true);
      // The language is the account's for pages too: the page speaks it from now on.
      ui.setLanguage(result.language, { saved: true });
    },
    { onError: errors.showRequestError },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(mailPreferencesUpdateSchema, {
      language,
      digest: initial.digestOffered && digest,
      ...(initial.digestOffered && JSON.stringify(reminders) !== JSON.stringify(savedReminders)
        ? { reminders }
        : {}),
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form form--narrow" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <fieldset className="form-section" data-field="language" tabIndex={-1}>
        <legend>{t('language')}</legend>
        {uiLanguages.map((l) => (
          <div className="field field--checkbox" key={l}>
            <input
              type="radio"
              id={`mail-language-${l}`}
              name="language"
              value={l}
              checked={language === l}
              onChange={() => setLanguage(l)}
            />
            {/* Each language in its own name, so a reader finds theirs and a screen reader speaks it right. */}
            <label htmlFor={`mail-language-${l}`} lang={l}>
              {ownNames[l]}
            </label>
          </div>
        ))}
        {errors.fieldErrors.language ? <p className="field__error">{errors.fieldErrors.language}</p> : null}
      </fieldset>
      <fieldset className="form-section" data-field="digest" tabIndex={-1}>
        <legend>{t('remindersAndUpdates')}</legend>
        {initial.digestOffered ? (
          <>
            <div className="field field--checkbox">
              <input
                type="radio"
                id="mail-digest-single"
                name="digest"
                checked={!digest}
                onChange={() => setDigest(false)}
              />
              <label htmlFor="mail-digest-single">{t('digestSingle')}</label>
            </div>
            <div className="field field--checkbox">
              <input
                type="radio"
                id="mail-digest-daily"
                name="digest"
                checked={digest}
                onChange={() => setDigest(true)}
                aria-describedby="mail-digest-hint"
              />
              <label htmlFor="mail-digest-daily">{t('digestDaily')}</label>
            </div>
            <p className="field__hint" id="mail-digest-hint">
              {t('digestHint')}
            </p>
          </>
        ) : (
          <p className="muted">{t('digestNotOffered')}</p>
        )}
        {errors.fieldErrors.digest ? <p className="field__error">{errors.fieldErrors.digest}</p> : null}
      </fieldset>
      {initial.digestOffered ? (
        <fieldset className="form-section" data-field="reminders" tabIndex={-1}>
          <legend>{t('automaticReminders')}</legend>
          <p className="field__hint" id="mail-reminders-hint">
            {t('remindersHint')}
          </p>
          {reminderKeys.map((r) => (
            <div className="field field--checkbox" key={r.kind}>
              <input
                type="checkbox"
                id={`mail-reminder-${r.kind}`}
                checked={reminders[r.kind]}
                onChange={(event) =>
                  setReminders((current) => ({ ...current, [r.kind]: event.target.checked }))
                }
                aria-describedby="mail-reminders-hint"
              />
              <label htmlFor={`mail-reminder-${r.kind}`}>{t(r.label)}</label>
            </div>
          ))}
          {errors.fieldErrors.reminders ? (
            <p className="field__error">{errors.fieldErrors.reminders}</p>
          ) : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('save')}
        </button>
      </div>
      <p role="status">{saved ? t('saved') : ''}</p>
    </form>
  );
}
