import { type FormEvent, useEffect, useId, useState } from 'react';
import { MAX_NOTES_LENGTH, type Meeting } from '../../../../shared/contract/meetings.ts';
import { Markdown } from '../../../lib/markdown.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { savePrivateNote, saveSharedNotes } from '../api/meetings.ts';

const markdownHint =
  'Markdown works: **bold**, *italic*, lines starting with "- " or "1. ", [text](https://…).';

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
        Notes
      </h4>
      <div className="meeting-notes__shared">
        <h5>Shared notes</h5>
        {meeting.sharedNotes ? (
          <>
            <Markdown source={meeting.sharedNotes} className="markdown" />
            {meeting.sharedNotesByName ? (
              <p className="muted">Last edited by {meeting.sharedNotesByName}</p>
            ) : null}
          </>
        ) : (
          <p className="muted">No shared notes yet.</p>
        )}
      </div>
      <div className="meeting-notes__private">
        <h5>My private note</h5>
        <p className="muted">Only you can see this note.</p>
        {meeting.myPrivateNote ? <Markdown source={meeting.myPrivateNote} className="markdown" /> : null}
      </div>
      {editable ? (
        <form className="form" onSubmit={save} noValidate>
          <FormError message={error} />
          <TextAreaField
            name="sharedNotes"
            label="Shared notes"
            hint={`You and your partner both see these. ${markdownHint}`}
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
            label="Private note"
            hint="Only you can see this note: not your partner, not the coordinator, not your organisation."
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
              {busy ? 'Saving…' : 'Save notes'}
            </button>
            <span role="status">{saved ? 'Notes saved.' : ''}</span>
          </div>
        </form>
      ) : null}
    </section>
  );
}
