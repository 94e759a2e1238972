import { type AnchorHTMLAttributes, type MouseEvent, useCallback, useSyncExternalStore } from 'react';

// A small History API router: the app has a dozen flat routes, which does not justify a dependency.

const listeners = new Set<() => void>();
let navigatedInApp = false;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onPopState = () => {
    navigatedInApp = true;
    listener();
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPopState);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export type Location = { pathname: string; search: string };

export function useLocation(): Location {
  const current = useSyncExternalStore(subscribe, snapshot);
  const index = current.indexOf('?');
  return index === -1
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, index), search: current.slice(index) };
}

export function navigate(to: string, options: { replace?: boolean; redirect?: boolean } = {}): void {
  if (to === snapshot()) return;
  // A redirect (e.g. "/" to the home page on load) is not the user moving on: focus stays put.
  if (!options.redirect) navigatedInApp = true;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

/**
 * True once the user has moved between pages inside the app. Pages move focus to their heading only
 * then: on first load the browser's own focus start (and the skip link) must stay first.
 */
export function hasNavigatedInApp(): boolean {
  return navigatedInApp;
}

/** Matches `/cycles/:id` style patterns; returns the decoded parameters or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    const actual = have[i]!;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

/** Query string state: filters live in the URL so Back, reload and shared links keep them. */
export function useSearchParams(): [
  URLSearchParams,
  (changes: Record<string, string | undefined>, options?: { replace?: boolean }) => void,
] {
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const update = useCallback(
    (changes: Record<string, string | undefined>, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const qs = next.toString();
      navigate(`${pathname}${qs ? `?${qs}` : ''}`, options);
    },
    [pathname],
  );
  return [params, update];
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary anchor (so open-in-new-tab and copying the link work) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank' ||
      rest.download !== undefined
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
