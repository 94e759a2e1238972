import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type Account,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RESET_VALID_MINUTES,
  passwordResetSchema,
} from '../../../../shared/contract/auth.ts';
import { ApiError } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
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
  const [password, setPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  // A link cut short (a mail program wrapping it) cannot work: say so before a password is typed.
  const [linkProblem, setLinkProblem] = useState<string | null>(() =>
    passwordResetSchema.shape.token.safeParse(token).success
      ? null
      : 'This address does not hold a whole link. Open the link from the mail again, or copy all of it.',
  );
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
          setLinkProblem(error.message);
        } else if (
          error instanceof ApiError &&
          error.code === 'password_rejected' &&
          !error.fieldIssues().length
        ) {
          // The server names this problem by code, without a field path; it belongs beside the password.
          errors.showErrors({ password: error.message }, 'Please choose another password.');
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
        <p>
          Your new password is set and you are signed in. Anyone else signed in to your account has been
          signed out.
        </p>
        <p>
          <button type="button" className="button" onClick={() => onSignedIn(account)}>
            Continue
          </button>
        </p>
      </div>
    );
  }

  if (linkProblem) {
    return (
      <div role="alert" className="notice notice--error">
        <p>
          <strong>This link cannot be used.</strong> {linkProblem}
        </p>
        <p>
          Links are valid for {PASSWORD_RESET_VALID_MINUTES} minutes and work once.{' '}
          <Link to="/password-reset">Ask for a new link</Link> or <Link to="/sign-in">sign in</Link>.
        </p>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(passwordResetSchema, { token, password });
    const problems = checked.ok ? {} : { ...checked.errors };
    if (!problems.password && password !== repeatPassword)
      problems.repeatPassword = 'does not match the password';
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
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Common passwords are refused.`}
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <TextField
        name="repeatPassword"
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        required
        value={repeatPassword}
        onChange={setRepeatPassword}
        error={errors.fieldErrors.repeatPassword}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Setting the password…' : 'Set new password'}
      </button>
    </form>
  );
}
