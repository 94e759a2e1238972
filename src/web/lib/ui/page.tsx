import { type ReactNode, useEffect, useRef } from 'react';
import { hasNavigatedInApp } from '../router.tsx';

type PageProps = {
  title: string;
  /** Shown under the heading: what this page is for. */
  intro?: ReactNode;
  /** Buttons or links beside the heading (e.g. "New cycle"). */
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * Every page has one h1 and a document title. After an in-app navigation, focus moves to the h1 so
 * keyboard and screen-reader users start reading the new page, as they would after a full page load.
 */
export function Page({ title, intro, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · crossmentor`;
    if (hasNavigatedInApp()) heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {intro ? <div className="page-intro">{intro}</div> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
