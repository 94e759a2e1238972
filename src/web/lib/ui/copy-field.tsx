import { useId, useRef, useState } from 'react';

/** A read-only value (an invitation link, a demo password) with a button that copies it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied to the clipboard.');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); selecting lets the user copy by hand.
      input.current?.select();
      setStatus('Press Ctrl+C (or ⌘C) to copy the selected text.');
    }
  };

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {status}
      </p>
    </div>
  );
}
