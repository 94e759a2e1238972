import type { GoalBoard } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { eventMessage } from './labels.ts';

/** Every change to the goals and the agreement, newest first, with who made it. */
export function GoalTimeline({ board }: { board: GoalBoard }) {
  const t = useMessages(agreementsMessages);
  return (
    <section aria-labelledby="goal-timeline">
      <h3 id="goal-timeline">{t('whatChanged')}</h3>
      {board.timeline.length === 0 ? (
        <p className="muted">{t('nothingYet')}</p>
      ) : (
        <ol className="plain-list goal-timeline">
          {board.timeline.map((e) => {
            const { key, values } = eventMessage(t, e);
            return (
              <li key={e.id}>
                <time dateTime={e.occurredAt} className="muted">
                  {formatDateTime(e.occurredAt)}
                </time>{' '}
                {t.rich(key, { ...values, author: <strong>{e.author?.name ?? t('someone')}</strong> })}
                {e.comment ? (
                  <span className="goal-timeline__comment">
                    {t('timelineComment', { comment: e.comment })}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
