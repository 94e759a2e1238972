import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  PASSWORD_RESET_VALID_MINUTES,
  passwordResetRequestSchema,
} from '../../../../shared/contract/auth.ts';
import { passwordResetMessages } from '../../../../shared/i18n/password-reset.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { requestPasswordReset } from '../api/auth.ts';

const fields = ['email'] as const;

/** Asks for a reset link. What it says afterwards is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useMessages(passwordResetMessages);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = useFormErrors(fields);
  const sent = useRef<HTMLDivElement>(null);
  const { run, busy } = useAction(
    async (address: string) => {
      errors.clear();
      await requestPasswordReset(address);
      setSentTo(address);
    },
    { onError: errors.showRequestError },
  );

  // The form gives way to the message: focus follows, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (sentTo) sent.current?.focus();
  }, [sentTo]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetRequestSchema, { email });
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void run(checked.data.email);
  };

  if (sentTo) {
    return (
      <div ref={sent} tabIndex={-1} role="status" className="notice notice--info">
        <p>{t('linkSent', { email: sentTo, minutes: PASSWORD_RESET_VALID_MINUTES })}</p>
        <p>{t('noMailYet')}</p>
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setSentTo(null)}
          >
            {t('askAgain')}
          </button>{' '}
          <Link to="/sign-in">{t('backToSignIn')}</Link>
        </p>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form form--narrow">
      <FormError message={errors.formError} />
      <TextField
        name="email"
        label={t('email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('sending') : t('sendLink')}
      </button>
      <p>
        <Link to="/sign-in">{t('backToSignIn')}</Link>
      </p>
    </form>
  );
}
