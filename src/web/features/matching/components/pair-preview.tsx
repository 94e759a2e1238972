import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { pairPreviewSchema } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMatchingWords } from './draft-labels.ts';

export type PairPreview = z.infer<typeof pairPreviewSchema>;

/** The rule breaks of a preview that the coordinator may accept (the hard ones never). */
export const softRuleBreaks = (preview: PairPreview) =>
  preview.ruleBreaks.filter((r) => !preview.hardRuleBreaks.includes(r));

/**
 * A pair's score with its parts, the reasons, and every rule it would break: the hard ones (same
 * or excluded organisations) as refused, the others as needing explicit acceptance.
 */
export function PairPreviewNotice({ preview, pair }: { preview: PairPreview; pair?: string }) {
  const t = useMessages(matchingMessages);
  const { criterion, score } = useMatchingWords();
  const soft = softRuleBreaks(preview);
  const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  return (
    <div className="pair-preview" role="status">
      {pair ? (
        <p>
          <strong>{pair}</strong>
        </p>
      ) : null}
      <p>
        {preview.contributions.length
          ? t.rich('previewScoreParts', {
              score: score(preview.score),
              parts: preview.contributions
                .map((c) =>
                  t('criterionPoints', { criterion: criterion(c.criterion), points: score(c.points) }),
                )
                .join(', '),
              b: bold,
            })
          : t.rich('previewScore', { score: score(preview.score), b: bold })}
      </p>
      {preview.reasons.length ? <p>{preview.reasons.join(' · ')}</p> : null}
      {preview.hardRuleBreaks.length ? (
        <div className="notice notice--error">
          <p>{t('previewHardBreaks')}</p>
          <ul>
            {preview.hardRuleBreaks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {soft.length ? (
        <div className="notice notice--error">
          <p>{t('previewSoftBreaks', { count: soft.length })}</p>
          <ul>
            {soft.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.ruleBreaks.length === 0 ? <p>{t('previewKeepsRules')}</p> : null}
    </div>
  );
}
