import type { Account } from '../../shared/contract/auth.ts';
import { ForgotPasswordForm } from '../features/auth/components/forgot-password-form.tsx';
import { ResetPasswordForm } from '../features/auth/components/reset-password-form.tsx';
import { getMailDelivery } from '../features/setup/api/setup.ts';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { useResource } from '../lib/use-resource.ts';

export function ForgotPasswordPage() {
  // Without mail delivery no link can reach anyone: the page says so instead of promising one.
  const mail = useResource('mail-delivery', getMailDelivery);
  if (mail.status === 'ok' && !mail.data) {
    return (
      <div className="centered">
        <Page title="Forgot your password?">
          <div role="status" className="notice notice--info">
            <p>
              This installation does not send mail yet, so a link to set a new password cannot reach you. Ask
              your programme’s coordinator: whoever runs crossmentor can set up mail delivery (SMTP), and then
              you can ask for a link here.
            </p>
            <p>
              <Link to="/sign-in">Back to sign in</Link>
            </p>
          </div>
        </Page>
      </div>
    );
  }
  return (
    <div className="centered">
      <Page
        title="Forgot your password?"
        intro={<p>Give the email address you sign in with; we will mail you a link to set a new password.</p>}
      >
        <ForgotPasswordForm />
      </Page>
    </div>
  );
}

export function ResetPasswordPage({
  token,
  onSignedIn,
}: {
  token: string;
  onSignedIn: (account: Account) => void;
}) {
  return (
    <div className="centered">
      <Page title="Set a new password" intro={<p>Choose a new password for your crossmentor account.</p>}>
        <ResetPasswordForm token={token} onSignedIn={onSignedIn} />
      </Page>
    </div>
  );
}
