import { useCallback, useRef, useState } from 'react';
import { errorMessage } from './api.ts';

export type ActionOptions = {
  /**
   * Takes each failure instead of `error`: messages beside form fields, a notice of the caller's
   * own, a special case such as a stale version. `error` then stays null.
   */
  onError?: (error: unknown) => void;
  /**
   * Success hands over to something else (the next page, the parent showing the saved object):
   * `busy` stays on, so the button cannot be pressed again while that happens.
   */
  keepBusyOnSuccess?: boolean;
};

export type Action<A extends unknown[]> = {
  /** Runs the work once; resolves to whether it succeeded and never rejects. */
  run: (...args: A) => Promise<boolean>;
  /** On from the start of a run until it ends; buttons that start or conflict with it are disabled. */
  busy: boolean;
  /** The message of the last failure, cleared when the next run starts. */
  error: string | null;
  /** Puts a message of the caller's own (a check before running) where failures are shown. */
  setError: (message: string | null) => void;
};

/**
 * One user action against the server: busy while it runs, its failure kept as a message (or handed
 * to `onError`). `run` is stable and always runs the work of the latest render.
 */
export function useAction<A extends unknown[]>(
  work: (...args: A) => Promise<unknown>,
  options: ActionOptions = {},
): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ work, options });
  latest.current = { work, options };

  const run = useCallback(async (...args: A) => {
    const { work: current, options: settings } = latest.current;
    setBusy(true);
    setError(null);
    let succeeded = false;
    try {
      await current(...args);
      succeeded = true;
    } catch (failure) {
      if (settings.onError) settings.onError(failure);
      else setError(errorMessage(failure));
    } finally {
      if (!succeeded || !settings.keepBusyOnSuccess) setBusy(false);
    }
    return succeeded;
  }, []);

  return { run, busy, error, setError };
}
