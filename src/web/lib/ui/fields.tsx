import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { describedBy, FieldShell } from './field-shell.tsx';

type Common = { name: string; label: string; hint?: ReactNode; error?: string };

type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  required,
  id,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? `${autoId}-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} required={required}>
      <input
        id={fieldId}
        name={name}
        data-field={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      />
    </FieldShell>
  );
}

type TextAreaFieldProps = Common & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  required?: boolean;
};

export function TextAreaField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 4,
  maxLength,
  required,
}: TextAreaFieldProps) {
  const fieldId = `${useId()}-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={fieldId}
        name={name}
        data-field={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
      />
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

type SelectFieldProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    /** Label of an empty first option ("All organisations", "Choose…"); none when omitted. */
    emptyLabel?: string;
  };

export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  options,
  emptyLabel,
  required,
  ...rest
}: SelectFieldProps) {
  const fieldId = `${useId()}-${name}`;
  return (
    <FieldShell id={fieldId} label={label} hint={hint} error={error} required={required}>
      <select
        id={fieldId}
        name={name}
        data-field={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...rest}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

type CheckboxFieldProps = {
  name: string;
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

export function CheckboxField({ name, label, hint, checked, onChange }: CheckboxFieldProps) {
  const fieldId = `${useId()}-${name}`;
  return (
    <div className="field field--checkbox">
      <input
        type="checkbox"
        id={fieldId}
        name={name}
        data-field={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${fieldId}-hint` : undefined}
      />
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message: announced at once, and kept on screen until the next submit. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'notice notice--error' : 'visually-hidden'}>
      {message}
    </div>
  );
}
