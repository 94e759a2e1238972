import { useEffect, useRef, useState } from 'react';

type ConfirmButtonProps = {
  /** Text of the first button, e.g. "Delete organisation". */
  label: string;
  /** The question asked before acting, e.g. "Delete Acme and its participants?". */
  question: string;
  confirmLabel: string;
  onConfirm: () => unknown;
  busy?: boolean;
};

/**
 * A destructive action asks once, inline: no modal to trap focus in, and the question is read out
 * because focus lands on the confirming button.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, busy }: ConfirmButtonProps) {
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
      <button ref={openerRef} type="button" className="button button--danger" onClick={() => setAsking(true)}>
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
          className="button button--danger"
          disabled={busy}
          onClick={() => void onConfirm()}
        >
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
