import { type ReactNode, useState } from 'react';
import { accountRoles, type ManagedAccount, type UpdateAccount } from '../../../../shared/contract/auth.ts';
import { accountsMessages } from '../../../../shared/i18n/accounts.ts';
import { accountRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { updateAccount } from '../api/accounts.ts';

/** The part of a button's name only screen readers read: whose account it changes. */
const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

type Props = { accounts: readonly ManagedAccount[]; currentAccountId: string; onChanged: () => void };

/**
 * Accounts with the changes the server offers for each: staff switch between coordinator and
 * organisation contact, participants keep their role, and no one disables or demotes themself.
 */
export function AccountList({ accounts, currentAccountId, onChanged }: Props) {
  const t = useMessages(accountsMessages);
  const [status, setStatus] = useState('');
  // The table lists many accounts: a failure's message names the one it is about.
  const [changing, setChanging] = useState('');
  // Participants outnumber staff many times over; the filter brings the few staff accounts into view.
  const [role, setRole] = useState('');
  const shown = role ? accounts.filter((a) => a.role === role) : accounts;

  const {
    run: change,
    busy,
    error,
  } = useAction(async (account: ManagedAccount, update: UpdateAccount, done: string) => {
    setChanging(account.name);
    await updateAccount(account.id, update);
    setStatus(done);
    onChanged();
  });

  if (!accounts.length) return <Empty>{t('empty')}</Empty>;
  return (
    <>
      {error ? (
        <div role="alert" className="notice notice--error">
          {t('failedFor', { name: changing, error })}
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <div className="filters filters--narrow">
        <SelectField
          name="role"
          label={t('role')}
          emptyLabel={t('allAccounts')}
          options={accountRoles.map((r) => ({ value: r, label: accountRoleLabel(r) }))}
          value={role}
          onChange={setRole}
        />
      </div>
      <p className="list-toolbar__count">{t('count', { count: shown.length })}</p>
      <TableRegion label={t('table')}>
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('organisation')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const self = a.id === currentAccountId;
              return (
                <tr key={a.id}>
                  <td>{self ? t('you', { name: a.name }) : a.name}</td>
                  <td data-label={t('email')} className="wrap-anywhere">
                    {a.email}
                  </td>
                  <td data-label={t('role')}>{accountRoleLabel(a.role)}</td>
                  <td data-label={t('organisation')}>{a.organisationName ?? '—'}</td>
                  <td data-label={t('status')}>
                    {a.disabled ? (
                      <span className="badge badge--expired">{t('disabled')}</span>
                    ) : (
                      <span className="badge badge--accepted">{t('active')}</span>
                    )}
                  </td>
                  <td>
                    {Object.values(a.can).some(Boolean) ? (
                      <div className="button-row">
                        {a.can.makeCoordinator || a.can.makeOrganisationContact ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => {
                              const role = a.can.makeCoordinator ? 'coordinator' : 'organisation_contact';
                              void change(
                                a,
                                { role },
                                role === 'coordinator'
                                  ? t('nowCoordinator', { name: a.name })
                                  : t('nowOrganisationContact', { name: a.name }),
                              );
                            }}
                          >
                            {t.rich(a.can.makeCoordinator ? 'makeCoordinator' : 'makeOrganisationContact', {
                              name: a.name,
                              hidden,
                            })}
                          </button>
                        ) : null}
                        {a.can.disable || a.can.enable ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() =>
                              void change(
                                a,
                                { disabled: !a.disabled },
                                t(a.disabled ? 'enabledDone' : 'disabledDone', { name: a.name }),
                              )
                            }
                          >
                            {t.rich(a.disabled ? 'enable' : 'disable', { name: a.name, hidden })}
                          </button>
                        ) : null}
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
