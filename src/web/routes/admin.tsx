import { listAccounts } from '../features/accounts/api/accounts.ts';
import { AccountList } from '../features/accounts/components/account-list.tsx';
import { AuditLog } from '../features/audit/components/audit-log.tsx';
import { OutboxList } from '../features/outbox/components/outbox-list.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

export function AuditLogPage() {
  return (
    <Page
      title="Audit log"
      intro={<p>Changes, exports and reads of other people’s personal data, newest first.</p>}
    >
      <AuditLog />
    </Page>
  );
}

export function OutboxPage() {
  return (
    <Page
      title="Outbox"
      intro={<p>Messages crossmentor would send by mail, kept here until delivery is set up.</p>}
    >
      <OutboxList />
    </Page>
  );
}

export function AccountsPage() {
  const { account } = useSession();
  const accounts = useResource('accounts', (signal) => listAccounts(signal));
  return (
    <Page title="Accounts" intro={<p>Everyone who can sign in. A disabled account can no longer sign in.</p>}>
      <Loaded resource={accounts} loading="Loading accounts…">
        {(list) => (
          <AccountList
            accounts={[...list].sort((a, b) => a.name.localeCompare(b.name))}
            currentAccountId={account.id}
            onChanged={accounts.reload}
          />
        )}
      </Loaded>
    </Page>
  );
}
