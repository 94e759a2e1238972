import { useId, useRef, useState } from 'react';
import { commonMessages } from '../../../shared/i18n/common.ts';
import { useMessages } from '../i18n.tsx';

/** A read-only value (an invitation link, a demo password) with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useMessages(commonMessages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t('copied'));
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); selecting lets the user copy by hand.
      input.current?.select();
      setStatus(t('copyByHand'));
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t.rich('copy', {
            what: label.toLowerCase(),
            hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
          })}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {status}
      </p>
    </div>
  );
}
