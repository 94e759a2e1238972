import { useMemo } from 'react';
import { criteria, type Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useMatchingWords } from './draft-labels.ts';
import type { ProposalFilters } from './filter-proposals.ts';

type Props = {
  draft: Draft;
  filters: ProposalFilters;
  onChange: (change: (filters: ProposalFilters) => ProposalFilters) => void;
};

/** Search, organisation, state and order of the proposed tandems. */
export function ProposalFilterBar({ draft, filters, onChange }: Props) {
  const t = useMessages(matchingMessages);
  const { approval, criterion } = useMatchingWords();
  const sortOptions = useMemo(
    () => [
      { value: 'score-desc', label: t('sortScoreDesc') },
      { value: 'score-asc', label: t('sortScoreAsc') },
      { value: 'mentee', label: t('sortMentee') },
      { value: 'mentor', label: t('sortMentor') },
      ...criteria.map((c) => ({
        value: `criterion-${c}`,
        label: t('sortCriterion', { criterion: criterion(c) }),
      })),
    ],
    [t, criterion],
  );
  const stateOptions = useMemo(
    () => [
      { value: 'pending', label: approval('pending') },
      { value: 'approved', label: approval('approved') },
      { value: 'change_requested', label: approval('change_requested') },
      { value: 'rule_breaks', label: t('filterRuleBreaks') },
      { value: 'pinned', label: t('pinned') },
    ],
    [t, approval],
  );
  // Every organisation with a mentee or mentor in the draft, by name.
  const organisations = useMemo(() => {
    const names = new Map<string, string>();
    for (const p of draft.proposals) {
      names.set(p.menteeOrganisationId, p.menteeOrganisationName);
      names.set(p.mentorOrganisationId, p.mentorOrganisationName);
    }
    for (const u of draft.unmatched) names.set(u.organisationId, u.organisationName);
    return [...names]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [draft.proposals, draft.unmatched]);
  const set = (key: keyof ProposalFilters) => (value: string) => onChange((f) => ({ ...f, [key]: value }));

  return (
    <search className="filters" aria-label={t('filterLabel')}>
      <TextField name="q" label={t('filterSearch')} type="search" value={filters.q} onChange={set('q')} />
      <SelectField
        name="organisationId"
        label={t('organisation')}
        emptyLabel={t('filterAllOrganisations')}
        options={organisations}
        value={filters.organisationId}
        onChange={set('organisationId')}
      />
      <SelectField
        name="state"
        label={t('filterShow')}
        emptyLabel={t('filterAllProposals')}
        options={stateOptions}
        value={filters.state}
        onChange={set('state')}
      />
      <SelectField
        name="sort"
        label={t('sortBy')}
        options={sortOptions}
        value={filters.sort}
        onChange={set('sort')}
      />
    </search>
  );
}
