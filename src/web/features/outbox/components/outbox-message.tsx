import type { OutboxMessage as Message, OutboxState } from '../../../../shared/contract/outbox.ts';
import { formatDateTime } from '../../../lib/format.ts';

export const deliveryLabel: Record<OutboxState, string> = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  failed: 'Not delivered',
  held: "Waiting for the recipient's daily digest",
  digested: 'Sent in a digest',
};

/** One message: to whom, when and how it went; its text only while it waits to be handed over. */
export function OutboxMessage({ message: m }: { message: Message }) {
  return (
    <article className="message" aria-labelledby={`msg-${m.id}`}>
      <h2 id={`msg-${m.id}`}>{m.subject}</h2>
      <p className="message__meta">
        To <strong>{m.recipientName ? `${m.recipientName} <${m.recipient}>` : m.recipient}</strong>,{' '}
        {formatDateTime(m.createdAt)} · {m.kind} ·{' '}
        <span className={`delivery delivery--${m.status}`}>
          {deliveryLabel[m.status]}
          {m.sentAt ? ` ${formatDateTime(m.sentAt)}` : ''}
          {m.status !== 'sent' && m.attempts > 0
            ? ` (${m.attempts} ${m.attempts === 1 ? 'attempt' : 'attempts'})`
            : ''}
        </span>
      </p>
      {m.lastError && m.status !== 'sent' ? <p className="message__meta">Last error: {m.lastError}</p> : null}
      {m.body === null ? (
        <p className="message__meta">
          {m.status === 'sent' || m.status === 'digested'
            ? 'Delivered: the text is for the recipient only.'
            : 'Holds a one-time link for the recipient alone, so its text is not shown.'}
        </p>
      ) : (
        <pre className="message__body">{m.body}</pre>
      )}
    </article>
  );
}
