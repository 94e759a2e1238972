import { notFoundMessages } from '../../shared/i18n/not-found.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';

export function NotFoundPage() {
  const t = useMessages(notFoundMessages);
  return (
    <Page title={t('title')}>
      <p>{t('text')}</p>
      <p>
        <Link to="/">{t('goToStart')}</Link>
      </p>
    </Page>
  );
}
