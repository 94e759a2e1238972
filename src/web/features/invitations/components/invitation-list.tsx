import { useRef, useState } from 'react';
import type { Invitation } from '../../../../shared/contract/invitations.ts';
import { errorMessage } from '../../../lib/api.ts';
import { accountRoleLabel, formatDateTime } from '../../../lib/format.ts';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { revokeInvitation } from '../api/invitations.ts';

const statusLabels: Record<Invitation['status'], string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  expired: 'Expired',
  revoked: 'Revoked',
};

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
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The buttons go away with the answer: keyboard focus moves to the message instead of the page.
  const status = useRef<HTMLParagraphElement>(null);
  const { run, busy } = useAction(
    async (invitation: Invitation) => {
      setMessage(null);
      await revokeInvitation(invitation.id);
      setMessage(`The invitation of ${invitation.name} is revoked; its link no longer works.`);
    },
    { onError: (error) => setMessage(errorMessage(error)) },
  );
  if (!invitations.length) return <Empty>No invitations have been sent yet.</Empty>;

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
      <TableRegion label="Invitations">
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Organisation</th>
              <th scope="col">Status</th>
              <th scope="col">Sent</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.name}</td>
                <td data-label="Email">{i.email}</td>
                <td data-label="Role">{accountRoleLabel(i.role)}</td>
                <td data-label="Organisation">{i.organisationName}</td>
                <td data-label="Status">
                  <span className={`badge badge--${i.status}`}>{statusLabels[i.status]}</span>
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
                            Revoke the link
                          </button>
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() => setAsking(null)}
                          >
                            Keep it
                          </button>
                        </>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          aria-label={`Revoke the invitation of ${i.name}`}
                          onClick={() => setAsking(i.id)}
                        >
                          Revoke…
                        </button>
                      )}
                    </div>
                  ) : null}
                </td>
                <td data-label="Sent" className="nowrap">
                  {formatDateTime(i.createdAt)}
                </td>
                <td data-label="Expires" className="nowrap">
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
