import { useState } from 'react';
import type { Meeting, MeetingTimeInput } from '../../../../shared/contract/meetings.ts';
import { meetingsMessages } from '../../../../shared/i18n/meetings.ts';
import { describeTimeSpan } from '../../../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { ConfirmButton } from '../../../lib/ui/confirm-button.tsx';
import { useAction } from '../../../lib/use-action.ts';
import {
  acceptMeeting,
  calendarFileUrl,
  cancelMeeting,
  logMeetingHeld,
  proposeAnotherTime,
} from '../api/meetings.ts';
import { MeetingNotes } from './meeting-notes.tsx';
import { MeetingStatusBadge } from './meeting-status-badge.tsx';
import { MeetingTimeForm, type MeetingTimeValues } from './meeting-time-form.tsx';

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

/** One meeting: when and where, its state, what the viewer can do with it, and its notes. */
export function MeetingItem({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const t = useMessages(meetingsMessages);
  const { language } = useLanguage();
  const { can } = meeting;
  const [moving, setMoving] = useState(false);
  const open = meeting.status === 'proposed' || meeting.status === 'accepted';
  const upcoming = open && new Date(meeting.startsAt).getTime() > Date.now();
  const {
    run: act,
    busy,
    error,
  } = useAction(async (action: () => Promise<unknown>) => {
    await action();
    onChanged();
  });

  const when = describeTimeSpan(language, meeting);
  const notes = <MeetingNotes meeting={meeting} editable={can.saveSharedNotes} onSaved={() => onChanged()} />;
  return (
    <li className={`meeting meeting--${meeting.status}`}>
      <div className="meeting__head">
        <h4>
          <time dateTime={meeting.startsAt}>{when}</time>
        </h4>
        <MeetingStatusBadge meeting={meeting} />
      </div>
      <p className="meeting__where">
        {meeting.place ? <span>{meeting.place}</span> : null}
        {meeting.place && meeting.videoLink ? ' · ' : null}
        {meeting.videoLink ? (
          <a href={meeting.videoLink} rel="noopener noreferrer" target="_blank">
            {t('videoLink')}
          </a>
        ) : null}
        {!meeting.place && !meeting.videoLink ? <span className="muted">{t('noPlace')}</span> : null}
        <span className="muted"> · {t('duration', { minutes: meeting.durationMinutes })}</span>
      </p>
      <div role="alert" className={error ? 'notice notice--error' : 'visually-hidden'}>
        {error}
      </div>
      {can.accept || can.logHeld || can.proposeAnotherTime || can.cancel ? (
        <div className="button-row">
          {can.accept ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => acceptMeeting(meeting.id))}
            >
              {t('accept')}
            </button>
          ) : null}
          {can.logHeld ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act(() => logMeetingHeld(meeting.id))}
            >
              {t('logHeld')}
            </button>
          ) : null}
          {can.proposeAnotherTime && !moving ? (
            <button type="button" className="button button--secondary" onClick={() => setMoving(true)}>
              {t('proposeAnotherTime')}
            </button>
          ) : null}
          {can.cancel ? (
            <ConfirmButton
              label={t('cancelMeeting')}
              question={t('cancelQuestion', { when })}
              confirmLabel={t('cancelConfirm')}
              busy={busy}
              onConfirm={() => act(() => cancelMeeting(meeting.id))}
            />
          ) : null}
        </div>
      ) : null}
      {meeting.status !== 'cancelled' ? (
        <p>
          <a className="button button--secondary button--small" href={calendarFileUrl(meeting.id)} download>
            {t('calendarFile')}
          </a>
        </p>
      ) : null}
      {moving ? (
        <MeetingTimeForm
          initial={timeValues(meeting)}
          submitLabel={t('sendNewTime')}
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
          <summary>{t('agendaAndNotes')}</summary>
          {notes}
        </details>
      ) : (
        notes
      )}
    </li>
  );
}
