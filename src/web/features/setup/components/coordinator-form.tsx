import { type FormEvent, useState } from 'react';
import { type Account, PASSWORD_MIN_LENGTH } from '../../../../shared/contract/auth.ts';
import {
  type CreateFirstCoordinator,
  createFirstCoordinatorSchema,
} from '../../../../shared/contract/setup.ts';
import { setupMessages } from '../../../../shared/i18n/setup.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { createFirstCoordinator } from '../api/setup.ts';

const fields = ['name', 'email', 'password'] as const;

export function CoordinatorForm({ onCreated }: { onCreated: (account: Account) => void }) {
  const t = useMessages(setupMessages);
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const errors = useFormErrors(fields);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const create = useAction(
    async (input: CreateFirstCoordinator) => {
      errors.clear();
      onCreated(await createFirstCoordinator(input));
    },
    { onError: errors.showRequestError, keepBusyOnSuccess: true },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(createFirstCoordinatorSchema, values);
    if (!checked.ok) {
      errors.showErrors(checked.errors);
      return;
    }
    void create.run(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={errors.formError} />
      <TextField
        name="name"
        label={t('yourName')}
        autoComplete="name"
        required
        value={values.name}
        onChange={set('name')}
        error={errors.fieldErrors.name}
      />
      <TextField
        name="email"
        label={t('email')}
        type="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={set('email')}
        error={errors.fieldErrors.email}
      />
      <TextField
        name="password"
        label={t('password')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
        value={values.password}
        onChange={set('password')}
        error={errors.fieldErrors.password}
      />
      <button type="submit" className="button" disabled={create.busy}>
        {t('createCoordinator')}
      </button>
    </form>
  );
}
