import { tandemHealthMessages } from '../../../../shared/i18n/tandem-health.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { getTandemHealth } from '../api/reminders.ts';
import { TandemHealthCsvExport } from './tandem-health-csv-export.tsx';
import { TandemHealthTable } from './tandem-health-table.tsx';

/** The health section of a cycle's Tandems page, for the coordinator and organisation contacts. */
export function TandemHealthSection({ cycleId }: { cycleId: string }) {
  const t = useMessages(tandemHealthMessages);
  const health = useResource(`tandem-health-${cycleId}`, (signal) => getTandemHealth(cycleId, signal));
  return (
    <section aria-labelledby="tandem-health-heading">
      <h2 id="tandem-health-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <TandemHealthCsvExport cycleId={cycleId} />
      <Loaded resource={health} loading={t('loading')}>
        {(list) => <TandemHealthTable list={list} />}
      </Loaded>
    </section>
  );
}
