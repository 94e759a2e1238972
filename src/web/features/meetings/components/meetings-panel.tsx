import { useState } from 'react';
import type { Meeting, MeetingTimeInput } from '../../../../shared/contract/meetings.ts';
import { errorMessage } from '../../../lib/api.ts';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import {
  acceptMeeting,
  calendarFileUrl,
  cancelMeeting,
  createMeeting,
  listMeetings,
  logMeetingHeld,
  proposeAnotherTime,
} from '../api/meetings.ts';
import { MeetingNotes } from './meeting-notes.tsx';
import {
  browserTimeZone,
  emptyMeetingTime,
  MeetingTimeForm,
  type MeetingTimeValues,
} from './meeting-time-form.tsx';

/** "Thursday, 4 March 2027, 10:00–11:30", in the meeting's own zone (named when it is not the viewer's). */
export function describeMeetingTime(meeting: Meeting, viewerZone = browserTimeZone()): string {
  const timeZone = meeting.timeZone;
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(start);
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
  const zone = timeZone === viewerZone ? '' : ` (${timeZone.replaceAll('_', ' ')})`;
  return `${day}, ${clock.format(start)}–${clock.format(end)}${zone}`;
}

function statusBadge(meeting: Meeting) {
  switch (meeting.status) {
    case 'proposed':
      return meeting.proposedByMe ? (
        <span className="badge badge--pending">Proposed by you, waiting for your partner</span>
      ) : (
        <span className="badge badge--warning">Proposed to you</span>
      );
    case 'accepted':
      return <span className="badge badge--accepted">Accepted</span>;
    case 'held':
      return <span className="badge badge--accepted">Held</span>;
    case 'cancelled':
      return <span className="badge badge--closed">Cancelled</span>;
  }
}

function timeValues(meeting: Meeting): MeetingTimeValues {
  const [date = '', time = ''] = meeting.startsAtLocal.split('T');
  return {
    date,
    time,
    durationMinutes: String(meeting.durationMinutes),
    where: meeting.videoLink || meeting.place,
    timeZone: meeting.timeZone,
  };
}

function MeetingItem({
  meeting,
  readOnly,
  onChanged,
}: {
  meeting: Meeting;
  readOnly: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const open = meeting.status === 'proposed' || meeting.status === 'accepted';
  const upcoming = open && new Date(meeting.startsAt).getTime() > Date.now();

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const when = describeMeetingTime(meeting);
  const notes = (
    <MeetingNotes
      meeting={meeting}
      editable={!readOnly && meeting.status !== 'cancelled'}
      onSaved={() => onChanged()}
    />
  );
  return (
    <li className={`meeting meeting--${meeting.status}`}>
      <div className="meeting__head">
        <h4>
          <time dateTime={meeting.startsAt}>{when}</time>
        </h4>
        {statusBadge(meeting)}
      </div>
      <p className="meeting__where">
        {meeting.place ? <span>{meeting.place}</span> : null}
        {meeting.place && meeting.videoLink ? ' · ' : null}
        {meeting.videoLink ? (
          <a href={meeting.videoLink} rel="noopener noreferrer" target="_blank">
            Video link
          </a>
        ) : null}
        {!meeting.place && !meeting.videoLink ? <span className="muted">No place given</span> : null}
        <span className="muted"> · {meeting.durationMinutes} minutes</span>
      </p>
      <div role="alert" className={error ? 'notice notice--error' : 'visually-hidden'}>
        {error}
      </div>
      {!readOnly && open ? (
        <div className="button-row">
          {meeting.canAccept ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => acceptMeeting(meeting.id))}
            >
              Accept
            </button>
          ) : null}
          {meeting.canLogHeld ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => logMeetingHeld(meeting.id))}
            >
              Log as held
            </button>
          ) : null}
          {!moving ? (
            <button type="button" className="button button--secondary" onClick={() => setMoving(true)}>
              Propose another time
            </button>
          ) : null}
          {meeting.canCancel ? (
            <ConfirmButton
              label="Cancel meeting"
              question={`Cancel the meeting on ${when}? Your partner is told.`}
              confirmLabel="Yes, cancel the meeting"
              busy={busy}
              onConfirm={() => act(() => cancelMeeting(meeting.id))}
            />
          ) : null}
        </div>
      ) : null}
      {meeting.status !== 'cancelled' ? (
        <p>
          <a className="button button--secondary button--small" href={calendarFileUrl(meeting.id)} download>
            Download calendar file
          </a>
        </p>
      ) : null}
      {moving ? (
        <MeetingTimeForm
          initial={timeValues(meeting)}
          submitLabel="Send the new time"
          onClose={() => setMoving(false)}
          onSubmit={async (input: MeetingTimeInput) => {
            await proposeAnotherTime(meeting.id, input);
            setMoving(false);
            onChanged();
          }}
        />
      ) : null}
      {upcoming ? (
        <details className="meeting__details">
          <summary>Agenda and notes</summary>
          {notes}
        </details>
      ) : (
        notes
      )}
    </li>
  );
}

/**
 * The tandem's meetings, for its two members: propose one, answer a proposal, take it to the
 * calendar, and keep notes afterwards. `readOnly` once the tandem has ended.
 */
export function MeetingsPanel({ tandemId, readOnly }: { tandemId: string; readOnly: boolean }) {
  const meetings = useResource(`meetings-${tandemId}`, (signal) => listMeetings(tandemId, signal));
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section className="panel meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Meetings</h2>
      {!readOnly ? (
        <div className="meetings__propose">
          <h3>Propose a meeting</h3>
          <p className="muted">
            Your partner accepts or proposes another time; then you both get a calendar invitation.
          </p>
          <MeetingTimeForm
            key={formKey}
            initial={emptyMeetingTime()}
            submitLabel="Propose meeting"
            heldLabel="Log as held"
            onSubmit={async (input, alreadyHeld) => {
              const meeting = await createMeeting(tandemId, { ...input, alreadyHeld });
              setCreated(
                meeting.status === 'held'
                  ? `Logged the meeting on ${describeMeetingTime(meeting)}.`
                  : `Proposed a meeting on ${describeMeetingTime(meeting)}.`,
              );
              setFormKey((k) => k + 1);
              meetings.reload();
            }}
          />
          <p role="status" className={created ? 'notice notice--success' : 'visually-hidden'}>
            {created}
          </p>
        </div>
      ) : null}
      <Loaded resource={meetings} loading="Loading meetings…">
        {(list) => {
          const now = Date.now();
          const isUpcoming = (m: Meeting) =>
            (m.status === 'proposed' || m.status === 'accepted') && new Date(m.startsAt).getTime() > now;
          const upcoming = list.filter(isUpcoming);
          const past = list.filter((m) => !isUpcoming(m)).reverse();
          if (list.length === 0) {
            return (
              <Empty>
                <p>
                  {readOnly
                    ? 'This tandem had no meetings.'
                    : 'No meetings yet. Propose the first one above.'}
                </p>
              </Empty>
            );
          }
          return (
            <>
              <h3>Upcoming</h3>
              {upcoming.length ? (
                <ul className="meetings-list">
                  {upcoming.map((m) => (
                    <MeetingItem key={m.id} meeting={m} readOnly={readOnly} onChanged={meetings.reload} />
                  ))}
                </ul>
              ) : (
                <p className="muted">Nothing planned.</p>
              )}
              <h3>Past</h3>
              {past.length ? (
                <ul className="meetings-list">
                  {past.map((m) => (
                    <MeetingItem key={m.id} meeting={m} readOnly={readOnly} onChanged={meetings.reload} />
                  ))}
                </ul>
              ) : (
                <p className="muted">No meetings have taken place yet.</p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
