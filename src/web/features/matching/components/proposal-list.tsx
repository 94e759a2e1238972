import { useDeferredValue, useMemo, useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import type en from '../../../../shared/i18n/en/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { VirtualList } from '../../../lib/ui/virtual-list.tsx';
import { filterProposals, noProposalFilters, type ProposalFilters } from './filter-proposals.ts';
import { ProposalFilterBar } from './proposal-filter-bar.tsx';
import { ProposalRow } from './proposal-row.tsx';
import type { RunDraftAction } from './use-draft-action.ts';
import { useNarrowScreen } from './use-narrow-screen.ts';

type Props = {
  draft: Draft;
  disabled: boolean;
  run: RunDraftAction;
  onChooseMentor: (menteeId: string) => void;
};

/** The draft's proposed tandems, filtered and sorted, in a list that renders only what is in view. */
export function ProposalList({ draft, disabled, run, onChooseMentor }: Props) {
  const t = useMessages(matchingMessages);
  const [filters, setFilters] = useState<ProposalFilters>(noProposalFilters);
  // Typing in the search box stays responsive while a long list refilters in the background.
  const deferred = useDeferredValue(filters);
  const pinned = useMemo(() => new Set(draft.pins.map((p) => `${p.menteeId}`)), [draft.pins]);
  const visible = useMemo(
    () => filterProposals(draft.proposals, pinned, deferred),
    [draft.proposals, pinned, deferred],
  );
  const narrow = useNarrowScreen();
  const filtered = filters.q || filters.organisationId || filters.state;

  return (
    <section aria-labelledby="proposals-heading">
      <h3 id="proposals-heading">{t('proposalsHeading')}</h3>
      <ProposalFilterBar draft={draft} filters={filters} onChange={setFilters} />
      <p role="status" className="list-toolbar__count">
        {filtered
          ? t('proposalsCountFiltered', { shown: visible.length, total: draft.proposals.length })
          : t('proposalsCount', { total: draft.proposals.length })}
      </p>
      {visible.length === 0 ? (
        <Empty>
          <p>{t(draft.proposals.length ? 'proposalsNoMatch' : emptyDraftKey(draft))}</p>
        </Empty>
      ) : (
        <VirtualList
          label={t('proposalsHeading')}
          items={visible}
          rowHeight={narrow ? 260 : 132}
          height={narrow ? 520 : 528}
          getKey={(p) => p.menteeId}
          renderRow={(p) => (
            <ProposalRow
              proposal={p}
              showApproval={draft.status !== 'editing'}
              pinned={pinned.has(p.menteeId)}
              disabled={disabled}
              run={run}
              onChoose={() => onChooseMentor(p.menteeId)}
            />
          )}
        />
      )}
    </section>
  );
}

/** What is true of a draft without proposals: never matched, matched with nobody, or all published. */
function emptyDraftKey(draft: Pick<Draft, 'status' | 'runId' | 'unmatched'>): keyof typeof en {
  if (draft.status === 'published') return 'emptyPublished';
  if (draft.runId === null) return 'emptyNoRun';
  if (draft.unmatched.length) return 'emptyAllUnmatched';
  return 'emptyNoneLeft';
}
