import { useState } from 'react';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { type CreatedInvitation, createInvitation } from '../api/invitations.ts';
import { CreatedInvitationNotice } from './created-invitation.tsx';

type Props = { personId: string; name: string; onInvited?: () => void };

/** Staff invite a participant they see to sign in and see their programme. */
export function InviteParticipant({ personId, name, onInvited }: Props) {
  const t = useMessages(invitationsMessages);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const {
    run: invite,
    busy,
    error,
  } = useAction(async () => {
    setCreated(await createInvitation({ role: 'participant', personId }));
    onInvited?.();
  });

  if (created) return <CreatedInvitationNotice created={created} />;
  return (
    <div>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}
        </div>
      ) : null}
      <button type="button" className="button" disabled={busy} onClick={() => void invite()}>
        {t('inviteParticipant', { name })}
      </button>
    </div>
  );
}
