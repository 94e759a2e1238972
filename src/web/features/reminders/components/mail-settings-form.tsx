import { type FormEvent, useState } from 'react';
import {
  type MailPreferences,
  type MailPreferencesUpdate,
  mailPreferencesUpdateSchema,
  type ReminderKind,
} from '../../../../shared/contract/reminders.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveMailPreferences } from '../api/reminders.ts';

const languages = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch (German)' },
] as const;
const fields = ['language', 'digest', 'reminders'] as const;

/** The automatic reminders, as docs/reminders.md sends them. */
const reminderOptions: readonly { kind: ReminderKind; label: string }[] = [
  { kind: 'meeting', label: 'Meetings: when your tandem has not met or planned a meeting for a while' },
  { kind: 'agreement', label: 'The tandem agreement: weekly while it is not signed' },
  { kind: 'profile', label: 'Your profile: weekly while it is not complete' },
  { kind: 'survey', label: 'Surveys: once, when you have not answered one after a week' },
];

/** The language of the mails one receives and, for participants, single mails or a daily digest. */
export function MailSettingsForm({ initial }: { initial: MailPreferences }) {
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
        <legend>Language of your mails</legend>
        {languages.map((l) => (
          <div className="field field--checkbox" key={l.value}>
            <input
              type="radio"
              id={`mail-language-${l.value}`}
              name="language"
              value={l.value}
              checked={language === l.value}
              onChange={() => setLanguage(l.value)}
            />
            <label htmlFor={`mail-language-${l.value}`}>{l.label}</label>
          </div>
        ))}
        {errors.fieldErrors.language ? <p className="field__error">{errors.fieldErrors.language}</p> : null}
      </fieldset>
      <fieldset className="form-section" data-field="digest" tabIndex={-1}>
        <legend>Reminders and updates</legend>
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
              <label htmlFor="mail-digest-single">One mail for each reminder or update</label>
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
              <label htmlFor="mail-digest-daily">A daily digest</label>
            </div>
            <p className="field__hint" id="mail-digest-hint">
              The digest bundles reminders and updates into one mail a day. Invitations, sign-in links and
              meeting invitations for your calendar always come at once.
            </p>
          </>
        ) : (
          <p className="muted">
            The daily digest is offered to mentors and mentees, who receive the reminders. Mails to
            coordinators and organisation contacts always go out one by one.
          </p>
        )}
        {errors.fieldErrors.digest ? <p className="field__error">{errors.fieldErrors.digest}</p> : null}
      </fieldset>
      {initial.digestOffered ? (
        <fieldset className="form-section" data-field="reminders" tabIndex={-1}>
          <legend>Automatic reminders</legend>
          <p className="field__hint" id="mail-reminders-hint">
            A reminder you turn off here, or with the unsubscribe link in its mail, is not sent until you turn
            it on again here. Mails about what happens in your tandem (a proposed meeting, a changed
            agreement) still come.
          </p>
          {reminderOptions.map((r) => (
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
              <label htmlFor={`mail-reminder-${r.kind}`}>{r.label}</label>
            </div>
          ))}
          {errors.fieldErrors.reminders ? (
            <p className="field__error">{errors.fieldErrors.reminders}</p>
          ) : null}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save mail settings'}
        </button>
      </div>
      <p role="status">{saved ? 'Mail settings saved.' : ''}</p>
    </form>
  );
}
