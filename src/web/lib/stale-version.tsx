import { useCallback, useState } from 'react';
import { ApiError } from './api.ts';

/** The save was refused because someone saved the object after this form read it (409 `stale_version`). */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'stale_version';
}

/**
 * Whether the form's last save met a newer version. `noticeError` takes every failure of the save
 * (after the form has shown its message) and remembers whether it was that one.
 */
export function useStaleVersion() {
  const [stale, setStale] = useState(false);
  const noticeError = useCallback((error: unknown) => setStale(isStaleVersion(error)), []);
  return { stale, noticeError };
}

/**
 * Offered beside the form's message once a save met a newer version: the user loads what is saved
 * now (their own edits in this form give way to it) and makes their change again on top of it.
 */
export function StaleVersionNotice({ stale, onReload }: { stale: boolean; onReload: () => void }) {
  if (!stale) return null;
  return (
    <p className="stale-version">
      <button type="button" className="button button--secondary" onClick={onReload}>
        Load the saved version
      </button>{' '}
      <span className="field__hint">What you typed in this form is replaced by what is saved now.</span>
    </p>
  );
}
