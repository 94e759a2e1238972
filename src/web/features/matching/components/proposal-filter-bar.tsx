import { useMemo } from 'react';
import { criteria, criterionLabels, type Draft } from '../../../../shared/contract/matching.ts';
import { SelectField, TextField } from '../../../lib/ui/fields.tsx';
import type { ProposalFilters } from './filter-proposals.ts';

const sortOptions = [
  { value: 'score-desc', label: 'Score, highest first' },
  { value: 'score-asc', label: 'Score, lowest first' },
  { value: 'mentee', label: 'Mentee name' },
  { value: 'mentor', label: 'Mentor name' },
  ...criteria.map((c) => ({ value: `criterion-${c}`, label: `${criterionLabels[c]}, lowest first` })),
];

const approvalOptions = [
  { value: 'pending', label: 'Awaiting approval' },
  { value: 'approved', label: 'Approved' },
  { value: 'change_requested', label: 'Change requested' },
  { value: 'rule_breaks', label: 'Breaking a rule' },
  { value: 'pinned', label: 'Pinned' },
];

type Props = {
  draft: Draft;
  filters: ProposalFilters;
  onChange: (change: (filters: ProposalFilters) => ProposalFilters) => void;
};

/** Search, organisation, state and order of the proposed tandems. */
export function ProposalFilterBar({ draft, filters, onChange }: Props) {
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
    <search className="filters" aria-label="Filter proposals">
      <TextField name="q" label="Search names" type="search" value={filters.q} onChange={set('q')} />
      <SelectField
        name="organisationId"
        label="Organisation"
        emptyLabel="All organisations"
        options={organisations}
        value={filters.organisationId}
        onChange={set('organisationId')}
      />
      <SelectField
        name="state"
        label="Show"
        emptyLabel="All proposals"
        options={approvalOptions}
        value={filters.state}
        onChange={set('state')}
      />
      <SelectField
        name="sort"
        label="Sort by"
        options={sortOptions}
        value={filters.sort}
        onChange={set('sort')}
      />
    </search>
  );
}
