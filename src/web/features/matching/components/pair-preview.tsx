import type { z } from 'zod';
import { criterionLabels, type pairPreviewSchema } from '../../../../shared/contract/matching.ts';
import { formatScore } from './draft-labels.ts';

export type PairPreview = z.infer<typeof pairPreviewSchema>;

/** The rule breaks of a preview that the coordinator may accept (the hard ones never). */
export const softRuleBreaks = (preview: PairPreview) =>
  preview.ruleBreaks.filter((r) => !preview.hardRuleBreaks.includes(r));

/**
 * A pair's score with its parts, the reasons, and every rule it would break: the hard ones (same
 * or excluded organisations) as refused, the others as needing explicit acceptance.
 */
export function PairPreviewNotice({ preview, pair }: { preview: PairPreview; pair?: string }) {
  const soft = softRuleBreaks(preview);
  return (
    <div className="pair-preview" role="status">
      {pair ? (
        <p>
          <strong>{pair}</strong>
        </p>
      ) : null}
      <p>
        <strong>Score {formatScore(preview.score)}</strong>
        {preview.contributions.length
          ? ` (${preview.contributions.map((c) => `${criterionLabels[c.criterion]} ${formatScore(c.points)}`).join(', ')})`
          : ''}
      </p>
      {preview.reasons.length ? <p>{preview.reasons.join(' · ')}</p> : null}
      {preview.hardRuleBreaks.length ? (
        <div className="notice notice--error">
          <p>
            Not possible: mentor and mentee must come from different organisations that are not excluded from
            each other. This pair breaks:
          </p>
          <ul>
            {preview.hardRuleBreaks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {soft.length ? (
        <div className="notice notice--error">
          <p>This pair breaks {soft.length === 1 ? 'a rule' : 'rules'} you may accept:</p>
          <ul>
            {soft.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.ruleBreaks.length === 0 ? <p>This pair keeps every rule.</p> : null}
    </div>
  );
}
