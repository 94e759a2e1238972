import type { Account } from '../../shared/contract/auth.ts';
import { signInMessages } from '../../shared/i18n/sign-in.ts';
import { SignInForm } from '../features/auth/components/sign-in-form.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';

export function SignInPage({
  onSignedIn,
  notice,
}: {
  onSignedIn: (account: Account) => void;
  notice?: string;
}) {
  const t = useMessages(signInMessages);
  return (
    <div className="centered">
      <Page title={t('title')}>
        {notice ? (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        ) : null}
        <SignInForm onSignedIn={onSignedIn} />
        <p>
          <Link to="/password-reset">{t('forgotPassword')}</Link>
        </p>
        <p className="muted">{t('noAccount')}</p>
      </Page>
    </div>
  );
}
