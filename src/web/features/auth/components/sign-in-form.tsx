import { type FormEvent, useState } from 'react';
import { type Account, type SignInRequest, signInRequestSchema } from '../../../../shared/contract/auth.ts';
import { signInMessages } from '../../../../shared/i18n/sign-in.ts';
import { ApiError } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { signIn } from '../api/auth.ts';

const fields = ['email', 'password'] as const;

export function SignInForm({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const t = useMessages(signInMessages);
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
          const seconds = error.retryAfter;
          errors.setFormError(
            !seconds
              ? error.message
              : seconds < 90
                ? t('rateLimitedWait', { message: error.message, seconds })
                : t('rateLimitedWaitMinutes', { message: error.message, minutes: Math.ceil(seconds / 60) }),
          );
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
        label={t('email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
