import { useCallback, useEffect, useRef, useState } from 'react';
import { useLanguage } from './i18n.tsx';

export type Resource<T> =
  | { status: 'loading'; data: T | undefined; error: null; reload: () => void }
  | { status: 'ok'; data: T; error: null; reload: () => void }
  | { status: 'error'; data: T | undefined; error: unknown; reload: () => void };

/**
 * Loads data for a page and reloads whenever `key` changes (a string built from the query).
 * Earlier data stays visible while the next request runs, so a table does not flicker empty
 * between filter changes; a late answer to an old key is dropped. A change of the reader's language
 * loads again too: some answers are worded by the server (the cycle's checklist, the pre-run report).
 */
export function useResource<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const { language } = useLanguage();
  const [reloads, setReloads] = useState(0);
  const [state, setState] = useState<{
    status: 'loading' | 'ok' | 'error';
    data: T | undefined;
    error: unknown;
  }>({ status: 'loading', data: undefined, error: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: key, language and reloads are exactly what should trigger a load
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ status: 'error', data: s.data, error }));
      },
    );
    return () => controller.abort();
  }, [key, language, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload } as Resource<T>;
}
