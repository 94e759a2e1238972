import { useEffect, useRef } from 'react';
import { INVITATION_VALID_DAYS } from '../../../../shared/contract/invitations.ts';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import type { CreatedInvitation } from '../api/invitations.ts';

/**
 * The invitation goes out by mail (when mail is set up); the link is also shown here, once, for an
 * inviter who hands it over themselves: the server keeps a hash of the token, never the link.
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
        <strong>Invitation created for {created.invitation.name}</strong> ({created.invitation.email}). It
        goes out by mail; you can also send them this link yourself. It is valid for {INVITATION_VALID_DAYS}{' '}
        days and works once.
      </p>
      <CopyField label="Invitation link" value={absolute} />
    </div>
  );
}
