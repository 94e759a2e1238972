import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { approvalViewSchema } from '../../shared/contract/matching.ts';
import type { Tandem } from '../../shared/contract/tandems.ts';
import { approvalsMessages } from '../../shared/i18n/approvals.ts';
import { matchingMessages } from '../../shared/i18n/matching.ts';
import { tandemsMessages } from '../../shared/i18n/tandems.ts';
import { TandemAgreementAndGoals } from '../features/agreements/components/tandem-agreement.tsx';
import { CycleCertificates } from '../features/certificates/components/cycle-certificates.tsx';
import { listCycles } from '../features/cycles/api/cycles.ts';
import { getApproval } from '../features/matching/api/matching.ts';
import { ApprovalList } from '../features/matching/components/approval-list.tsx';
import { MatchingWorkspace } from '../features/matching/components/matching-workspace.tsx';
import { MeetingsPanel } from '../features/meetings/components/meetings-panel.tsx';
import { TandemHealthSection } from '../features/reminders/components/tandem-health.tsx';
import { getTandem, listTandems } from '../features/tandems/api/tandems.ts';
import { DissolveAndRematch } from '../features/tandems/components/dissolve-tandem.tsx';
import { TandemList } from '../features/tandems/components/tandem-list.tsx';
import { TandemView } from '../features/tandems/components/tandem-view.tsx';
import { TandemsCsvExport } from '../features/tandems/components/tandems-csv-export.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

export function CycleMatchingPage({ id }: { id: string }) {
  const t = useMessages(matchingMessages);
  return (
    <CycleSection cycleId={id} section={t('sectionTitle')} intro={<p>{t('pageIntro')}</p>}>
      {() => <MatchingWorkspace cycleId={id} />}
    </CycleSection>
  );
}

export function CycleTandemsPage({ id }: { id: string }) {
  const t = useMessages(tandemsMessages);
  const tandems = useResource(`tandems-${id}`, (signal) => listTandems(id, signal));
  return (
    <CycleSection cycleId={id} section={t('sectionTitle')}>
      {() => (
        <>
          <TandemHealthSection cycleId={id} />
          <h2>{t('allTandems')}</h2>
          <TandemsCsvExport cycleId={id} />
          <Loaded resource={tandems} loading={t('loadingTandems')}>
            {(list) => <TandemList tandems={list} />}
          </Loaded>
          <CycleCertificates cycleId={id} />
        </>
      )}
    </CycleSection>
  );
}

type ApprovalView = z.infer<typeof approvalViewSchema>;

/** The organisation contact's approval of the proposals for their own mentees (the outbox mail links here). */
export function ApprovalPage({ cycleId }: { cycleId: string }) {
  const t = useMessages(approvalsMessages);
  const loaded = useResource(`approval-${cycleId}`, (signal) => getApproval(cycleId, signal));
  const [view, setView] = useState<ApprovalView | undefined>(undefined);
  useEffect(() => setView(loaded.data), [loaded.data]);
  return (
    <CycleSection cycleId={cycleId} section={t('title')} intro={<p>{t('pageIntro')}</p>}>
      {() => (
        <Loaded resource={loaded} loading={t('loadingProposals')}>
          {(data) => <ApprovalList view={view ?? data} onChange={setView} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

/** The contact's entry to their cycles' approvals and profile status. */
export function ApprovalsPage() {
  const t = useMessages(approvalsMessages);
  const cycles = useResource('cycles', (signal) => listCycles(signal));
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <Loaded resource={cycles} loading={t('loadingCycles')}>
        {(list) =>
          list.length ? (
            <ul className="plain-list">
              {[...list]
                .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
                .map((c) => (
                  <li key={c.id}>
                    {/* The list item lays out its children with a gap, so name and links are two items. */}
                    <strong>{c.name}</strong>
                    <span>
                      <Link to={`/approval/${c.id}`}>{t('approveProposals')}</Link> ·{' '}
                      <Link to={`/cycles/${c.id}/profiles`}>{t('profileStatus')}</Link> ·{' '}
                      <Link to={`/cycles/${c.id}/tandems`}>{t('tandems')}</Link>
                    </span>
                  </li>
                ))}
            </ul>
          ) : (
            <Empty>{t('noCycle')}</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}

/**
 * A tandem: a welcome page and their own space for its mentor and mentee, a record for staff, with
 * the actions the server offers (the coordinator dissolves it and re-matches its mentee).
 */
export function TandemPage({ id }: { id: string }) {
  const t = useMessages(tandemsMessages);
  const loaded = useResource(`tandem-${id}`, (signal) => getTandem(id, signal));
  const [replaced, setReplaced] = useState<Tandem | null>(null);
  return (
    <Loaded resource={loaded} loading={t('loadingTandem')}>
      {(loadedTandem) => {
        const tandem = replaced?.id === loadedTandem.id ? replaced : loadedTandem;
        // Only the tandem's two members see it from a side; they alone have its space.
        const member = tandem.viewerSide !== null;
        const title = member
          ? t('myTandem')
          : t('tandemTitle', { mentee: tandem.mentee.name, mentor: tandem.mentor.name });
        return (
          <Page title={title} intro={<p>{tandem.cycleName}</p>}>
            <p>
              {member ? (
                <Link to="/my-programme">{t('backToProgramme')}</Link>
              ) : (
                <Link to={`/cycles/${tandem.cycleId}/tandems`}>
                  {t('backToTandems', { cycle: tandem.cycleName })}
                </Link>
              )}
            </p>
            <TandemView tandem={tandem} />
            {member ? (
              <TandemAgreementAndGoals tandemId={tandem.id} ended={tandem.status === 'dissolved'} />
            ) : null}
            {member ? <MeetingsPanel tandemId={tandem.id} readOnly={tandem.status !== 'active'} /> : null}
            <DissolveAndRematch
              tandem={tandem}
              onChanged={(next) => {
                if (next && next.id !== tandem.id) {
                  setReplaced(null);
                  navigate(`/tandems/${next.id}`);
                } else if (next) setReplaced(next);
              }}
            />
          </Page>
        );
      }}
    </Loaded>
  );
}
