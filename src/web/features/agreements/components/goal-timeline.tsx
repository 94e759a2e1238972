import type { GoalBoard } from '../../../../shared/contract/agreements.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { describeEvent } from './labels.ts';

/** Every change to the goals and the agreement, newest first, with who made it. */
export function GoalTimeline({ board }: { board: GoalBoard }) {
  return (
    <section aria-labelledby="goal-timeline">
      <h3 id="goal-timeline">What changed</h3>
      {board.timeline.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="plain-list goal-timeline">
          {board.timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt} className="muted">
                {formatDateTime(e.occurredAt)}
              </time>{' '}
              <strong>{e.author?.name ?? 'Someone'}</strong> {describeEvent(e)}
              {e.comment ? <span className="goal-timeline__comment">: “{e.comment}”</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
