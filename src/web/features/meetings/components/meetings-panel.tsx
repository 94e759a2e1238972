import { useState } from 'react';
import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { createMeeting, listMeetings } from '../api/meetings.ts';
import { describeMeetingTime } from './describe-meeting-time.ts';
import { MeetingItem } from './meeting-item.tsx';
import { emptyMeetingTime, MeetingTimeForm } from './meeting-time-form.tsx';

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
                    <MeetingItem key={m.id} meeting={m} onChanged={meetings.reload} />
                  ))}
                </ul>
              ) : (
                <p className="muted">Nothing planned.</p>
              )}
              <h3>Past</h3>
              {past.length ? (
                <ul className="meetings-list">
                  {past.map((m) => (
                    <MeetingItem key={m.id} meeting={m} onChanged={meetings.reload} />
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
