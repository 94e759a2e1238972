import type { z } from 'zod';
import type { contactSchema } from '../../../../shared/contract/organisations.ts';
import { organisationsMessages } from '../../../../shared/i18n/organisations.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';

type Contact = z.infer<typeof contactSchema>;

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  const t = useMessages(organisationsMessages);
  if (!contacts.length) return <Empty>{t('noContacts')}</Empty>;
  return (
    <ul className="plain-list">
      {contacts.map((c) => (
        <li key={c.id}>
          <strong>{c.name}</strong> <a href={`mailto:${c.email}`}>{c.email}</a>
          {c.disabled ? <span className="badge badge--expired">{t('contactDisabled')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
