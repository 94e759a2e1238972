import {
  Component,
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';
import { loadLanguage } from '../../shared/i18n/catalogue.ts';
import { shellMessages } from '../../shared/i18n/shell.ts';
import { activeLanguage, useMessages } from '../lib/i18n.tsx';
import { Loading } from '../lib/ui/status.tsx';
import type { ShellKey } from './route-table.tsx';

/**
 * A page whose code is fetched the first time it is opened. Every route module becomes its own
 * chunk, so the sign-in page downloads none of the signed-in pages.
 */
// biome-ignore lint/suspicious/noExplicitAny: each page takes its own props; React.lazy keeps them typed
type AnyPage = ComponentType<any>;

export function lazyPage<M extends Record<K, AnyPage>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  // The page's words in the reader's language arrive before it shows (English ships with the code).
  return lazy(() =>
    load().then(async (module) => {
      await loadLanguage(activeLanguage());
      return { default: module[name] };
    }),
  );
}

type BoundaryProps = { children: ReactNode };

/** A page's code that cannot be fetched (offline, or the app was updated since this tab loaded). */
class PageLoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PageLoadFailed />;
  }
}

function PageLoadFailed() {
  const t = useMessages(shellMessages);
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('pageLoadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        {t('reloadPage')}
      </button>
    </div>
  );
}

/**
 * Shows what is loading ("Loading the cycles page…") (a polite status for screen readers, nothing to tab to) while the page's
 * code arrives, and a reload button if it cannot. Keyed by the caller per page, so a failure on one
 * page does not stick to the next.
 */
export function PageLoader({ loads, children }: { loads: ShellKey; children: ReactNode }) {
  const t = useMessages(shellMessages);
  return (
    <PageLoadBoundary>
      <Suspense fallback={<Loading label={t(loads)} />}>{children}</Suspense>
    </PageLoadBoundary>
  );
}
