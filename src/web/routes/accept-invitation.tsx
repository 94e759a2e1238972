import type { Account } from '../../shared/contract/auth.ts';
import { invitationsMessages } from '../../shared/i18n/invitations.ts';
import { AcceptInvitation } from '../features/invitations/components/accept-invitation.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Page } from '../lib/ui/page.tsx';

export function AcceptInvitationPage({
  token,
  onAccepted,
}: {
  token: string;
  onAccepted: (account: Account) => void;
}) {
  const t = useMessages(invitationsMessages);
  return (
    <div className="centered">
      <Page title={t('acceptTitle')} intro={<p>{t('acceptIntro')}</p>}>
        <AcceptInvitation token={token} onAccepted={onAccepted} />
      </Page>
    </div>
  );
}
