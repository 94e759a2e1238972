import { useMemo } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import type en from '../../../../shared/i18n/en/matching.ts';
import { formatNumber } from '../../../../shared/i18n/formats.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { criterionLabel } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';

type MatchingKey = keyof typeof en;

const draftStatusKeys: Record<Draft['status'], MatchingKey> = {
  editing: 'draftEditing',
  in_approval: 'draftInApproval',
  published: 'draftPublished',
};

const approvalKeys: Record<Draft['proposals'][number]['approval'], MatchingKey> = {
  pending: 'approvalPending',
  approved: 'approvalApproved',
  change_requested: 'approvalChangeRequested',
};

/**
 * Names of the draft's states and of the criteria in the reader's language, and scores with one
 * decimal ("12.5" / "12,5"). The page's other words each file reads with `useMessages(matchingMessages)`.
 */
export function useMatchingWords() {
  const t = useMessages(matchingMessages);
  const { language } = useLanguage();
  return useMemo(
    () => ({
      language,
      draftStatus: (status: Draft['status']) => t(draftStatusKeys[status]),
      approval: (approval: Draft['proposals'][number]['approval']) => t(approvalKeys[approval]),
      criterion: criterionLabel,
      score: (score: number | null) =>
        score === null
          ? '—'
          : formatNumber(language, score, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    }),
    [t, language],
  );
}

export type MatchingWords = ReturnType<typeof useMatchingWords>;
