import type { OutboxMessage as Message, OutboxState } from '../../../../shared/contract/outbox.ts';
import { outboxMessages } from '../../../../shared/i18n/outbox.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

/** The name of each delivery state, as keys of the outbox catalogue. */
export const deliveryKeys = {
  pending: 'deliveryPending',
  sent: 'deliverySent',
  failed: 'deliveryFailed',
  held: 'deliveryHeld',
  digested: 'deliveryDigested',
} as const satisfies Record<OutboxState, string>;

/** One message: to whom, when and how it went; its text only while it waits to be handed over. */
export function OutboxMessage({ message: m }: { message: Message }) {
  const t = useMessages(outboxMessages);
  const state = t(deliveryKeys[m.status]);
  const delivery =
    m.status === 'sent'
      ? m.sentAt
        ? t('sentAt', { when: formatDateTime(m.sentAt) })
        : state
      : m.attempts > 0
        ? t('withAttempts', { state, attempts: m.attempts })
        : state;
  return (
    <article className="message" aria-labelledby={`msg-${m.id}`}>
      <h2 id={`msg-${m.id}`}>{m.subject}</h2>
      <p className="message__meta">
        {t.rich('meta', {
          recipient: m.recipientName ? `${m.recipientName} <${m.recipient}>` : m.recipient,
          created: formatDateTime(m.createdAt),
          kind: m.kind,
          delivery: <span className={`delivery delivery--${m.status}`}>{delivery}</span>,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {m.lastError && m.status !== 'sent' ? (
        <p className="message__meta">{t('lastError', { error: m.lastError })}</p>
      ) : null}
      {m.body === null ? (
        <p className="message__meta">
          {m.status === 'sent' || m.status === 'digested' ? t('bodyDelivered') : t('bodyRecipientOnly')}
        </p>
      ) : (
        <pre className="message__body">{m.body}</pre>
      )}
    </article>
  );
}
