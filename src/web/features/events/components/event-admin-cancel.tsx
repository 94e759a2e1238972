import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CycleEvent } from '../../../../shared/contract/events.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { cancelEvent } from '../api/event-admin.ts';

type Props = {
  event: CycleEvent;
  onCancelled: (event: CycleEvent) => void;
};

/**
 * Cancelling asks once, inline, with what it does and an optional note for the mail; focus moves
 * to the note when it opens and back to the button when the event is kept.
 */
export function EventAdminCancel({ event, onCancelled }: Props) {
  const t = useMessages(eventAdminMessages);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const wasAsking = useRef(false);
  const cancel = useAction(async () => onCancelled(await cancelEvent(event.id, note.trim())));

  useEffect(() => {
    if (asking) form.current?.querySelector('textarea')?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('cancelEvent')}
      </button>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void cancel.run();
  };
  return (
    <form ref={form} onSubmit={submit} noValidate className="form confirm">
      <fieldset>
        <legend>{t('cancelQuestion', { title: event.title })}</legend>
        <p>{t('cancelExplained')}</p>
        <TextAreaField
          name="note"
          label={t('cancelNote')}
          hint={t('cancelNoteHint')}
          rows={3}
          maxLength={2000}
          value={note}
          onChange={setNote}
        />
        <FormError message={cancel.error} />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={cancel.busy}>
            {cancel.busy ? t('cancelling') : t('cancelConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
            {t('keepEvent')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
