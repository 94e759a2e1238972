import { useState } from 'react';
import type { Cycle } from '../../../../shared/contract/cycles.ts';
import { errorMessage } from '../../../lib/api.ts';
import { Empty } from '../../../lib/ui/status.tsx';
import { joinCycle, leaveCycle } from '../api/cycles.ts';

type OrganisationRef = { id: string; name: string };

type Props = {
  cycle: Cycle;
  organisations: readonly OrganisationRef[];
  /** Only the coordinator changes who takes part. */
  canManage: boolean;
  onChanged: () => void;
};

/** Which organisations take part in the cycle; the coordinator adds and removes them. */
export function CycleOrganisations({ cycle, organisations, canManage, onChanged }: Props) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const inCycle = new Set(cycle.organisationIds);
  const shown = canManage ? organisations : organisations.filter((o) => inCycle.has(o.id));

  const toggle = async (organisation: OrganisationRef, join: boolean) => {
    setBusyId(organisation.id);
    setError(null);
    try {
      if (join) await joinCycle(cycle.id, organisation.id);
      else await leaveCycle(cycle.id, organisation.id);
      setStatus(`${organisation.name} ${join ? 'joined' : 'left'} the cycle.`);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };

  if (!shown.length) {
    return (
      <Empty>
        {canManage
          ? 'Add organisations first; then they can join this cycle.'
          : 'No organisations take part yet.'}
      </Empty>
    );
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
          return (
            <li key={o.id}>
              <span>
                {o.name}
                {canManage ? (
                  <span className={joined ? 'badge badge--accepted' : 'badge'}>
                    {joined ? 'Takes part' : 'Not in this cycle'}
                  </span>
                ) : null}
              </span>
              {canManage ? (
                <button
                  type="button"
                  className={joined ? 'button button--secondary button--small' : 'button button--small'}
                  disabled={busyId !== null}
                  onClick={() => void toggle(o, !joined)}
                >
                  {joined ? 'Remove' : 'Add'} <span className="visually-hidden">{o.name}</span>
                  {joined ? ' from cycle' : ' to cycle'}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
