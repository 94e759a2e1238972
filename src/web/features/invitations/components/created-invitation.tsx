import { useEffect, useRef } from 'react';
import { INVITATION_VALID_DAYS } from '../../../../shared/contract/invitations.ts';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import type { CreatedInvitation } from '../api/invitations.ts';

/**
 * The link, shown once: the inviter passes it on (the web app cannot tell whether mail is set up,
 * and without it the mail waits in the coordinator's outbox). The server keeps a hash of the token.
 */
export function CreatedInvitationNotice({ created }: { created: CreatedInvitation }) {
  const t = useMessages(invitationsMessages);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const absolute = new URL(created.link, window.location.origin).toString();
  return (
    <div ref={box} tabIndex={-1} className="notice notice--success" role="status">
      <p>
        {t.rich('created', {
          name: created.invitation.name,
          email: created.invitation.email,
          days: INVITATION_VALID_DAYS,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <CopyField label={t('invitationLink')} value={absolute} />
    </div>
  );
}
