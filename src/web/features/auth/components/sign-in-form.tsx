import { type FormEvent, useState } from 'react';
import { type Account, type SignInRequest, signInRequestSchema } from '../../../../shared/contract/auth.ts';
import { ApiError } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { signIn } from '../api/auth.ts';

const fields = ['email', 'password'] as const;

export function SignInForm({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors(fields);
  const { run, busy } = useAction(
    async (credentials: SignInRequest) => {
      errors.clear();
      onSignedIn(await signIn(credentials));
    },
    {
      keepBusyOnSuccess: true,
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'rate_limited') {
          const wait = error.retryAfter ? ` Try again in ${waitText(error.retryAfter)}.` : '';
          errors.setFormError(`${error.message}${wait}`);
        } else {
          errors.showRequestError(error);
        }
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(signInRequestSchema, { email, password });
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void run(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="form form--narrow">
      <FormError message={errors.formError} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
