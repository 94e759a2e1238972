import { type FormEvent, useEffect, useId, useState } from 'react';
import { MAX_NOTES_LENGTH, type Meeting } from '../../../../shared/contract/meetings.ts';
import { meetingsMessages } from '../../../../shared/i18n/meetings.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Markdown } from '../../../lib/markdown.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { savePrivateNote, saveSharedNotes } from '../api/meetings.ts';

/**
 * The meeting's shared notes (both members) and the viewer's private note (nobody else, ever),
 * shown formatted, with one form to edit both when the tandem is still running.
 */
export function MeetingNotes({
  meeting,
  editable,
  onSaved,
}: {
  meeting: Meeting;
  editable: boolean;
  onSaved: (meeting: Meeting) => void;
}) {
  const t = useMessages(meetingsMessages);
  const [shared, setShared] = useState(meeting.sharedNotes);
  const [privateNote, setPrivateNote] = useState(meeting.myPrivateNote ?? '');
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  const [edited, setEdited] = useState(false);

  // Notes the partner saved meanwhile arrive with the next load; unsaved typing is never
  // overwritten, and once the saved text comes back from the server the form follows it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's notes change, compared with what is typed now
  useEffect(() => {
    const privateFromServer = meeting.myPrivateNote ?? '';
    if (!edited) {
      setShared(meeting.sharedNotes);
      setPrivateNote(privateFromServer);
    } else if (meeting.sharedNotes === shared && privateFromServer === privateNote) {
      setEdited(false);
    }
  }, [meeting.sharedNotes, meeting.myPrivateNote]);

  const { run, busy, error } = useAction(async () => {
    setSaved(false);
    let latest = meeting;
    if (shared !== meeting.sharedNotes) latest = await saveSharedNotes(meeting.id, shared);
    if (privateNote !== (meeting.myPrivateNote ?? ''))
      latest = await savePrivateNote(meeting.id, privateNote);
    setSaved(true);
    if (latest.sharedNotes === shared && (latest.myPrivateNote ?? '') === privateNote) setEdited(false);
    onSaved(latest);
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <section className="meeting-notes" aria-labelledby={headingId}>
      <h4 id={headingId} className="visually-hidden">
        {t('notes')}
      </h4>
      <div className="meeting-notes__shared">
        <h5>{t('sharedNotes')}</h5>
        {meeting.sharedNotes ? (
          <>
            <Markdown source={meeting.sharedNotes} className="markdown" />
            {meeting.sharedNotesByName ? (
              <p className="muted">{t('lastEditedBy', { name: meeting.sharedNotesByName })}</p>
            ) : null}
          </>
        ) : (
          <p className="muted">{t('noSharedNotes')}</p>
        )}
      </div>
      <div className="meeting-notes__private">
        <h5>{t('myPrivateNote')}</h5>
        <p className="muted">{t('onlyYou')}</p>
        {meeting.myPrivateNote ? <Markdown source={meeting.myPrivateNote} className="markdown" /> : null}
      </div>
      {editable ? (
        <form className="form" onSubmit={save} noValidate>
          <FormError message={error} />
          <TextAreaField
            name="sharedNotes"
            label={t('sharedNotes')}
            hint={t('sharedNotesHint')}
            value={shared}
            onChange={(value) => {
              setShared(value);
              setEdited(true);
              setSaved(false);
            }}
            rows={5}
            maxLength={MAX_NOTES_LENGTH}
          />
          <TextAreaField
            name="privateNote"
            label={t('privateNote')}
            hint={t('privateNoteHint')}
            value={privateNote}
            onChange={(value) => {
              setPrivateNote(value);
              setEdited(true);
              setSaved(false);
            }}
            rows={3}
            maxLength={MAX_NOTES_LENGTH}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('saving') : t('saveNotes')}
            </button>
            <span role="status">{saved ? t('notesSaved') : ''}</span>
          </div>
        </form>
      ) : null}
    </section>
  );
}
