import type { CriterionName, Proposal } from '../../../../shared/contract/matching.ts';

export type ProposalSort = 'score-desc' | 'score-asc' | 'mentee' | 'mentor' | `criterion-${CriterionName}`;

export type ProposalFilters = { q: string; organisationId: string; state: string; sort: ProposalSort };

export const noProposalFilters: ProposalFilters = {
  q: '',
  organisationId: '',
  state: '',
  sort: 'score-desc',
};

function points(p: Proposal, criterion: CriterionName): number {
  return p.contributions.find((c) => c.criterion === criterion)?.points ?? 0;
}

/** Filtering and sorting in one pass over the list; memoised by the caller on (proposals, filters). */
export function filterProposals(
  proposals: readonly Proposal[],
  pinned: Set<string>,
  f: ProposalFilters,
): Proposal[] {
  const q = f.q.trim().toLowerCase();
  const list = proposals.filter(
    (p) =>
      (!q || p.menteeName.toLowerCase().includes(q) || p.mentorName.toLowerCase().includes(q)) &&
      (!f.organisationId ||
        p.menteeOrganisationId === f.organisationId ||
        p.mentorOrganisationId === f.organisationId) &&
      (!f.state ||
        (f.state === 'rule_breaks'
          ? p.ruleBreaks.length > 0
          : f.state === 'pinned'
            ? pinned.has(p.menteeId)
            : p.approval === f.state)),
  );
  const byName = (a: string, b: string) => a.localeCompare(b);
  if (f.sort === 'score-desc') list.sort((a, b) => b.score - a.score || byName(a.menteeName, b.menteeName));
  else if (f.sort === 'score-asc')
    list.sort((a, b) => a.score - b.score || byName(a.menteeName, b.menteeName));
  else if (f.sort === 'mentee') list.sort((a, b) => byName(a.menteeName, b.menteeName));
  else if (f.sort === 'mentor') list.sort((a, b) => byName(a.mentorName, b.mentorName));
  else {
    const criterion = f.sort.slice('criterion-'.length) as CriterionName;
    list.sort((a, b) => points(a, criterion) - points(b, criterion) || b.score - a.score);
  }
  return list;
}
