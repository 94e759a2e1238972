import { type FormEvent, useState } from 'react';
import { eventMessageSchema, MAX_EVENT_MESSAGE } from '../../../../shared/contract/events.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CheckboxField, FormError, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { messageRegistrants } from '../api/event-admin.ts';

const fields = ['subject', 'body', 'includeWaiting'] as const;

/** A mail to everyone registered (and, when ticked, the waiting list); says how many it went to. */
export function AttendeeMessage({ eventId }: { eventId: string }) {
  const t = useMessages(eventAdminMessages);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [includeWaiting, setIncludeWaiting] = useState(false);
  const [sentTo, setSentTo] = useState<number | null>(null);
  const errors = useFormErrors(fields);
  const send = useAction(
    async (message: { subject: string; body: string; includeWaiting: boolean }) => {
      errors.clear();
      const { recipients } = await messageRegistrants(eventId, message);
      setSentTo(recipients);
      setSubject('');
      setBody('');
      setIncludeWaiting(false);
    },
    { onError: (error) => errors.showRequestError(error) },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSentTo(null);
    const checked = validate(eventMessageSchema, { subject, body, includeWaiting });
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void send.run(checked.data);
  };
  return (
    <section aria-labelledby="message-heading">
      <h2 id="message-heading">{t('messageHeading')}</h2>
      <p>{t('messageIntro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={errors.formError} />
        <TextField
          name="subject"
          label={t('messageSubject')}
          required
          maxLength={200}
          value={subject}
          onChange={setSubject}
          error={errors.fieldErrors.subject}
        />
        <TextAreaField
          name="body"
          label={t('messageBody')}
          required
          rows={6}
          maxLength={MAX_EVENT_MESSAGE}
          value={body}
          onChange={setBody}
          error={errors.fieldErrors.body}
        />
        <CheckboxField
          name="includeWaiting"
          label={t('messageIncludeWaiting')}
          checked={includeWaiting}
          onChange={setIncludeWaiting}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={send.busy}>
            {send.busy ? t('sending') : t('sendMessage')}
          </button>
        </div>
        <p role="status" className={sentTo === null ? 'visually-hidden' : 'notice notice--success'}>
          {sentTo === null ? '' : t('messageSent', { count: sentTo })}
        </p>
      </form>
    </section>
  );
}
