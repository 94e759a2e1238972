import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type Account,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RESET_VALID_MINUTES,
  passwordResetSchema,
} from '../../../../shared/contract/auth.ts';
import { passwordResetMessages } from '../../../../shared/i18n/password-reset.ts';
import { ApiError } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { resetPassword } from '../api/auth.ts';

const fields = ['password', 'repeatPassword'] as const;

type Props = { token: string; onSignedIn: (account: Account) => void };

/**
 * Sets a new password with a reset link's token. The server ends every session of the account and
 * signs this one in; the page says so before going on, so the change is not a silent jump.
 */
export function ResetPasswordForm({ token, onSignedIn }: Props) {
  const t = useMessages(passwordResetMessages);
  const [password, setPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  // A link cut short (a mail program wrapping it) cannot work: say so before a password is typed;
  // a link the server refuses (used, expired) says why.
  const [refusedLink, setRefusedLink] = useState<string | null>(null);
  const linkProblem =
    refusedLink ?? (passwordResetSchema.shape.token.safeParse(token).success ? null : t('linkIncomplete'));
  const [account, setAccount] = useState<Account | null>(null);
  const errors = useFormErrors(fields);
  const done = useRef<HTMLDivElement>(null);
  const { run, busy } = useAction(
    async (input: { token: string; password: string }) => {
      errors.clear();
      setAccount(await resetPassword(input));
    },
    {
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'reset_link_invalid') {
          setRefusedLink(error.message);
        } else if (
          error instanceof ApiError &&
          error.code === 'password_rejected' &&
          !error.fieldIssues().length
        ) {
          // The server names this problem by code, without a field path; it belongs beside the password.
          errors.showErrors({ password: error.message }, t('chooseAnotherPassword'));
        } else {
          errors.showRequestError(error);
        }
      },
    },
  );

  useEffect(() => {
    if (account) done.current?.focus();
  }, [account]);

  if (account) {
    return (
      <div ref={done} tabIndex={-1} role="status" className="notice notice--info">
        <p>{t('passwordSet')}</p>
        <p>
          <button type="button" className="button" onClick={() => onSignedIn(account)}>
            {t('continue')}
          </button>
        </p>
      </div>
    );
  }

  if (linkProblem) {
    return (
      <div role="alert" className="notice notice--error">
        <p>
          <strong>{t('linkUnusable')}</strong> {linkProblem}
        </p>
        <p>
          {t.rich('linkValidity', {
            minutes: PASSWORD_RESET_VALID_MINUTES,
            newLink: (chunks) => <Link to="/password-reset">{chunks}</Link>,
            signIn: (chunks) => <Link to="/sign-in">{chunks}</Link>,
          })}
        </p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetSchema, { token, password });
    const problems = checked.ok ? {} : { ...checked.errors };
    if (!problems.password && password !== repeatPassword) problems.repeatPassword = t('repeatMismatch');
    if (!checked.ok || Object.keys(problems).length) {
      errors.showErrors(problems);
      return;
    }
    void run(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="form form--narrow">
      <FormError message={errors.formError} />
      <TextField
        name="password"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('newPasswordHint', { min: PASSWORD_MIN_LENGTH })}
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <TextField
        name="repeatPassword"
        label={t('repeatPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={repeatPassword}
        onChange={setRepeatPassword}
        error={errors.fieldErrors.repeatPassword}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('settingPassword') : t('setPassword')}
      </button>
    </form>
  );
}
