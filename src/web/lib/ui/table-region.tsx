import type { ReactNode } from 'react';

/**
 * Wide tables scroll sideways on a phone. The scrolling box is focusable and named so keyboard users
 * can scroll it too.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
