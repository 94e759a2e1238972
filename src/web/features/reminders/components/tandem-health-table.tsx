import { useState } from 'react';
import type { TandemHealth, TandemHealthList } from '../../../../shared/contract/reminders.ts';
import { formatPercent, formatRelativeDays } from '../../../../shared/i18n/formats.ts';
import { tandemHealthMessages } from '../../../../shared/i18n/tandem-health.ts';
import { formatDate, surveyKindLabel } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { CheckboxField, SelectField } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

const sortKeys = {
  attention: 'sortAttention',
  mentee: 'sortMentee',
  behind: 'sortBehind',
  goals: 'sortGoals',
} as const;
type SortKey = keyof typeof sortKeys;

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
  const t = useMessages(tandemHealthMessages);
  if (health.status === 'dissolved')
    return <span className="badge badge--closed">{t('statusDissolved')}</span>;
  if (health.inactive) return <span className="badge badge--warning">{t('statusInactive')}</span>;
  if (health.overdue) return <span className="badge badge--pending">{t('statusOverdue')}</span>;
  return <span className="badge badge--open">{t('statusActive')}</span>;
}

function AgreementCell({ agreement }: { agreement: TandemHealth['agreement'] }) {
  const t = useMessages(tandemHealthMessages);
  switch (agreement.state) {
    case 'none':
      return <span className="muted">{t('agreementNone')}</span>;
    case 'draft':
      return <>{t('agreementDraft')}</>;
    case 'signed_by_one':
      return <>{t('agreementSignedByOne')}</>;
    case 'signed':
      return (
        <>
          {agreement.signedAt
            ? t('agreementSignedOn', { date: formatDate(agreement.signedAt) })
            : t('agreementSigned')}
        </>
      );
  }
}

function GoalsCell({ goals }: { goals: TandemHealth['goals'] }) {
  const t = useMessages(tandemHealthMessages);
  const { language } = useLanguage();
  const parts = [
    [goals.achieved, 'goalsAchieved'],
    [goals.onTrack, 'goalsOnTrack'],
    [goals.atRisk, 'goalsAtRisk'],
    [goals.notStarted, 'goalsNotStarted'],
    [goals.dropped, 'goalsDropped'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0);
  if (!shown.length) return <span className="muted">{t('noGoals')}</span>;
  return (
    <>
      {goals.percentAchieved === null
        ? t('nonePursued')
        : t('percentAchieved', { percent: formatPercent(language, goals.percentAchieved / 100) })}
      <br />
      <span className="muted">{shown.map(([count, key]) => t(key, { count })).join(' · ')}</span>
    </>
  );
}

function SurveyCell({ surveys }: { surveys: TandemHealth['surveys'] }) {
  const t = useMessages(tandemHealthMessages);
  const side = (role: 'mentee' | 'mentor', s: TandemHealth['surveys']['mentee']) =>
    s ? t('surveySide', { role, kind: surveyKindLabel(s.kind), done: s.done ? 'yes' : 'no' }) : null;
  const lines = [side('mentee', surveys.mentee), side('mentor', surveys.mentor)].filter(Boolean);
  if (!lines.length) return <span className="muted">{t('noSurveyOpen')}</span>;
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
  const t = useMessages(tandemHealthMessages);
  const { language } = useLanguage();
  const [onlyInactive, setOnlyInactive] = useState(false);
  const [sort, setSort] = useState<SortKey>('attention');
  const all = list.tandems;
  if (!all.length) return <Empty>{t('noTandems')}</Empty>;
  const inactive = all.filter((h) => h.inactive).length;
  const overdue = all.filter((h) => h.overdue && !h.inactive).length;
  const shown = [...(onlyInactive ? all.filter((h) => h.inactive) : all)].sort(comparators[sort]);

  return (
    <>
      <search className="filters" aria-label={t('filters')}>
        <CheckboxField
          name="onlyInactive"
          label={t('onlyInactive')}
          checked={onlyInactive}
          onChange={setOnlyInactive}
        />
        <SelectField
          name="sort"
          label={t('sortBy')}
          value={sort}
          onChange={(v) => setSort(v as SortKey)}
          options={Object.entries(sortKeys).map(([value, key]) => ({ value, label: t(key) }))}
        />
      </search>
      <p className="list-toolbar__count" role="status">
        {t('summary', { count: all.length, inactive, overdue })}
        {list.cycleStatus !== 'running' ? ` ${t('flagsWhileRunning')}` : ''}
      </p>
      {shown.length ? (
        <TableRegion label={t('tableLabel')}>
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('columnTandem')}</th>
                <th scope="col">{t('columnStatus')}</th>
                <th scope="col">{t('columnAgreement')}</th>
                <th scope="col">{t('columnMeetings')}</th>
                <th scope="col">{t('columnLastMeeting')}</th>
                <th scope="col">{t('columnNextMeeting')}</th>
                <th scope="col">{t('columnGoals')}</th>
                <th scope="col">{t('columnSurvey')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((h) => (
                <tr key={h.tandemId}>
                  <td>
                    <Link to={`/tandems/${h.tandemId}`}>{h.mentee.name}</Link>
                    <span className="muted"> · {h.mentee.organisationName}</span>
                    <br />
                    {t('withMentor', { name: h.mentor.name })}
                    <span className="muted"> · {h.mentor.organisationName}</span>
                  </td>
                  <td data-label={t('columnStatus')}>
                    <StatusCell health={h} />
                  </td>
                  <td data-label={t('columnAgreement')}>
                    <AgreementCell agreement={h.agreement} />
                  </td>
                  <td data-label={t('columnMeetings')}>
                    {t('meetingsHeld', { held: h.meetingsHeld, expected: h.meetingsExpected })}
                    <br />
                    <span className="muted">{t('cadence', { days: h.cadenceDays })}</span>
                  </td>
                  <td data-label={t('columnLastMeeting')}>
                    {h.lastMeetingAt ? (
                      formatDate(h.lastMeetingAt)
                    ) : (
                      <span className="muted">{t('noneYet')}</span>
                    )}
                    {h.daysSinceActivity !== null ? (
                      <>
                        <br />
                        <span className="muted">
                          {h.lastMeetingAt
                            ? formatRelativeDays(language, -h.daysSinceActivity)
                            : t('sinceStart', { days: h.daysSinceActivity })}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('columnNextMeeting')}>
                    {h.nextMeetingAt ? (
                      formatDate(h.nextMeetingAt)
                    ) : (
                      <span className="muted">{t('nonePlanned')}</span>
                    )}
                  </td>
                  <td data-label={t('columnGoals')}>
                    <GoalsCell goals={h.goals} />
                  </td>
                  <td data-label={t('columnSurvey')}>
                    <SurveyCell surveys={h.surveys} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <Empty>{t('noneInactive')}</Empty>
      )}
    </>
  );
}
