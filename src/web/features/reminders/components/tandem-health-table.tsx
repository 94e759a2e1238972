import { useState } from 'react';
import type { TandemHealth, TandemHealthList } from '../../../../shared/contract/reminders.ts';
import { surveyKindLabels } from '../../../../shared/contract/surveys.ts';
import { formatDate, plural } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { CheckboxField, SelectField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

const sortOptions = [
  { value: 'attention', label: 'Needs attention first' },
  { value: 'mentee', label: 'Mentee name' },
  { value: 'behind', label: 'Most meetings behind' },
  { value: 'goals', label: 'Lowest goal progress' },
] as const;
type SortKey = (typeof sortOptions)[number]['value'];

const attention = (h: TandemHealth) => (h.status !== 'active' ? 3 : h.inactive ? 0 : h.overdue ? 1 : 2);
const behind = (h: TandemHealth) => h.meetingsExpected - h.meetingsHeld;
const byName = (a: TandemHealth, b: TandemHealth) => a.mentee.name.localeCompare(b.mentee.name);

const comparators: Record<SortKey, (a: TandemHealth, b: TandemHealth) => number> = {
  attention: (a, b) =>
    attention(a) - attention(b) || (b.daysSinceActivity ?? -1) - (a.daysSinceActivity ?? -1) || byName(a, b),
  mentee: byName,
  behind: (a, b) => behind(b) - behind(a) || byName(a, b),
  goals: (a, b) => (a.goals.percentAchieved ?? -1) - (b.goals.percentAchieved ?? -1) || byName(a, b),
};

function StatusCell({ health }: { health: TandemHealth }) {
  if (health.status === 'dissolved') return <span className="badge badge--closed">Dissolved</span>;
  if (health.inactive) return <span className="badge badge--warning">Inactive</span>;
  if (health.overdue) return <span className="badge badge--pending">Meeting overdue</span>;
  return <span className="badge badge--open">Active</span>;
}

function AgreementCell({ agreement }: { agreement: TandemHealth['agreement'] }) {
  switch (agreement.state) {
    case 'none':
      return <span className="muted">Not written yet</span>;
    case 'draft':
      return <>Draft, not signed</>;
    case 'signed_by_one':
      return <>Signed by one</>;
    case 'signed':
      return <>Signed{agreement.signedAt ? ` ${formatDate(agreement.signedAt)}` : ''}</>;
  }
}

function GoalsCell({ goals }: { goals: TandemHealth['goals'] }) {
  const parts = [
    [goals.achieved, 'achieved'],
    [goals.onTrack, 'on track'],
    [goals.atRisk, 'at risk'],
    [goals.notStarted, 'not started'],
    [goals.dropped, 'dropped'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0);
  if (!shown.length) return <span className="muted">No goals yet</span>;
  return (
    <>
      {goals.percentAchieved === null ? 'None pursued' : `${goals.percentAchieved}% achieved`}
      <br />
      <span className="muted">{shown.map(([n, label]) => `${n} ${label}`).join(' · ')}</span>
    </>
  );
}

function SurveyCell({ surveys }: { surveys: TandemHealth['surveys'] }) {
  const side = (label: string, s: TandemHealth['surveys']['mentee']) =>
    s ? `${label}: ${surveyKindLabels[s.kind]} ${s.done ? 'answered' : 'not answered'}` : null;
  const lines = [side('Mentee', surveys.mentee), side('Mentor', surveys.mentor)].filter(Boolean);
  if (!lines.length) return <span className="muted">No survey open yet</span>;
  // One line per side that may wrap between words: kept on one line, it was cut off at 1280 px.
  return (
    <>
      {lines.map((l) => (
        <span key={l} className="cell-line">
          {l}
        </span>
      ))}
    </>
  );
}

/**
 * Health at a glance for staff: agreement, meetings held against the cadence, goal progress, surveys
 * and the overdue/inactive flags. It shows figures only; what the tandem writes stays with the tandem.
 */
export function TandemHealthTable({ list }: { list: TandemHealthList }) {
  const [onlyInactive, setOnlyInactive] = useState(false);
  const [sort, setSort] = useState<SortKey>('attention');
  const all = list.tandems;
  if (!all.length) return <Empty>No tandems are published in this cycle yet.</Empty>;
  const inactive = all.filter((h) => h.inactive).length;
  const overdue = all.filter((h) => h.overdue && !h.inactive).length;
  const shown = [...(onlyInactive ? all.filter((h) => h.inactive) : all)].sort(comparators[sort]);

  return (
    <>
      <search className="filters" aria-label="Filter and sort tandems">
        <CheckboxField
          name="onlyInactive"
          label="Only inactive tandems"
          checked={onlyInactive}
          onChange={setOnlyInactive}
        />
        <SelectField
          name="sort"
          label="Sort by"
          value={sort}
          onChange={(v) => setSort(v as SortKey)}
          options={sortOptions}
        />
      </search>
      <p className="list-toolbar__count" role="status">
        {plural(all.length, 'tandem')}: {inactive} inactive, {overdue} with a meeting overdue.
        {list.cycleStatus !== 'running' ? ' Flags are set only while the cycle is running.' : ''}
      </p>
      {shown.length ? (
        <TableRegion label="Tandem health">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">Tandem</th>
                <th scope="col">Status</th>
                <th scope="col">Agreement</th>
                <th scope="col">Meetings</th>
                <th scope="col">Last meeting</th>
                <th scope="col">Next meeting</th>
                <th scope="col">Goals</th>
                <th scope="col">Survey</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((h) => (
                <tr key={h.tandemId}>
                  <td>
                    <Link to={`/tandems/${h.tandemId}`}>{h.mentee.name}</Link>
                    <span className="muted"> · {h.mentee.organisationName}</span>
                    <br />
                    with {h.mentor.name}
                    <span className="muted"> · {h.mentor.organisationName}</span>
                  </td>
                  <td data-label="Status">
                    <StatusCell health={h} />
                  </td>
                  <td data-label="Agreement">
                    <AgreementCell agreement={h.agreement} />
                  </td>
                  <td data-label="Meetings">
                    {h.meetingsHeld} of {h.meetingsExpected} expected
                    <br />
                    <span className="muted">every {h.cadenceDays} days</span>
                  </td>
                  <td data-label="Last meeting">
                    {h.lastMeetingAt ? formatDate(h.lastMeetingAt) : <span className="muted">None yet</span>}
                    {h.daysSinceActivity !== null ? (
                      <>
                        <br />
                        <span className="muted">
                          {plural(h.daysSinceActivity, 'day')} since {h.lastMeetingAt ? 'it' : 'the start'}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Next meeting">
                    {h.nextMeetingAt ? (
                      formatDate(h.nextMeetingAt)
                    ) : (
                      <span className="muted">None planned</span>
                    )}
                  </td>
                  <td data-label="Goals">
                    <GoalsCell goals={h.goals} />
                  </td>
                  <td data-label="Survey">
                    <SurveyCell surveys={h.surveys} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <Empty>No tandem is inactive: every active tandem has met or planned a meeting recently.</Empty>
      )}
    </>
  );
}
