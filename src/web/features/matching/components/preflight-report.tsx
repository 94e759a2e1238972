import type { z } from 'zod';
import type { preflightSchema } from '../../../../shared/contract/matching.ts';
import { matchingRulesMessages } from '../../../../shared/i18n/matching-rules.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

type Preflight = z.infer<typeof preflightSchema>;

/** Before running: who cannot be matched at all and why, and each organisation's reciprocity account. */
export function PreflightReport({ report }: { report: Preflight }) {
  const t = useMessages(matchingRulesMessages);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('mentees')}</dt>
          <dd>{formatNumber(report.mentees)}</dd>
        </div>
        <div>
          <dt>{t('mentorPlaces')}</dt>
          <dd>{formatNumber(report.mentorPlaces)}</dd>
        </div>
        <div>
          <dt>{t('unfinishedProfiles')}</dt>
          <dd>{formatNumber(report.incompleteProfiles)}</dd>
        </div>
        <div>
          <dt>{t('formerTandemPairs')}</dt>
          <dd>{formatNumber(report.formerTandemPairs)}</dd>
        </div>
      </dl>
      <h3>{t('unmatchableHeading')}</h3>
      {report.unmatchable.length === 0 ? (
        <p className="notice notice--success">{t('allMatchable')}</p>
      ) : (
        <>
          <p className="notice notice--error">
            {t('unmatchableCount', { count: report.unmatchable.length })}
          </p>
          <TableRegion label={t('unmatchableHeading')}>
            <table className="table table--compact table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('mentee')}</th>
                  <th scope="col">{t('organisation')}</th>
                  <th scope="col">{t('why')}</th>
                </tr>
              </thead>
              <tbody>
                {report.unmatchable.map((u) => (
                  <tr key={u.menteeId}>
                    <td>{u.name}</td>
                    <td data-label={t('organisation')}>{u.organisationName}</td>
                    <td data-label={t('why')}>{u.reasons.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
      <h3>{t('reciprocityHeading')}</h3>
      <TableRegion label={t('reciprocityTable')}>
        <table className="table table--compact table--stack">
          <thead>
            <tr>
              <th scope="col">{t('organisation')}</th>
              <th scope="col" className="num">
                {t('mentors')}
              </th>
              <th scope="col" className="num">
                {t('placesGiven')}
              </th>
              <th scope="col" className="num">
                {t('mentees')}
              </th>
              <th scope="col" className="num">
                {t('balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.reciprocity.map((r) => (
              <tr key={r.organisationId}>
                <td>{r.organisationName}</td>
                <td data-label={t('mentors')} className="num">
                  {formatNumber(r.mentors)}
                </td>
                <td data-label={t('placesGiven')} className="num">
                  {formatNumber(r.mentorPlaces)}
                </td>
                <td data-label={t('mentees')} className="num">
                  {formatNumber(r.mentees)}
                </td>
                <td data-label={t('balance')} className="num">
                  {formatNumber(r.balance, { signDisplay: 'exceptZero' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
