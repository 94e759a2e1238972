import { Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { getTandemHealth } from '../api/reminders.ts';
import { TandemHealthTable } from './tandem-health-table.tsx';

/** The health section of a cycle's Tandems page, for the coordinator and organisation contacts. */
export function TandemHealthSection({ cycleId }: { cycleId: string }) {
  const health = useResource(`tandem-health-${cycleId}`, (signal) => getTandemHealth(cycleId, signal));
  return (
    <section aria-labelledby="tandem-health-heading">
      <h2 id="tandem-health-heading">Health at a glance</h2>
      <p className="muted">
        Overdue: no meeting held or planned for one and a half times the agreed cadence; the tandem gets a
        reminder. Inactive: three times the cadence. Notes, goal texts and survey answers stay with the
        tandem.
      </p>
      <Loaded resource={health} loading="Loading tandem health…">
        {(list) => <TandemHealthTable list={list} />}
      </Loaded>
    </section>
  );
}
