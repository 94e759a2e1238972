import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { commonMessages } from '../../shared/i18n/common.ts';
import { ApiError } from './api.ts';
import { useMessages } from './i18n.tsx';

/** The save was refused because someone saved the object after this form read it (409 `stale_version`). */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'stale_version';
}

/**
 * Whether the form's last save met a newer version. `noticeError` takes every failure of the save
 * and answers whether it was that one, so the form can leave the message to the notice. `message`
 * is the server's words; `times` counts the refusals, so a second one moves focus again.
 */
export function useStaleVersion() {
  const [state, setState] = useState({ stale: false, message: '', times: 0 });
  const noticeError = useCallback((error: unknown) => {
    const stale = isStaleVersion(error);
    setState((s) => ({
      stale,
      message: stale ? error.message : '',
      times: stale ? s.times + 1 : s.times,
    }));
    return stale;
  }, []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, stale: false, message: '' })), []);
  return { ...state, noticeError, dismiss };
}

type NoticeProps = {
  stale: boolean;
  onReload: () => void;
  /** The server's message; where the form shows it elsewhere already, leave it out. */
  message?: string;
  /** Changes with every refused save (`useStaleVersion().times`): focus moves to the notice again. */
  times?: number;
  /** What else the form offers, such as a look at the saved version beside the user's own text. */
  children?: ReactNode;
};

/**
 * Shown where the form is saved once a save met a newer version. Focus moves to it: the save button
 * was disabled while saving, so focus would otherwise fall to the page and the user would see
 * nothing happen. What they typed stays in the form; loading the saved version is their choice.
 */
export function StaleVersionNotice({ stale, onReload, message, times, children }: NoticeProps) {
  const t = useMessages(commonMessages);
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per refused save
  useEffect(() => {
    if (stale) ref.current?.focus();
  }, [stale, times]);
  if (!stale) return null;
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--error stale-version">
      {/* Without a message here, the form's own alert says it. */}
      {message ? <p role="alert">{message}</p> : null}
      <p>{t('staleKept')}</p>
      {children}
      <p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('staleReload')}
        </button>{' '}
        <span className="field__hint">{t('staleReloadHint')}</span>
      </p>
    </div>
  );
}
