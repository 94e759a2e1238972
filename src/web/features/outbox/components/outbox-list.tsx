import { formatDateTime } from '../../../lib/format.ts';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listOutbox } from '../api/outbox.ts';

const deliveryLabel = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  failed: 'Not delivered',
  held: "Waiting for the recipient's daily digest",
  digested: 'Sent in a digest',
} as const;

/**
 * Messages the system sends. Without SMTP settings they are not mailed, and this is where they can
 * be read and handed over; once delivered, only their subject and delivery remain visible.
 */
export function OutboxList() {
  const messages = useResource('outbox', (signal) => listOutbox(signal));
  return (
    <Loaded resource={messages} loading="Loading the outbox…">
      {(list) =>
        list.length ? (
          <ul className="plain-list messages">
            {list.map((m) => (
              <li key={m.id}>
                <article className="message" aria-labelledby={`msg-${m.id}`}>
                  <h2 id={`msg-${m.id}`}>{m.subject}</h2>
                  <p className="message__meta">
                    To <strong>{m.recipient}</strong>, {formatDateTime(m.createdAt)} ·{' '}
                    <span className={`delivery delivery--${m.status}`}>
                      {deliveryLabel[m.status]}
                      {m.sentAt ? ` ${formatDateTime(m.sentAt)}` : ''}
                      {m.status !== 'sent' && m.attempts > 0
                        ? ` (${m.attempts} ${m.attempts === 1 ? 'attempt' : 'attempts'})`
                        : ''}
                    </span>
                  </p>
                  {m.lastError && m.status !== 'sent' ? (
                    <p className="message__meta">Last error: {m.lastError}</p>
                  ) : null}
                  {m.body === null ? (
                    <p className="message__meta">Delivered: the text is for the recipient only.</p>
                  ) : (
                    <pre className="message__body">{m.body}</pre>
                  )}
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No messages yet. Invitations, reminders and tandem notices appear here.</Empty>
        )
      }
    </Loaded>
  );
}
