import { useState } from 'react';
import { accountRoles, type ManagedAccount, type UpdateAccount } from '../../../../shared/contract/auth.ts';
import { accountRoleLabel, plural } from '../../../lib/format.ts';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { updateAccount } from '../api/accounts.ts';

type Props = { accounts: readonly ManagedAccount[]; currentAccountId: string; onChanged: () => void };

/**
 * Accounts with the changes the server offers for each: staff switch between coordinator and
 * organisation contact, participants keep their role, and no one disables or demotes themself.
 */
export function AccountList({ accounts, currentAccountId, onChanged }: Props) {
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

  if (!accounts.length) return <Empty>No accounts yet.</Empty>;
  return (
    <>
      {error ? (
        <div role="alert" className="notice notice--error">
          {changing}: {error}
        </div>
      ) : null}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <div className="filters filters--narrow">
        <SelectField
          name="role"
          label="Role"
          emptyLabel="All accounts"
          options={accountRoles.map((r) => ({ value: r, label: accountRoleLabel(r) }))}
          value={role}
          onChange={setRole}
        />
      </div>
      <p className="list-toolbar__count">{plural(shown.length, 'account')}</p>
      <TableRegion label="Accounts">
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const self = a.id === currentAccountId;
              return (
                <tr key={a.id}>
                  <td>
                    {a.name}
                    {self ? ' (you)' : ''}
                  </td>
                  <td data-label="Email" className="wrap-anywhere">
                    {a.email}
                  </td>
                  <td data-label="Role">{accountRoleLabel(a.role)}</td>
                  <td data-label="Organisation">{a.organisationName ?? '—'}</td>
                  <td data-label="Status">
                    {a.disabled ? (
                      <span className="badge badge--expired">Disabled</span>
                    ) : (
                      <span className="badge badge--accepted">Active</span>
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
                                `${a.name} is now ${accountRoleLabel(role).toLowerCase()}.`,
                              );
                            }}
                          >
                            {a.can.makeCoordinator ? 'Make coordinator' : 'Make organisation contact'}
                            <span className="visually-hidden">: {a.name}</span>
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
                                `${a.name} is ${a.disabled ? 'enabled' : 'disabled'}.`,
                              )
                            }
                          >
                            {a.disabled ? 'Enable' : 'Disable'}{' '}
                            <span className="visually-hidden">{a.name}</span>
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
