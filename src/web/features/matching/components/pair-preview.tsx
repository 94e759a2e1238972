import type { z } from 'zod';
import { criterionLabels, type pairPreviewSchema } from '../../../../shared/contract/matching.ts';
import { formatScore } from './draft-labels.ts';

export type PairPreview = z.infer<typeof pairPreviewSchema>;

/** A pair's score with its parts, the reasons, and every rule it would break. */
export function PairPreviewNotice({ preview }: { preview: PairPreview }) {
  return (
    <div className="pair-preview" role="status">
      <p>
        <strong>Score {formatScore(preview.score)}</strong>
        {preview.contributions.length
          ? ` (${preview.contributions.map((c) => `${criterionLabels[c.criterion]} ${formatScore(c.points)}`).join(', ')})`
          : ''}
      </p>
      {preview.reasons.length ? <p>{preview.reasons.join(' · ')}</p> : null}
      {preview.ruleBreaks.length ? (
        <div className="notice notice--error">
          <p>This pair breaks {preview.ruleBreaks.length === 1 ? 'a rule' : 'rules'}:</p>
          <ul>
            {preview.ruleBreaks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>This pair keeps every rule.</p>
      )}
    </div>
  );
}
