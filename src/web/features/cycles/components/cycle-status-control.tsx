import { useEffect, useRef, useState } from 'react';
import {
  type Cycle,
  type CycleStatus,
  cycleStatuses,
  cycleTransitions,
} from '../../../../shared/contract/cycles.ts';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import { cycleStatusLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { changeCycleStatus } from '../api/cycles.ts';

/**
 * The cycle's phases, with the moves the contract allows from the current one, forward first,
 * offered where the server says the viewer may change the phase.
 */
export function CycleStatusControl({
  cycle,
  onChanged,
}: {
  cycle: Cycle;
  onChanged: (cycle: Cycle) => void;
}) {
  const t = useMessages(cyclesMessages);
  const [announcement, setAnnouncement] = useState('');
  // The clicked button disappears with the old phase; focus moves to the next move instead of the page top.
  const moved = useRef(false);
  const row = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the new status (new buttons) is the trigger
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    row.current?.querySelector('button')?.focus();
  }, [cycle.status]);
  const current = cycleStatuses.indexOf(cycle.status);
  const moves = cycle.can.changeStatus
    ? [...cycleTransitions[cycle.status]].sort((a, b) => cycleStatuses.indexOf(b) - cycleStatuses.indexOf(a))
    : [];

  const move = useAction(async (status: CycleStatus) => {
    const changed = await changeCycleStatus(cycle.id, status);
    moved.current = true;
    setAnnouncement(t('nowInPhase', { phase: cycleStatusLabel(changed.status) }));
    onChanged(changed);
  });

  return (
    <div className="status-control">
      <ol className="phases" aria-label={t('phasesLabel')}>
        {cycleStatuses.map((s, i) => (
          <li
            key={s}
            className={i < current ? 'phase phase--done' : i === current ? 'phase phase--current' : 'phase'}
            aria-current={i === current ? 'step' : undefined}
          >
            {cycleStatusLabel(s)}
          </li>
        ))}
      </ol>
      {move.error ? (
        <div role="alert" className="notice notice--error">
          {move.error}
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {moves.length ? (
        <div className="button-row" ref={row}>
          {moves.map((status) => {
            const forward = cycleStatuses.indexOf(status) > current;
            return (
              <button
                key={status}
                type="button"
                className={forward ? 'button' : 'button button--secondary'}
                disabled={move.busy}
                onClick={() => void move.run(status)}
              >
                {t(forward ? 'moveForward' : 'moveBack', { status })}
              </button>
            );
          })}
        </div>
      ) : cycle.status === 'closed' ? (
        <p>{t('closedNoChange')}</p>
      ) : null}
    </div>
  );
}
