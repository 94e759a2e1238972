import type { Account } from '../../shared/contract/auth.ts';
import { SignInForm } from '../features/auth/components/sign-in-form.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';

export function SignInPage({
  onSignedIn,
  notice,
}: {
  onSignedIn: (account: Account) => void;
  notice?: string;
}) {
  return (
    <div className="centered">
      <Page title="Sign in">
        {notice ? (
          <p className="notice notice--info" role="status">
            {notice}
          </p>
        ) : null}
        <SignInForm onSignedIn={onSignedIn} />
        <p>
          <Link to="/password-reset">Forgot your password?</Link>
        </p>
        <p className="muted">
          No account yet? Accounts are created by invitation: ask your coordinator or organisation contact.
        </p>
      </Page>
    </div>
  );
}
