import { useEffect, useRef } from 'react';
import { INVITATION_VALID_DAYS } from '../../../../shared/contract/invitations.ts';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import type { CreatedInvitation } from '../api/invitations.ts';

/**
 * The link, shown once: the inviter passes it on (the web app cannot tell whether mail is set up,
 * and without it the mail waits in the coordinator's outbox). The server keeps a hash of the token.
 */
export function CreatedInvitationNotice({ created }: { created: CreatedInvitation }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  const absolute = new URL(created.link, window.location.origin).toString();
  return (
    <div ref={box} tabIndex={-1} className="notice notice--success" role="status">
      <p>
        <strong>Invitation created for {created.invitation.name}</strong> ({created.invitation.email}). Send
        them this link (where mail is set up, it is mailed to them as well); it is valid for{' '}
        {INVITATION_VALID_DAYS} days and works once.
      </p>
      <CopyField label="Invitation link" value={absolute} />
    </div>
  );
}
