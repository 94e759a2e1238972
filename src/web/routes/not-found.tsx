import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>This page does not exist, or it is not available to your account.</p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </Page>
  );
}
