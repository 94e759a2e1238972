import { setupMessages } from '../../../../shared/i18n/setup.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';

/** Proposals for the contact's own mentees waiting for their decision, per cycle. */
export type WaitingApprovals = { cycleId: string; cycleName: string; count: number };

/** What waits for an organisation contact: each cycle's undecided proposals, with the way to them. */
export function ContactToDo({ waiting }: { waiting: readonly WaitingApprovals[] }) {
  const t = useMessages(setupMessages);
  const open = waiting.filter((w) => w.count > 0);
  return (
    <section className="panel" aria-labelledby="contact-to-do">
      <h2 id="contact-to-do">{t('waitingHeading')}</h2>
      {open.length ? (
        <ul>
          {open.map((w) => (
            <li key={w.cycleId}>
              {t.rich('waitingProposals', {
                count: w.count,
                cycle: w.cycleName,
                link: (chunks) => <Link to={`/approval/${w.cycleId}`}>{chunks}</Link>,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('nothingWaiting')}</p>
      )}
    </section>
  );
}
