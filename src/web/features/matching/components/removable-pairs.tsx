import type { ReactNode } from 'react';
import { matchingRulesMessages } from '../../../../shared/i18n/matching-rules.ts';
import { useMessages } from '../../../lib/i18n.tsx';

type Props<P> = {
  pairs: readonly P[];
  keyOf: (pair: P) => string;
  /** The pair in words, e.g. "Alpha Bank and Beta Bank"; the Remove button names it to screen readers. */
  labelOf: (pair: P) => string;
  /** Shown after the label, e.g. the reason. */
  detailOf?: (pair: P) => ReactNode;
  onRemove: (index: number) => void;
};

/** The pairs a rule names, each with a Remove button. */
export function RemovablePairs<P>({ pairs, keyOf, labelOf, detailOf, onRemove }: Props<P>) {
  const t = useMessages(matchingRulesMessages);
  return (
    <ul className="plain-list">
      {pairs.map((pair, i) => (
        <li key={keyOf(pair)} className="button-row">
          {labelOf(pair)}
          {detailOf?.(pair)}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onRemove(i)}
          >
            {t.rich('remove', {
              pair: labelOf(pair),
              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
            })}
          </button>
        </li>
      ))}
    </ul>
  );
}
