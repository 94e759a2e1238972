import type { ReactNode } from 'react';

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
            Remove
            <span className="visually-hidden"> {labelOf(pair)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
