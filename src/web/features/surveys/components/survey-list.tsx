import { type Survey, type SurveyStatus, surveyKindLabels } from '../../../../shared/contract/surveys.ts';
import { formatDate, participantRoleLabel } from '../../../lib/format.ts';
import { Link } from '../../../lib/router.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { SurveyStateActions } from './survey-state-actions.tsx';

export const surveyStatusLabels: Record<SurveyStatus, string> = {
  upcoming: 'Upcoming',
  open: 'Open',
  closed: 'Closed',
};
const statusBadge: Record<SurveyStatus, string> = {
  upcoming: 'badge badge--pending',
  open: 'badge badge--open',
  closed: 'badge badge--closed',
};

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  return <span className={statusBadge[status]}>{surveyStatusLabels[status]}</span>;
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
  if (!surveys.length) return <Empty>This cycle has no surveys.</Empty>;
  return (
    <TableRegion label="Surveys">
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">For</th>
            <th scope="col">Open</th>
            <th scope="col">Status</th>
            <th scope="col">Responses</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr key={s.id}>
              <td>
                {s.title}
                <span className="muted"> · {surveyKindLabels[s.kind]}</span>
              </td>
              <td data-label="For">{participantRoleLabel(s.role)}s</td>
              <td data-label="Open" className="nowrap">
                {formatDate(s.opensOn)} – {formatDate(s.closesOn)}
              </td>
              <td data-label="Status">
                <SurveyStatusBadge status={s.status} />
              </td>
              <td data-label="Responses">
                {s.responseCount} of {s.audienceSize}
              </td>
              <td>
                <span className="button-row">
                  <Link to={`/surveys/${s.id}/results`}>
                    Results<span className="visually-hidden"> of {s.title}</span>
                  </Link>
                  {s.can.edit ? (
                    <Link to={`/surveys/${s.id}/edit`}>
                      Edit<span className="visually-hidden"> {s.title}</span>
                    </Link>
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
