import { useMemo } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import type { Option } from '../../../lib/ui/fields.tsx';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** The choices of the hand-assign forms, each labelled with what the coordinator needs to pick. */
export function useHandAssignOptions(draft: Draft) {
  const mentees = useMemo(
    () =>
      [
        ...draft.proposals.map((p) => ({
          value: p.menteeId,
          label: `${p.menteeName} (${p.menteeOrganisationName}), now with ${p.mentorName}`,
        })),
        ...draft.unmatched.map((u) => ({
          value: u.menteeId,
          label: `${u.name} (${u.organisationName}), unmatched`,
        })),
      ].sort(byLabel),
    [draft.proposals, draft.unmatched],
  );
  const mentors = useMemo(
    () =>
      draft.mentors
        .map((m) => ({
          value: m.mentorId,
          label: `${m.name} (${m.organisationName}), ${m.used} of ${m.capacity} used`,
        }))
        .sort(byLabel),
    [draft.mentors],
  );
  const proposed = useMemo(
    () =>
      draft.proposals
        .map((p) => ({
          value: p.menteeId,
          label: `${p.menteeName} (${p.menteeOrganisationName}) with ${p.mentorName} (${p.mentorOrganisationName})`,
        }))
        .sort(byLabel),
    [draft.proposals],
  );
  return { mentees, mentors, proposed };
}

/** The person's name alone, from an option labelled "Name (Organisation), …". */
export function nameIn(options: readonly Option[], id: string): string {
  return options.find((o) => o.value === id)?.label.split(' (')[0] ?? '';
}
