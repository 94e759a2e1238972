import { type FormEvent, useState } from 'react';
import { type Account, PASSWORD_MIN_LENGTH } from '../../../../shared/contract/auth.ts';
import { acceptInvitationSchema, INVITATION_VALID_DAYS } from '../../../../shared/contract/invitations.ts';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { ApiError } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { accountRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { acceptInvitation, getInvitationPreview, type InvitationPreview } from '../api/invitations.ts';

type Props = { token: string; onAccepted: (account: Account) => void };

export function AcceptInvitation({ token, onAccepted }: Props) {
  const t = useMessages(invitationsMessages);
  const preview = useResource(token, (signal) => getInvitationPreview(token, signal));

  if (preview.status === 'error' && preview.error instanceof ApiError && preview.error.status === 404) {
    return (
      <div role="alert" className="notice notice--error">
        <p>
          <strong>{t('linkUnusable')}</strong> {preview.error.message}
        </p>
        <p>
          {t.rich('linkValidity', {
            days: INVITATION_VALID_DAYS,
            signIn: (chunks) => <Link to="/sign-in">{chunks}</Link>,
          })}
        </p>
      </div>
    );
  }
  return (
    <Loaded resource={preview} loading={t('checking')}>
      {(invitation) => <AcceptForm token={token} invitation={invitation} onAccepted={onAccepted} />}
    </Loaded>
  );
}

const fields = ['name', 'password', 'repeatPassword'] as const;

function AcceptForm({ token, invitation, onAccepted }: Props & { invitation: InvitationPreview }) {
  const t = useMessages(invitationsMessages);
  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  const errors = useFormErrors(fields);
  const accept = useAction(
    async (input: { name?: string; password: string }) => {
      errors.clear();
      onAccepted(await acceptInvitation(token, input));
    },
    {
      keepBusyOnSuccess: true,
      onError: (error) => {
        // The server names this problem by code, without a field path; it belongs beside the password.
        if (error instanceof ApiError && error.code === 'password_rejected' && !error.fieldIssues().length) {
          errors.showErrors({ password: error.message }, t('chooseAnotherPassword'));
        } else {
          errors.showRequestError(error);
        }
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(acceptInvitationSchema, { name, password });
    const problems = checked.ok ? {} : { ...checked.errors };
    if (!problems.password && password !== repeatPassword) problems.repeatPassword = t('repeatMismatch');
    if (!checked.ok || Object.keys(problems).length) {
      errors.showErrors(problems);
      return;
    }
    void accept.run(checked.data);
  };

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('organisation')}</dt>
          <dd>{invitation.organisationName}</dd>
        </div>
        <div>
          <dt>{t('role')}</dt>
          <dd>{accountRoleLabel(invitation.role)}</dd>
        </div>
        <div>
          <dt>{t('email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
      </dl>
      <form onSubmit={submit} noValidate className="form form--narrow">
        <FormError message={errors.formError} />
        {/* The browser's password manager files the new password under this email. */}
        <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
        <TextField
          name="name"
          label={t('yourName')}
          autoComplete="name"
          required
          value={name}
          onChange={setName}
          error={errors.fieldErrors.name}
        />
        <TextField
          name="password"
          label={t('password')}
          type="password"
          autoComplete="new-password"
          required
          hint={t('passwordHint', { min: PASSWORD_MIN_LENGTH })}
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
        <button type="submit" className="button" disabled={accept.busy}>
          {t('accept')}
        </button>
      </form>
    </>
  );
}
