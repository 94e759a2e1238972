import type { ReactNode } from 'react';

/**
 * The contract's messages are written to follow the field name ("must not be empty"); they read as a
 * sentence next to the label. Messages that already start with a capital are shown as they are.
 */
export function fieldMessage(label: string, message: string): string {
  const first = message.charAt(0);
  return first && first === first.toLowerCase() && first !== first.toUpperCase()
    ? `${label} ${message}`
    : message;
}

type FieldShellProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
};

/** Label, required marker, hint and error around one form control. */
export function FieldShell({ id, label, hint, error, required, children }: FieldShellProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      {/* The marker stays outside the label so the field's name is exactly the label text. */}
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        ) : null}
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {fieldMessage(label, error)}
        </p>
      ) : null}
    </div>
  );
}

/** The ids of the hint and the error a control is described by, when it has them. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
