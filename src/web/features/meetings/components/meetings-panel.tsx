import { useState } from 'react';
import type { Meeting } from '../../../../shared/contract/meetings.ts';
import { meetingsMessages } from '../../../../shared/i18n/meetings.ts';
import { describeTimeSpan } from '../../../lib/describe-time-span.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { createMeeting, listMeetings } from '../api/meetings.ts';
import { MeetingItem } from './meeting-item.tsx';
import { emptyMeetingTime, MeetingTimeForm } from './meeting-time-form.tsx';

/**
 * The tandem's meetings, for its two members: propose one, answer a proposal, take it to the
 * calendar, and keep notes afterwards. `readOnly` once the tandem has ended.
 */
export function MeetingsPanel({ tandemId, readOnly }: { tandemId: string; readOnly: boolean }) {
  const t = useMessages(meetingsMessages);
  const { language } = useLanguage();
  const meetings = useResource(`meetings-${tandemId}`, (signal) => listMeetings(tandemId, signal));
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<Meeting | null>(null);

  return (
    <section className="panel meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">{t('heading')}</h2>
      {!readOnly ? (
        <div className="meetings__propose">
          <h3>{t('proposeHeading')}</h3>
          <p className="muted">{t('proposeIntro')}</p>
          <MeetingTimeForm
            key={formKey}
            initial={emptyMeetingTime()}
            submitLabel={t('propose')}
            heldLabel={t('logHeld')}
            onSubmit={async (input, alreadyHeld) => {
              const meeting = await createMeeting(tandemId, { ...input, alreadyHeld });
              setCreated(meeting);
              setFormKey((k) => k + 1);
              meetings.reload();
            }}
          />
          <p role="status" className={created ? 'notice notice--success' : 'visually-hidden'}>
            {created
              ? t(created.status === 'held' ? 'logged' : 'proposed', {
                  when: describeTimeSpan(language, created),
                })
              : null}
          </p>
        </div>
      ) : null}
      <Loaded resource={meetings} loading={t('loading')}>
        {(list) => {
          const now = Date.now();
          const isUpcoming = (m: Meeting) =>
            (m.status === 'proposed' || m.status === 'accepted') && new Date(m.startsAt).getTime() > now;
          const upcoming = list.filter(isUpcoming);
          const past = list.filter((m) => !isUpcoming(m)).reverse();
          if (list.length === 0) {
            return (
              <Empty>
                <p>{readOnly ? t('noneEnded') : t('noneYet')}</p>
              </Empty>
            );
          }
          return (
            <>
              <h3>{t('upcoming')}</h3>
              {upcoming.length ? (
                <ul className="meetings-list">
                  {upcoming.map((m) => (
                    <MeetingItem key={m.id} meeting={m} onChanged={meetings.reload} />
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('nothingPlanned')}</p>
              )}
              <h3>{t('past')}</h3>
              {past.length ? (
                <ul className="meetings-list">
                  {past.map((m) => (
                    <MeetingItem key={m.id} meeting={m} onChanged={meetings.reload} />
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('noneHeld')}</p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
