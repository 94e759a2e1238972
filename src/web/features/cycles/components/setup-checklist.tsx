import type { ReactNode } from 'react';
import { cyclesMessages } from '../../../../shared/i18n/cycles.ts';
import type en from '../../../../shared/i18n/en/cycles.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';

/** The steps of a new installation before a cycle exists; the cycle's own checklist takes over after. */
const later: (keyof typeof en)[] = [
  'setupContacts',
  'setupParticipants',
  'setupQuestionnaire',
  'setupRules',
  'setupMatching',
  'setupApproval',
  'setupPublication',
];

const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

/**
 * What a fresh installation asks of the coordinator: organisations, then a cycle; the remaining
 * steps are listed so the way ahead is clear, and each is counted on the cycle's page once it exists.
 */
export function SetupChecklist({ organisations }: { organisations: number }) {
  const t = useMessages(cyclesMessages);
  const organisationsDone = organisations >= 2;
  return (
    <section className="panel" aria-labelledby="setup-checklist">
      <h2 id="setup-checklist">{t('setupHeading')}</h2>
      <p className="checklist__next">
        {organisationsDone
          ? t.rich('setupNextFirstCycle', {
              b: bold,
              link: (chunks) => <Link to="/cycles/new">{chunks}</Link>,
            })
          : t.rich(organisations === 0 ? 'setupNextFirstOrganisations' : 'setupNextAnotherOrganisation', {
              b: bold,
              link: (chunks) => <Link to="/organisations/new">{chunks}</Link>,
            })}
      </p>
      <ol className="checklist" aria-label={t('setupStepsLabel')}>
        <li
          className={organisationsDone ? 'checklist__step checklist__step--done' : 'checklist__step'}
          aria-current={organisationsDone ? undefined : 'step'}
        >
          <span className="checklist__mark">{organisationsDone ? t('markDone') : t('markToDo')}</span>{' '}
          {t.rich('setupOrganisations', { b: bold, count: organisations })}
        </li>
        <li className="checklist__step" aria-current={organisationsDone ? 'step' : undefined}>
          <span className="checklist__mark">{t('markToDo')}</span> {t.rich('setupCycle', { b: bold })}
        </li>
        {later.map((title) => (
          <li key={title} className="checklist__step">
            <span className="checklist__mark">{t('markThen')}</span>{' '}
            {t.rich('setupLater', { b: bold, title: t(title) })}
          </li>
        ))}
      </ol>
    </section>
  );
}
