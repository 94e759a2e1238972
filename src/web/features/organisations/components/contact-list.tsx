import type { z } from 'zod';
import type { contactSchema } from '../../../../shared/contract/organisations.ts';
import { Empty } from '../../../lib/ui/status.tsx';

type Contact = z.infer<typeof contactSchema>;

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  if (!contacts.length) return <Empty>No organisation contact has an account yet.</Empty>;
  return (
    <ul className="plain-list">
      {contacts.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong> <a href={`mailto:${c.email}`}>{c.email}</a>
          {c.disabled ? <span className="badge badge--expired">Disabled</span> : null}
        </li>
      ))}
    </ul>
  );
}
