import { listCycles } from '../features/cycles/api/cycles.ts';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import type { Option } from '../lib/ui/fields.tsx';
import { useResource } from '../lib/use-resource.ts';

/**
 * Organisations and cycles as select options. Pages load them here and hand them to features,
 * because features do not import one another.
 */
export function useFilterOptions() {
  return useResource('filter-options', async (signal) => {
    const [organisations, cycles] = await Promise.all([listOrganisations(signal), listCycles(signal)]);
    const byName = (a: Option, b: Option) => a.label.localeCompare(b.label);
    return {
      organisations: organisations.map((o) => ({ value: o.id, label: o.name })).sort(byName),
      // Newest cycle first: it is the one people work on.
      cycles: [...cycles]
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
        .map((c) => ({ value: c.id, label: c.name })),
      /** Cycles still taking nominations or being matched: new participants go into these. */
      openCycles: cycles
        .filter((c) => c.status !== 'closed')
        .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
        .map((c) => ({ value: c.id, label: c.name })),
    };
  });
}
