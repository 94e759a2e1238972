import { accountsMessages } from '../../shared/i18n/accounts.ts';
import { auditMessages } from '../../shared/i18n/audit.ts';
import { outboxMessages } from '../../shared/i18n/outbox.ts';
import { listAccounts } from '../features/accounts/api/accounts.ts';
import { AccountList } from '../features/accounts/components/account-list.tsx';
import { AuditLog } from '../features/audit/components/audit-log.tsx';
import { OutboxList } from '../features/outbox/components/outbox-list.tsx';
import { useLanguage, useMessages } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

export function AuditLogPage() {
  const t = useMessages(auditMessages);
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <AuditLog />
    </Page>
  );
}

export function OutboxPage() {
  const t = useMessages(outboxMessages);
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <OutboxList />
    </Page>
  );
}

export function AccountsPage() {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const { account } = useSession();
  const accounts = useResource('accounts', (signal) => listAccounts(signal));
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <Loaded resource={accounts} loading={t('loading')}>
        {(list) => (
          <AccountList
            accounts={[...list].sort((a, b) => a.name.localeCompare(b.name, language))}
            currentAccountId={account.id}
            onChanged={accounts.reload}
          />
        )}
      </Loaded>
    </Page>
  );
}
