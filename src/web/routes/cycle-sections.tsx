import type { ReactNode } from 'react';
import type { Cycle } from '../../shared/contract/cycles.ts';
import { getCycle } from '../features/cycles/api/cycles.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/** The parts of a cycle each role works on; each is its own page under `/cycles/:id`. */
export function cycleSections(cycleId: string, role: string): { to: string; label: string }[] {
  const base = `/cycles/${cycleId}`;
  if (role === 'coordinator') {
    return [
      { to: base, label: 'Overview' },
      { to: `${base}/questionnaire`, label: 'Questionnaire' },
      { to: `${base}/profiles`, label: 'Profile status' },
      { to: `${base}/rules`, label: 'Rules & pre-flight' },
      { to: `${base}/matching`, label: 'Matching' },
      { to: `${base}/tandems`, label: 'Tandems' },
      { to: `${base}/surveys`, label: 'Surveys' },
    ];
  }
  return [
    { to: base, label: 'Overview' },
    { to: `${base}/profiles`, label: 'Profile status' },
    { to: `/approval/${cycleId}`, label: 'Approvals' },
    { to: `${base}/tandems`, label: 'Tandems' },
    { to: `${base}/surveys`, label: 'Surveys' },
  ];
}

export function CycleTabs({ cycleId }: { cycleId: string }) {
  const { account } = useSession();
  const { pathname } = useLocation();
  return (
    <nav className="tabs" aria-label="Cycle sections">
      <ul>
        {cycleSections(cycleId, account.role).map((s) => (
          <li key={s.to}>
            <Link to={s.to} aria-current={pathname === s.to ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type CycleSectionProps = {
  cycleId: string;
  section: string;
  intro?: ReactNode;
  children: (cycle: Cycle) => ReactNode;
};

/** A page about one part of a cycle: the cycle's name as context, the section tabs, then the content. */
export function CycleSection({ cycleId, section, intro, children }: CycleSectionProps) {
  const cycle = useResource(`cycle-${cycleId}`, (signal) => getCycle(cycleId, signal));
  return (
    <Loaded resource={cycle} loading="Loading the cycle…">
      {(c) => (
        <Page title={`${section}: ${c.name}`} intro={intro}>
          <CycleTabs cycleId={cycleId} />
          {children(c)}
        </Page>
      )}
    </Loaded>
  );
}
