import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { approvalViewSchema } from '../../shared/contract/matching.ts';
import type { Tandem } from '../../shared/contract/tandems.ts';
import { TandemAgreementAndGoals } from '../features/agreements/components/tandem-agreement.tsx';
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
import { Link, navigate } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

export function CycleMatchingPage({ id }: { id: string }) {
  return (
    <CycleSection
      cycleId={id}
      section="Matching"
      intro={
        <p>
          Run the matching engine, review the proposed tandems, adjust them, send them to the organisations
          for approval and publish.
        </p>
      }
    >
      {() => <MatchingWorkspace cycleId={id} />}
    </CycleSection>
  );
}

export function CycleTandemsPage({ id }: { id: string }) {
  const tandems = useResource(`tandems-${id}`, (signal) => listTandems(id, signal));
  return (
    <CycleSection cycleId={id} section="Tandems">
      {() => (
        <>
          <TandemHealthSection cycleId={id} />
          <h2>All tandems</h2>
          <Loaded resource={tandems} loading="Loading tandems…">
            {(list) => <TandemList tandems={list} />}
          </Loaded>
        </>
      )}
    </CycleSection>
  );
}

type ApprovalView = z.infer<typeof approvalViewSchema>;

/** The organisation contact's approval of the proposals for their own mentees (the outbox mail links here). */
export function ApprovalPage({ cycleId }: { cycleId: string }) {
  const loaded = useResource(`approval-${cycleId}`, (signal) => getApproval(cycleId, signal));
  const [view, setView] = useState<ApprovalView | undefined>(undefined);
  useEffect(() => setView(loaded.data), [loaded.data]);
  return (
    <CycleSection
      cycleId={cycleId}
      section="Approvals"
      intro={<p>Approve the mentor proposed for each of your mentees, or say what should change.</p>}
    >
      {() => (
        <Loaded resource={loaded} loading="Loading the proposals…">
          {(data) => <ApprovalList view={view ?? data} onChange={setView} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

/** The contact's entry to their cycles' approvals and profile status. */
export function ApprovalsPage() {
  const cycles = useResource('cycles', (signal) => listCycles(signal));
  return (
    <Page
      title="Approvals"
      intro={<p>Proposed tandems for your mentees, per cycle, and who has not finished their profile.</p>}
    >
      <Loaded resource={cycles} loading="Loading cycles…">
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
                      <Link to={`/approval/${c.id}`}>Approve proposals</Link> ·{' '}
                      <Link to={`/cycles/${c.id}/profiles`}>Profile status</Link> ·{' '}
                      <Link to={`/cycles/${c.id}/tandems`}>Tandems</Link>
                    </span>
                  </li>
                ))}
            </ul>
          ) : (
            <Empty>Your organisation does not take part in a cycle yet.</Empty>
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
  const loaded = useResource(`tandem-${id}`, (signal) => getTandem(id, signal));
  const [replaced, setReplaced] = useState<Tandem | null>(null);
  return (
    <Loaded resource={loaded} loading="Loading the tandem…">
      {(loadedTandem) => {
        const tandem = replaced?.id === loadedTandem.id ? replaced : loadedTandem;
        // Only the tandem's two members see it from a side; they alone have its space.
        const member = tandem.viewerSide !== null;
        const title = member ? 'My tandem' : `Tandem: ${tandem.mentee.name} and ${tandem.mentor.name}`;
        return (
          <Page title={title} intro={<p>{tandem.cycleName}</p>}>
            <p>
              {member ? (
                <Link to="/my-programme">← My programme</Link>
              ) : (
                <Link to={`/cycles/${tandem.cycleId}/tandems`}>← Tandems of {tandem.cycleName}</Link>
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
