import { type ReactNode, useEffect, useRef, useState } from 'react';

type VirtualListProps<T> = {
  items: readonly T[];
  /** Every row has this height in pixels: what makes windowing a matter of arithmetic. */
  rowHeight: number;
  /** Height of the scrolling box when the list is long enough to fill it. */
  height: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Names the list for screen readers, e.g. "Proposed tandems". */
  label: string;
  /** Rows rendered beyond the visible ones on each side, so fast scrolling shows no gaps. */
  overscan?: number;
};

/**
 * A list that renders only the rows in view (plus a few around them), so thousands of rows stay
 * fast. The row holding keyboard focus stays rendered while it scrolls out of view, so focus is
 * never dropped; aria-setsize/posinset tell screen readers where each row sits in the whole list.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  getKey,
  renderRow,
  label,
  overscan = 6,
}: VirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  const boxHeight = Math.min(height, Math.max(items.length, 1) * rowHeight);

  // A shorter list (after filtering) must not leave the box scrolled past its end.
  useEffect(() => {
    const max = Math.max(0, items.length * rowHeight - boxHeight);
    if (box.current && box.current.scrollTop > max) box.current.scrollTop = max;
    setScrollTop((top) => Math.min(top, max));
  }, [items.length, rowHeight, boxHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + boxHeight) / rowHeight) + overscan);
  const indexes: number[] = [];
  for (let i = first; i < last; i++) indexes.push(i);
  if (focused !== null && focused < items.length && (focused < first || focused >= last)) {
    indexes.push(focused);
  }

  return (
    <section
      ref={box}
      className="virtual-list"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      style={{ height: boxHeight }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <ul className="virtual-list__rows" style={{ height: items.length * rowHeight }}>
        {indexes.map((i) => {
          const item = items[i]!;
          return (
            <li
              key={getKey(item)}
              className="virtual-list__row"
              style={{ top: i * rowHeight, height: rowHeight }}
              aria-setsize={items.length}
              aria-posinset={i + 1}
              onFocus={() => setFocused(i)}
              onBlur={() => setFocused((f) => (f === i ? null : f))}
            >
              {renderRow(item, i)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
