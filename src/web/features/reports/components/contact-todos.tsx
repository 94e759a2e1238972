import type { ReactNode } from 'react';
import type { Dashboard } from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';

type Todos = NonNullable<Dashboard['todos']>;

type ContactTodosProps = {
  cycleId: string;
  todos: Todos;
  /** The heading's level: a section of the dashboard (h2), or part of a cycle on the home (h4). */
  level?: 2 | 4;
  /** The heading's id, unique on the page. */
  headingId?: string;
  /** Left out where the page already lists the proposals waiting in each cycle (the contact's home). */
  withoutProposals?: boolean;
};

/** A contact's open work in one cycle, counted, each count linking where the work is done. */
export function ContactTodos({
  cycleId,
  todos,
  level = 2,
  headingId = 'dashboard-todos',
  withoutProposals = false,
}: ContactTodosProps) {
  const t = useMessages(dashboardMessages);
  const link = (to: string) => (chunks: ReactNode[]) => <Link to={to}>{chunks}</Link>;
  const items = [
    { count: todos.proposalsToApprove, key: 'todoProposals', to: `/approval/${cycleId}` },
    { count: todos.profilesUnfinished, key: 'todoProfiles', to: `/cycles/${cycleId}/profiles` },
    { count: todos.invitationsUnanswered, key: 'todoInvitations', to: '/invitations' },
    // The health list shows every tandem with its flags; the contact opens each from there.
    { count: todos.tandemsNeedingAttention, key: 'todoTandems', to: `/cycles/${cycleId}/tandems` },
  ] as const;
  const open = items.filter((i) => i.count > 0 && !(withoutProposals && i.key === 'todoProposals'));
  const Heading = level === 2 ? 'h2' : 'h4';
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t('todosHeading')}</Heading>
      {open.length ? (
        <ul>
          {open.map((i) => (
            <li key={i.key}>{t.rich(i.key, { count: i.count, link: link(i.to) })}</li>
          ))}
        </ul>
      ) : (
        <p>{t('todosNone')}</p>
      )}
    </section>
  );
}
