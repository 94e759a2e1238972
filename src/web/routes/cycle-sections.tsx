import type { ReactNode } from 'react';
import type { Cycle } from '../../shared/contract/cycles.ts';
import { cyclesMessages } from '../../shared/i18n/cycles.ts';
import type en from '../../shared/i18n/en/cycles.ts';
import { getCycle } from '../features/cycles/api/cycles.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/** The parts of a cycle each role works on; each is its own page under `/cycles/:id`. */
export function cycleSections(cycleId: string, role: string): { to: string; label: keyof typeof en }[] {
  const base = `/cycles/${cycleId}`;
  if (role === 'coordinator') {
    return [
      { to: base, label: 'sectionOverview' },
      { to: `${base}/dashboard`, label: 'sectionDashboard' },
      { to: `${base}/questionnaire`, label: 'sectionQuestionnaire' },
      { to: `${base}/profiles`, label: 'sectionProfiles' },
      { to: `${base}/rules`, label: 'sectionRules' },
      { to: `${base}/matching`, label: 'sectionMatching' },
      { to: `${base}/tandems`, label: 'sectionTandems' },
      { to: `${base}/events`, label: 'sectionEvents' },
      { to: `${base}/surveys`, label: 'sectionSurveys' },
      { to: `${base}/alumni`, label: 'sectionAlumni' },
    ];
  }
  return [
    { to: base, label: 'sectionOverview' },
    { to: `${base}/dashboard`, label: 'sectionDashboard' },
    { to: `${base}/profiles`, label: 'sectionProfiles' },
    { to: `/approval/${cycleId}`, label: 'sectionApprovals' },
    { to: `${base}/tandems`, label: 'sectionTandems' },
    { to: `${base}/events`, label: 'sectionEvents' },
    { to: `${base}/surveys`, label: 'sectionSurveys' },
  ];
}

export function CycleTabs({ cycleId }: { cycleId: string }) {
  const { account } = useSession();
  const { pathname } = useLocation();
  const t = useMessages(cyclesMessages);
  return (
    <nav className="tabs" aria-label={t('sectionsLabel')}>
      <ul>
        {cycleSections(cycleId, account.role).map((s) => (
          <li key={s.to}>
            <Link to={s.to} aria-current={pathname === s.to ? 'page' : undefined}>
              {t(s.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type CycleSectionProps = {
  cycleId: string;
  /** The section's name, in the reader's language: the page's title reads "<section>: <cycle>". */
  section: string;
  intro?: ReactNode;
  children: (cycle: Cycle) => ReactNode;
};

/** A page about one part of a cycle: the cycle's name as context, the section tabs, then the content. */
export function CycleSection({ cycleId, section, intro, children }: CycleSectionProps) {
  const t = useMessages(cyclesMessages);
  const cycle = useResource(`cycle-${cycleId}`, (signal) => getCycle(cycleId, signal));
  return (
    <Loaded resource={cycle} loading={t('loadingCycle')}>
      {(c) => (
        <Page title={t('sectionTitle', { section, cycle: c.name })} intro={intro}>
          <CycleTabs cycleId={cycleId} />
          {children(c)}
        </Page>
      )}
    </Loaded>
  );
}
