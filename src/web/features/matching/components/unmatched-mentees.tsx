import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Props = {
  unmatched: Draft['unmatched'];
  /** Which draft: without a run nobody is unmatched yet, and published proposals are no longer proposed. */
  draft: Pick<Draft, 'runId' | 'status'>;
  disabled: boolean;
  onChooseMentor: (menteeId: string) => void;
};

/** Mentees the draft leaves without a mentor, why, and a way to give them one by hand. */
export function UnmatchedMentees({ unmatched, draft, disabled, onChooseMentor }: Props) {
  const t = useMessages(matchingMessages);
  return (
    <section aria-labelledby="unmatched-heading">
      <h3 id="unmatched-heading">{t('unmatchedHeading')}</h3>
      {unmatched.length === 0 ? (
        <p className="muted">
          {draft.runId === null
            ? t('unmatchedNoRun')
            : draft.status === 'published'
              ? t('unmatchedPublished')
              : t('unmatchedNone')}
        </p>
      ) : (
        <TableRegion label={t('unmatchedHeading')}>
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">{t('mentee')}</th>
                <th scope="col">{t('organisation')}</th>
                <th scope="col">{t('columnWhyUnmatched')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {unmatched.map((u) => (
                <tr key={u.menteeId}>
                  <td>{u.name}</td>
                  <td data-label={t('organisation')}>{u.organisationName}</td>
                  <td data-label={t('columnWhyUnmatched')}>{u.reasons.join('; ') || t('noMentorLeft')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={disabled}
                      onClick={() => onChooseMentor(u.menteeId)}
                    >
                      {t.rich('chooseMentorFor', {
                        name: u.name,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
