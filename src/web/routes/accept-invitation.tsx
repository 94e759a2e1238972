import type { Account } from '../../shared/contract/auth.ts';
import { AcceptInvitation } from '../features/invitations/components/accept-invitation.tsx';
import { Page } from '../lib/ui/page.tsx';

export function AcceptInvitationPage({
  token,
  onAccepted,
}: {
  token: string;
  onAccepted: (account: Account) => void;
}) {
  return (
    <div className="centered">
      <Page
        title="Accept your invitation"
        intro={<p>Choose a password to create your crossmentor account.</p>}
      >
        <AcceptInvitation token={token} onAccepted={onAccepted} />
      </Page>
    </div>
  );
}
