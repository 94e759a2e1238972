import { type FormEvent, useState } from 'react';
import { type InvitationInput, invitationInputSchema } from '../../../../shared/contract/invitations.ts';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { missingChoices, useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError, type Option, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { type CreatedInvitation, createInvitation } from '../api/invitations.ts';
import { CreatedInvitationNotice } from './created-invitation.tsx';

const fields = ['organisationId', 'name', 'email'] as const;

type Props = {
  /** The organisation the contact will belong to, when the page is about one organisation. */
  organisationId?: string;
  /** Otherwise the coordinator picks the organisation from these. */
  organisations?: readonly Option[];
  onInvited?: () => void;
};

/** The coordinator invites an organisation contact (HR person) for one organisation. */
export function InviteContactForm({
  organisationId: fixedOrganisationId,
  organisations = [],
  onInvited,
}: Props) {
  const t = useMessages(invitationsMessages);
  const [organisationId, setOrganisationId] = useState(fixedOrganisationId ?? '');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const errors = useFormErrors(fields);
  const invite = useAction(
    async (input: InvitationInput) => {
      errors.clear();
      setCreated(null);
      setCreated(await createInvitation(input));
      setName('');
      setEmail('');
      onInvited?.();
    },
    { onError: errors.showRequestError },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(invitationInputSchema, {
      role: 'organisation_contact',
      organisationId,
      name,
      email,
    });
    if (!checked.ok) {
      errors.showErrors({
        ...checked.errors,
        ...missingChoices({ organisationId: [organisationId, t('chooseOrganisation')] }),
      });
      return;
    }
    void invite.run(checked.data);
  };

  return (
    <div>
      <form onSubmit={submit} noValidate className="form form--inline" aria-label={t('inviteContactHeading')}>
        <FormError message={errors.formError} />
        {fixedOrganisationId ? null : (
          <SelectField
            name="organisationId"
            label={t('organisation')}
            required
            emptyLabel={t('chooseAnOrganisation')}
            options={organisations}
            value={organisationId}
            onChange={setOrganisationId}
            error={errors.fieldErrors.organisationId}
          />
        )}
        <TextField
          name="name"
          label={t('contactName')}
          autoComplete="off"
          required
          value={name}
          onChange={setName}
          error={errors.fieldErrors.name}
        />
        <TextField
          name="email"
          label={t('contactEmail')}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={errors.fieldErrors.email}
        />
        <button type="submit" className="button" disabled={invite.busy}>
          {t('inviteContact')}
        </button>
      </form>
      {created ? <CreatedInvitationNotice created={created} /> : null}
    </div>
  );
}
