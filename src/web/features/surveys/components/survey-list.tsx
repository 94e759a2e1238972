import type { ReactNode } from 'react';
import type { Survey, SurveyStatus } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { formatDate, participantRolePlural } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useSurveyLabels } from './survey-labels.ts';
import { SurveyStateActions } from './survey-state-actions.tsx';

const statusBadge: Record<SurveyStatus, string> = {
  upcoming: 'badge badge--pending',
  open: 'badge badge--open',
  closed: 'badge badge--closed',
};

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const labels = useSurveyLabels();
  return <span className={statusBadge[status]}>{labels.status(status)}</span>;
}

type Props = {
  surveys: readonly Survey[];
  /** A survey was closed, extended or reopened: the list loads it as saved. */
  onChanged?: (survey: Survey) => void;
};

/**
 * The cycle's six surveys with their dates, state and how many have answered; editing, closing,
 * extending and reopening where the server offers it.
 */
export function SurveyList({ surveys, onChanged }: Props) {
  const t = useMessages(surveysMessages);
  const labels = useSurveyLabels();
  if (!surveys.length) return <Empty>{t('noSurveys')}</Empty>;
  const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
  return (
    <TableRegion label={t('surveys')}>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('columnSurvey')}</th>
            <th scope="col">{t('columnFor')}</th>
            <th scope="col">{t('columnOpen')}</th>
            <th scope="col">{t('columnStatus')}</th>
            <th scope="col">{t('columnResponses')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr key={s.id}>
              <td>
                {s.title}
                <span className="muted"> · {labels.kind(s.kind)}</span>
              </td>
              <td data-label={t('columnFor')}>{participantRolePlural(s.role)}</td>
              <td data-label={t('columnOpen')} className="nowrap">
                {formatDate(s.opensOn)} – {formatDate(s.closesOn)}
              </td>
              <td data-label={t('columnStatus')}>
                <SurveyStatusBadge status={s.status} />
              </td>
              <td data-label={t('columnResponses')}>
                {t('responsesOf', { count: s.responseCount, total: s.audienceSize })}
              </td>
              <td>
                <span className="button-row">
                  <Link to={`/surveys/${s.id}/results`}>
                    {t.rich('resultsLink', { title: s.title, hidden })}
                  </Link>
                  {s.can.edit ? (
                    <Link to={`/surveys/${s.id}/edit`}>{t.rich('editLink', { title: s.title, hidden })}</Link>
                  ) : null}
                </span>
                {onChanged && (s.can.close || s.can.extend || s.can.reopen) ? (
                  <SurveyStateActions survey={s} onChanged={onChanged} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
