import { useEffect, useRef, useState } from 'react';
import { commonMessages } from '../../../shared/i18n/common.ts';
import { useMessages } from '../i18n.tsx';

type ConfirmButtonProps = {
  /** Text of the first button, e.g. "Delete organisation". */
  label: string;
  /** The question asked before acting, e.g. "Delete Acme and its participants?". */
  question: string;
  confirmLabel: string;
  onConfirm: () => unknown;
  busy?: boolean;
  /** What the confirming button says while the action runs. */
  busyLabel?: string;
  /** `danger` for what cannot be undone (the default), `primary` for a bulk action that can. */
  tone?: 'danger' | 'primary';
  /** Called when the question opens, e.g. to clear an earlier result. */
  onOpen?: () => void;
};

/**
 * An action that acts on much or cannot be undone asks once, inline: no modal to trap focus in, and
 * the question is read out because focus lands on the confirming button; Cancel returns focus.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
  busyLabel,
  tone = 'danger',
  onOpen,
}: ConfirmButtonProps) {
  const t = useMessages(commonMessages);
  const toneClass = tone === 'danger' ? 'button button--danger' : 'button';
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className={toneClass}
        onClick={() => {
          onOpen?.();
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>{question}</legend>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className={toneClass}
          disabled={busy}
          onClick={() => void onConfirm()}
        >
          {busy ? (busyLabel ?? t('working')) : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </fieldset>
  );
}
