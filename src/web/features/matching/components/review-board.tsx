import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type CriterionName,
  criteria,
  criterionLabels,
  type Draft,
  type Proposal,
} from '../../../../shared/contract/matching.ts';
import { errorMessage } from '../../../lib/api.ts';
import { plural } from '../../../lib/format.ts';
import { SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { VirtualList } from '../../../lib/ui/virtual-list.tsx';
import { publishDraft, sendDraftForApproval } from '../api/matching.ts';
import { approvalLabels, draftStatusLabels, formatScore, sourceLabels } from './draft-labels.ts';
import { HandAssign } from './hand-assign.tsx';
import { useDraftAction } from './use-draft-action.ts';

type Sort = 'score-desc' | 'score-asc' | 'mentee' | 'mentor' | `criterion-${CriterionName}`;

const sortOptions = [
  { value: 'score-desc', label: 'Score, highest first' },
  { value: 'score-asc', label: 'Score, lowest first' },
  { value: 'mentee', label: 'Mentee name' },
  { value: 'mentor', label: 'Mentor name' },
  ...criteria.map((c) => ({ value: `criterion-${c}`, label: `${criterionLabels[c]}, lowest first` })),
];

const approvalOptions = [
  { value: 'pending', label: 'Awaiting approval' },
  { value: 'approved', label: 'Approved' },
  { value: 'change_requested', label: 'Change requested' },
  { value: 'rule_breaks', label: 'Breaking a rule' },
  { value: 'pinned', label: 'Pinned' },
];

type Filters = { q: string; organisationId: string; state: string; sort: Sort };

function points(p: Proposal, criterion: CriterionName): number {
  return p.contributions.find((c) => c.criterion === criterion)?.points ?? 0;
}

/** Filtering and sorting in one pass over the list; memoised by the caller on (proposals, filters). */
export function filterProposals(proposals: readonly Proposal[], pinned: Set<string>, f: Filters): Proposal[] {
  const q = f.q.trim().toLowerCase();
  const list = proposals.filter(
    (p) =>
      (!q || p.menteeName.toLowerCase().includes(q) || p.mentorName.toLowerCase().includes(q)) &&
      (!f.organisationId ||
        p.menteeOrganisationId === f.organisationId ||
        p.mentorOrganisationId === f.organisationId) &&
      (!f.state ||
        (f.state === 'rule_breaks'
          ? p.ruleBreaks.length > 0
          : f.state === 'pinned'
            ? pinned.has(p.menteeId)
            : p.approval === f.state)),
  );
  const byName = (a: string, b: string) => a.localeCompare(b);
  if (f.sort === 'score-desc') list.sort((a, b) => b.score - a.score || byName(a.menteeName, b.menteeName));
  else if (f.sort === 'score-asc')
    list.sort((a, b) => a.score - b.score || byName(a.menteeName, b.menteeName));
  else if (f.sort === 'mentee') list.sort((a, b) => byName(a.menteeName, b.menteeName));
  else if (f.sort === 'mentor') list.sort((a, b) => byName(a.mentorName, b.mentorName));
  else {
    const criterion = f.sort.slice('criterion-'.length) as CriterionName;
    list.sort((a, b) => points(a, criterion) - points(b, criterion) || b.score - a.score);
  }
  return list;
}

/** Phones get taller rows: the row's parts stack instead of sitting side by side. */
function useNarrowScreen(): boolean {
  const query = '(max-width: 40rem)';
  const [narrow, setNarrow] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  );
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const change = () => setNarrow(list.matches);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, []);
  return narrow;
}

type ReviewBoardProps = {
  cycleId: string;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  reload: () => void;
};

/**
 * The coordinator's review board: every proposed tandem with its score and reasons, the mentees left
 * unmatched, and the actions that adjust the draft before it goes to the organisations.
 */
export function ReviewBoard({ cycleId, draft, onDraft, reload }: ReviewBoardProps) {
  const { run, busy, setBusy, notice, setNotice, fail } = useDraftAction(cycleId, draft, onDraft, reload);
  const [filters, setFilters] = useState<Filters>({
    q: '',
    organisationId: '',
    state: '',
    sort: 'score-desc',
  });
  // Typing in the search box stays responsive while a long list refilters in the background.
  const deferred = useDeferredValue(filters);
  const pinned = useMemo(() => new Set(draft.pins.map((p) => `${p.menteeId}`)), [draft.pins]);
  const visible = useMemo(
    () => filterProposals(draft.proposals, pinned, deferred),
    [draft.proposals, pinned, deferred],
  );
  const organisations = useMemo(() => {
    const names = new Map<string, string>();
    for (const p of draft.proposals) {
      names.set(p.menteeOrganisationId, p.menteeOrganisationName);
      names.set(p.mentorOrganisationId, p.mentorOrganisationName);
    }
    for (const u of draft.unmatched) names.set(u.organisationId, u.organisationName);
    return [...names]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [draft.proposals, draft.unmatched]);
  const narrow = useNarrowScreen();
  const [assignFor, setAssignFor] = useState<{ menteeId: string; request: number } | null>(null);
  // The hand-assign form lists every mentee and mentor; it is built only when someone wants it,
  // so a board of thousands of proposals appears at once.
  const [handOpen, setHandOpen] = useState(false);
  const assignHeading = useRef<HTMLHeadingElement>(null);
  const set = (key: keyof Filters) => (value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const editable = draft.status !== 'published';
  const filtered = filters.q || filters.organisationId || filters.state;

  const chooseMentorFor = (menteeId: string) => {
    setHandOpen(true);
    setAssignFor((a) => ({ menteeId, request: (a?.request ?? 0) + 1 }));
    // The form below is where the work continues; move there so keyboard users need not search.
    requestAnimationFrame(() => assignHeading.current?.focus());
  };

  const sendForApproval = async () => {
    setBusy(true);
    setNotice(null);
    try {
      onDraft(await sendDraftForApproval(cycleId, draft.version));
      setNotice({ kind: 'success', text: 'Sent to the organisations. Their contacts were mailed a link.' });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await publishDraft(cycleId, draft.version);
      setNotice({
        kind: 'success',
        text: `Published ${plural(result.published, 'tandem')}. ${result.remaining ? `${plural(result.remaining, 'proposal')} still wait for approval.` : 'Every proposal is published.'}`,
      });
      reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="board">
      <div className="board__status">
        <p>
          <span className={`badge badge--draft-${draft.status}`}>{draftStatusLabels[draft.status]}</span>{' '}
          {plural(draft.proposals.length, 'proposed tandem')}, {plural(draft.unmatched.length, 'mentee')}{' '}
          unmatched. <span className="muted">Draft version {draft.version}.</span>
        </p>
        <div className="button-row">
          {draft.status === 'editing' ? (
            <button
              type="button"
              className="button"
              disabled={busy || draft.proposals.length === 0}
              onClick={() => void sendForApproval()}
            >
              Send to approval
            </button>
          ) : null}
          {draft.status === 'in_approval' ? (
            <button type="button" className="button" disabled={busy} onClick={() => void publish()}>
              Publish approved tandems
            </button>
          ) : null}
          <button type="button" className="button button--secondary" disabled={busy} onClick={reload}>
            Reload
          </button>
        </div>
      </div>

      <div
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        className={notice ? `notice notice--${notice.kind}` : 'visually-hidden'}
      >
        {notice?.text}
      </div>

      {draft.status !== 'editing' && draft.approvalByOrganisation.length ? (
        <section aria-labelledby="approval-by-organisation">
          <h3 id="approval-by-organisation">Approval by organisation</h3>
          <TableRegion label="Approval by organisation">
            <table className="table table--compact table--stack">
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col" className="num">
                    Awaiting
                  </th>
                  <th scope="col" className="num">
                    Approved
                  </th>
                  <th scope="col" className="num">
                    Change requested
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.approvalByOrganisation.map((o) => (
                  <tr key={o.organisationId}>
                    <td>{o.organisationName}</td>
                    <td data-label="Awaiting" className="num">
                      {o.pending}
                    </td>
                    <td data-label="Approved" className="num">
                      {o.approved}
                    </td>
                    <td data-label="Change requested" className="num">
                      {o.changeRequested}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ) : null}

      <section aria-labelledby="proposals-heading">
        <h3 id="proposals-heading">Proposed tandems</h3>
        <search className="filters" aria-label="Filter proposals">
          <TextField name="q" label="Search names" type="search" value={filters.q} onChange={set('q')} />
          <SelectField
            name="organisationId"
            label="Organisation"
            emptyLabel="All organisations"
            options={organisations}
            value={filters.organisationId}
            onChange={set('organisationId')}
          />
          <SelectField
            name="state"
            label="Show"
            emptyLabel="All proposals"
            options={approvalOptions}
            value={filters.state}
            onChange={set('state')}
          />
          <SelectField
            name="sort"
            label="Sort by"
            options={sortOptions}
            value={filters.sort}
            onChange={set('sort')}
          />
        </search>
        <p role="status" className="list-toolbar__count">
          {filtered
            ? `${visible.length} of ${plural(draft.proposals.length, 'proposal')} shown.`
            : `${plural(draft.proposals.length, 'proposal')}.`}
        </p>
        {visible.length === 0 ? (
          <Empty>
            <p>
              {draft.proposals.length
                ? 'No proposal matches these filters.'
                : 'No proposals yet. Run the matching to fill the draft.'}
            </p>
          </Empty>
        ) : (
          <VirtualList
            label="Proposed tandems"
            items={visible}
            rowHeight={narrow ? 260 : 132}
            height={narrow ? 520 : 528}
            getKey={(p) => p.menteeId}
            renderRow={(p) => (
              <ProposalRow
                proposal={p}
                showApproval={draft.status !== 'editing'}
                pinned={pinned.has(p.menteeId)}
                disabled={busy || !editable}
                onPin={() =>
                  void run(
                    {
                      type: pinned.has(p.menteeId) ? 'unpin' : 'pin',
                      menteeId: p.menteeId,
                      mentorId: p.mentorId,
                    },
                    pinned.has(p.menteeId)
                      ? `Unpinned ${p.menteeName} and ${p.mentorName}.`
                      : `Pinned ${p.menteeName} to ${p.mentorName}; re-runs keep this pair.`,
                  )
                }
                onForbid={() =>
                  void run(
                    { type: 'forbid', menteeId: p.menteeId, mentorId: p.mentorId },
                    `${p.menteeName} and ${p.mentorName} will not be paired again.`,
                  )
                }
                onUnassign={() =>
                  void run({ type: 'unassign', menteeId: p.menteeId }, `${p.menteeName} is unmatched now.`)
                }
                onChoose={() => chooseMentorFor(p.menteeId)}
              />
            )}
          />
        )}
      </section>

      <section aria-labelledby="unmatched-heading">
        <h3 id="unmatched-heading">Unmatched mentees</h3>
        {draft.unmatched.length === 0 ? (
          <p className="muted">Every mentee has a proposed mentor.</p>
        ) : (
          <TableRegion label="Unmatched mentees">
            <table className="table table--compact table--stack">
              <thead>
                <tr>
                  <th scope="col">Mentee</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Why unmatched</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draft.unmatched.map((u) => (
                  <tr key={u.menteeId}>
                    <td>{u.name}</td>
                    <td data-label="Organisation">{u.organisationName}</td>
                    <td data-label="Why unmatched">
                      {u.reasons.join('; ') || 'No mentor left within the rules.'}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={busy || !editable}
                        onClick={() => chooseMentorFor(u.menteeId)}
                      >
                        Choose a mentor<span className="visually-hidden"> for {u.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>

      {editable ? (
        <section aria-labelledby="assign-heading" className="panel">
          <h3 id="assign-heading" ref={assignHeading} tabIndex={-1}>
            Assign or swap by hand
          </h3>
          {handOpen ? (
            <HandAssign
              key={assignFor ? `${assignFor.menteeId}-${assignFor.request}` : 'none'}
              cycleId={cycleId}
              draft={draft}
              initialMenteeId={assignFor?.menteeId ?? ''}
              busy={busy}
              run={run}
              onError={(error) => setNotice({ kind: 'error', text: errorMessage(error) })}
            />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setHandOpen(true)}>
              Assign or swap by hand…
            </button>
          )}
        </section>
      ) : null}

      <ForbiddenPairs draft={draft} disabled={busy || !editable} run={run} />
      <MentorLoad draft={draft} />
    </div>
  );
}

type ProposalRowProps = {
  proposal: Proposal;
  /** Approval states mean something only once the draft is with the organisations. */
  showApproval: boolean;
  pinned: boolean;
  disabled: boolean;
  onPin: () => void;
  onForbid: () => void;
  onUnassign: () => void;
  onChoose: () => void;
};

function ProposalRow({
  proposal: p,
  showApproval,
  pinned,
  disabled,
  onPin,
  onForbid,
  onUnassign,
  onChoose,
}: ProposalRowProps) {
  const headingId = useId();
  const pair = `${p.menteeName} and ${p.mentorName}`;
  return (
    <article className="proposal" aria-labelledby={headingId}>
      <div className="proposal__pair">
        <h4 id={headingId} className="proposal__names">
          {p.menteeName} <span aria-hidden="true">→</span>
          <span className="visually-hidden"> with mentor </span> {p.mentorName}
        </h4>
        <p className="proposal__orgs muted">
          {p.menteeOrganisationName} → {p.mentorOrganisationName}
        </p>
        <p className="proposal__reasons">
          {p.reasons.slice(0, 3).join(' · ') || 'No particular reason given.'}
        </p>
        <p className="proposal__badges">
          {pinned ? <span className="badge badge--pinned">Pinned</span> : null}
          {p.source === 'hand' ? <span className="badge">{sourceLabels.hand}</span> : null}
          {p.ruleBreaks.length ? (
            <span className="badge badge--warning">Breaks: {p.ruleBreaks.join('; ')}</span>
          ) : null}
          {showApproval ? (
            <span className={`badge badge--approval-${p.approval}`}>{approvalLabels[p.approval]}</span>
          ) : null}
          {p.approvalComment ? <span className="proposal__comment">“{p.approvalComment}”</span> : null}
        </p>
      </div>
      <p className="proposal__score">
        <span className="visually-hidden">Score </span>
        {formatScore(p.score)}
      </p>
      <div className="proposal__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={onPin}
        >
          {pinned ? 'Unpin' : 'Pin'}
          <span className="visually-hidden"> {pair}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={onChoose}
        >
          Change mentor<span className="visually-hidden"> for {p.menteeName}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          onClick={onUnassign}
        >
          Unassign<span className="visually-hidden"> {pair}</span>
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          disabled={disabled}
          onClick={onForbid}
        >
          Forbid<span className="visually-hidden"> {pair}</span>
        </button>
      </div>
    </article>
  );
}

type RunAction = ReturnType<typeof useDraftAction>['run'];

function ForbiddenPairs({ draft, disabled, run }: { draft: Draft; disabled: boolean; run: RunAction }) {
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of draft.proposals) m.set(p.menteeId, p.menteeName);
    for (const u of draft.unmatched) m.set(u.menteeId, u.name);
    for (const x of draft.mentors) m.set(x.mentorId, x.name);
    return m;
  }, [draft]);
  return (
    <section aria-labelledby="forbidden-heading">
      <h3 id="forbidden-heading">Forbidden pairs</h3>
      {draft.forbidden.length === 0 ? (
        <p className="muted">None. Forbidding a proposed pair keeps the engine from proposing it again.</p>
      ) : (
        <ul className="plain-list">
          {draft.forbidden.map((f) => {
            const pair = `${names.get(f.menteeId) ?? 'Mentee'} and ${names.get(f.mentorId) ?? 'mentor'}`;
            return (
              <li key={`${f.menteeId}-${f.mentorId}`} className="button-row">
                <span>{pair}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={disabled}
                  onClick={() =>
                    void run(
                      { type: 'unforbid', menteeId: f.menteeId, mentorId: f.mentorId },
                      `${pair} may be paired again.`,
                    )
                  }
                >
                  Allow again<span className="visually-hidden"> {pair}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function MentorLoad({ draft }: { draft: Draft }) {
  const [open, setOpen] = useState(false);
  const free = draft.mentors.reduce((n, m) => n + Math.max(0, m.capacity - m.used), 0);
  return (
    <section aria-labelledby="mentors-heading">
      <h3 id="mentors-heading">Mentors</h3>
      <p>
        {plural(draft.mentors.length, 'mentor')}, {plural(free, 'free place')}.{' '}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide mentors' : 'Show mentors'}
        </button>
      </p>
      {open ? (
        <TableRegion label="Mentors and their capacity">
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Organisation</th>
                <th scope="col" className="num">
                  Used of capacity
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.mentors.map((m) => (
                <tr key={m.mentorId}>
                  <td>{m.name}</td>
                  <td data-label="Organisation">{m.organisationName}</td>
                  <td data-label="Used of capacity" className="num">
                    {m.used} of {m.capacity}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
