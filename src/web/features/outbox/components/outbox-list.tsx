import { formatDateTime } from '../../../lib/format.ts';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listOutbox } from '../api/outbox.ts';

/** Messages the system would have mailed; until delivery exists, this is where they can be read. */
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
                    To <strong>{m.recipient}</strong>, {formatDateTime(m.createdAt)}
                  </p>
                  <pre className="message__body">{m.body}</pre>
                </article>
              </li>
            ))}
          </ul>
        ) : (
          <Empty>No messages yet. Invitations appear here once they are sent.</Empty>
        )
      }
    </Loaded>
  );
}
