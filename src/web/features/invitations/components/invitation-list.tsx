import { useRef, useState } from 'react';
import type { Invitation } from '../../../../shared/contract/invitations.ts';
import { invitationsMessages } from '../../../../shared/i18n/invitations.ts';
import { errorMessage } from '../../../lib/api.ts';
import { accountRoleLabel, formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { revokeInvitation } from '../api/invitations.ts';

const statusKeys = {
  pending: 'statusPending',
  accepted: 'statusAccepted',
  expired: 'statusExpired',
  revoked: 'statusRevoked',
} as const satisfies Record<Invitation['status'], string>;

/**
 * Sent invitations. One the server says the viewer may revoke has a Revoke button, asked twice: the
 * link stops working at once, and only a new invitation brings the person in.
 */
export function InvitationList({
  invitations,
  onChanged,
}: {
  invitations: readonly Invitation[];
  /** After a revocation, or a refusal (accepted meanwhile): the list should be read again. */
  onChanged: () => void;
}) {
  const t = useMessages(invitationsMessages);
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The buttons go away with the answer: keyboard focus moves to the message instead of the page.
  const status = useRef<HTMLParagraphElement>(null);
  const { run, busy } = useAction(
    async (invitation: Invitation) => {
      setMessage(null);
      await revokeInvitation(invitation.id);
      setMessage(t('revoked', { name: invitation.name }));
    },
    { onError: (error) => setMessage(errorMessage(error)) },
  );
  if (!invitations.length) return <Empty>{t('empty')}</Empty>;

  // Whatever the answer, the question is over and the list is read again.
  const revoke = async (invitation: Invitation) => {
    await run(invitation);
    setAsking(null);
    status.current?.focus();
    onChanged();
  };

  return (
    <>
      <p ref={status} tabIndex={-1} role="status" className={message ? 'notice notice--info' : undefined}>
        {message}
      </p>
      <TableRegion label={t('table')}>
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('organisation')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('sent')}</th>
              <th scope="col">{t('expires')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.name}</td>
                <td data-label={t('email')}>{i.email}</td>
                <td data-label={t('role')}>{accountRoleLabel(i.role)}</td>
                <td data-label={t('organisation')}>{i.organisationName}</td>
                <td data-label={t('status')}>
                  <span className={`badge badge--${i.status}`}>{t(statusKeys[i.status])}</span>
                  {i.can.revoke ? (
                    // Beside the status it changes, so the table needs no column of its own.
                    <div className="button-row cell-actions">
                      {asking === i.id ? (
                        <>
                          <button
                            type="button"
                            className="button button--small button--danger"
                            disabled={busy}
                            onClick={() => void revoke(i)}
                          >
                            {t('revokeLink')}
                          </button>
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() => setAsking(null)}
                          >
                            {t('keepIt')}
                          </button>
                        </>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          aria-label={t('revokeAskLabel', { name: i.name })}
                          onClick={() => setAsking(i.id)}
                        >
                          {t('revokeAsk')}
                        </button>
                      )}
                    </div>
                  ) : null}
                </td>
                <td data-label={t('sent')} className="nowrap">
                  {formatDateTime(i.createdAt)}
                </td>
                <td data-label={t('expires')} className="nowrap">
                  {i.status === 'pending' ? formatDateTime(i.expiresAt) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
