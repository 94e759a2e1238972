import { useMemo } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import type { Option } from '../../../lib/ui/fields.tsx';

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

/** The choices of the hand-assign forms, each labelled with what the coordinator needs to pick. */
export function useHandAssignOptions(draft: Draft) {
  const t = useMessages(matchingMessages);
  const mentees = useMemo(
    () =>
      [
        ...draft.proposals.map((p) => ({
          value: p.menteeId,
          label: t('optionMenteeProposed', {
            name: p.menteeName,
            organisation: p.menteeOrganisationName,
            mentor: p.mentorName,
          }),
        })),
        ...draft.unmatched.map((u) => ({
          value: u.menteeId,
          label: t('optionMenteeUnmatched', { name: u.name, organisation: u.organisationName }),
        })),
      ].sort(byLabel),
    [draft.proposals, draft.unmatched, t],
  );
  const mentors = useMemo(
    () =>
      draft.mentors
        .map((m) => ({
          value: m.mentorId,
          label: t('optionMentor', {
            name: m.name,
            organisation: m.organisationName,
            used: m.used,
            capacity: m.capacity,
          }),
        }))
        .sort(byLabel),
    [draft.mentors, t],
  );
  const proposed = useMemo(
    () =>
      draft.proposals
        .map((p) => ({
          value: p.menteeId,
          label: t('optionProposed', {
            mentee: p.menteeName,
            menteeOrganisation: p.menteeOrganisationName,
            mentor: p.mentorName,
            mentorOrganisation: p.mentorOrganisationName,
          }),
        }))
        .sort(byLabel),
    [draft.proposals, t],
  );
  return { mentees, mentors, proposed };
}

/** The person's name alone, from an option labelled "Name (Organisation), …". */
export function nameIn(options: readonly Option[], id: string): string {
  return options.find((o) => o.value === id)?.label.split(' (')[0] ?? '';
}
