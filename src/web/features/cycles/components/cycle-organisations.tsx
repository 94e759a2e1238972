import { type ReactNode, useState } from 'react';
import type { Cycle } from '../../../../shared/contract/cycles.ts';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { joinCycle, leaveCycle } from '../api/cycles.ts';

type OrganisationRef = { id: string; name: string };

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

type Props = {
  cycle: Cycle;
  organisations: readonly OrganisationRef[];
  onChanged: () => void;
};

/**
 * Which organisations take part in the cycle; adding and removing them is offered where the
 * server says the viewer may (the coordinator; no organisation joins a closed cycle).
 */
export function CycleOrganisations({ cycle, organisations, onChanged }: Props) {
  const t = useMessages(cyclesMessages);
  const [status, setStatus] = useState('');
  const { addOrganisations: canAdd, removeOrganisations: canRemove } = cycle.can;
  const canManage = canAdd || canRemove;
  const inCycle = new Set(cycle.organisationIds);
  // Organisations not in the cycle are listed only to be added.
  const shown = canAdd ? organisations : organisations.filter((o) => inCycle.has(o.id));

  const {
    run: toggle,
    busy,
    error,
  } = useAction(async (organisation: OrganisationRef, join: boolean) => {
    if (join) await joinCycle(cycle.id, organisation.id);
    else await leaveCycle(cycle.id, organisation.id);
    setStatus(t(join ? 'organisationJoined' : 'organisationLeft', { name: organisation.name }));
    onChanged();
  });

  if (!shown.length) {
    return <Empty>{canAdd ? t('organisationsAddFirst') : t('organisationsNone')}</Empty>;
  }
  return (
    <div>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <ul className="plain-list organisation-toggles">
        {shown.map((o) => {
          const joined = inCycle.has(o.id);
          const offered = joined ? canRemove : canAdd;
          return (
            <li key={o.id}>
              <span>
                {o.name}
                {canManage ? (
                  <span className={joined ? 'badge badge--accepted' : 'badge'}>
                    {joined ? t('organisationTakesPart') : t('organisationNotInCycle')}
                  </span>
                ) : null}
              </span>
              {offered ? (
                <button
                  type="button"
                  className={joined ? 'button button--secondary button--small' : 'button button--small'}
                  disabled={busy}
                  onClick={() => void toggle(o, !joined)}
                >
                  {t.rich(joined ? 'removeFromCycle' : 'addToCycle', { name: o.name, hidden })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
