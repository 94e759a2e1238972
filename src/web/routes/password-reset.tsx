import type { Account } from '../../shared/contract/auth.ts';
import { passwordResetMessages } from '../../shared/i18n/password-reset.ts';
import { ForgotPasswordForm } from '../features/auth/components/forgot-password-form.tsx';
import { ResetPasswordForm } from '../features/auth/components/reset-password-form.tsx';
import { getMailDelivery } from '../features/setup/api/setup.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { useResource } from '../lib/use-resource.ts';

export function ForgotPasswordPage() {
  const t = useMessages(passwordResetMessages);
  // Without mail delivery no link can reach anyone: the page says so instead of promising one.
  const mail = useResource('mail-delivery', getMailDelivery);
  if (mail.status === 'ok' && !mail.data) {
    return (
      <div className="centered">
        <Page title={t('forgotTitle')}>
          <div role="status" className="notice notice--info">
            <p>{t('noMailDelivery')}</p>
            <p>
              <Link to="/sign-in">{t('backToSignIn')}</Link>
            </p>
          </div>
        </Page>
      </div>
    );
  }
  return (
    <div className="centered">
      <Page title={t('forgotTitle')} intro={<p>{t('forgotIntro')}</p>}>
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
  const t = useMessages(passwordResetMessages);
  return (
    <div className="centered">
      <Page title={t('resetTitle')} intro={<p>{t('resetIntro')}</p>}>
        <ResetPasswordForm token={token} onSignedIn={onSignedIn} />
      </Page>
    </div>
  );
}
