import { useState } from 'react';
import type { GoalBoard, GoalState } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { getGoalBoard } from '../api/agreements.ts';
import { GoalMilestones } from './goal-milestones.tsx';
import { GoalProgressForm } from './goal-progress-form.tsx';
import { GoalTimeline } from './goal-timeline.tsx';
import { goalStateLabel } from './labels.ts';

/** The goals the tandem agreed on, their progress and milestones, and what changed when. */
export function GoalsPanel({
  tandemId,
  reloadKey,
}: {
  tandemId: string;
  /** Changes when the agreement was saved, since that changes the goals. */
  reloadKey: number;
}) {
  const t = useMessages(agreementsMessages);
  const loaded = useResource(`goals-${tandemId}-${reloadKey}`, (signal) => getGoalBoard(tandemId, signal));
  const [replaced, setReplaced] = useState<{ key: number; board: GoalBoard } | null>(null);
  return (
    <section className="panel goals-panel" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t('goalsPanelHeading')}</h2>
      <Loaded resource={loaded} loading={t('loadingGoals')}>
        {(fromServer) => {
          const board = replaced?.key === reloadKey ? replaced.board : fromServer;
          const update = (next: GoalBoard) => setReplaced({ key: reloadKey, board: next });
          return (
            <>
              {board.goals.length === 0 ? (
                <Empty>
                  <p>{t('noGoals')}</p>
                </Empty>
              ) : (
                <ul className="plain-list goal-list">
                  {board.goals.map((goal) => (
                    <li key={goal.id} className="card goal-card">
                      <h3>
                        {goal.title}{' '}
                        <span className={`badge goal-state goal-state--${goal.state}`}>
                          {goalStateLabel(t, goal.state as GoalState)}
                        </span>
                      </h3>
                      <p>
                        <span className="muted">{t('successMeasure')}</span> {goal.successMeasure}
                      </p>
                      {goal.stateComment ? (
                        <p className="prose">{t('quoted', { title: goal.stateComment })}</p>
                      ) : null}
                      {goal.can.updateProgress ? (
                        <GoalProgressForm key={goal.id} tandemId={tandemId} goal={goal} onSaved={update} />
                      ) : null}
                      <GoalMilestones tandemId={tandemId} goal={goal} onChanged={update} />
                    </li>
                  ))}
                </ul>
              )}
              <GoalTimeline board={board} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
