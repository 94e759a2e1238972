import { useEffect, useRef, useState } from 'react';
import type { SurveyDateMove } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, participantRolePlural } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { moveSurveyDates } from '../api/surveys.ts';
import { useSurveyLabels } from './survey-labels.ts';

type Props = {
  cycleId: string;
  /** The surveys the cycle's new dates would move, as the cycle's save answered. */
  offer: readonly SurveyDateMove[];
  /** The coordinator decided: the surveys moved, or keep their dates. */
  onDone: (moved: boolean) => void;
};

/**
 * After the cycle's dates changed: the surveys that have not opened, with their dates now and
 * where they would move. Nothing moves until the coordinator says so.
 */
export function SurveyDateOffer({ cycleId, offer, onDone }: Props) {
  const t = useMessages(surveysMessages);
  const labels = useSurveyLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const move = useAction(
    async () => {
      setFailure(null);
      await moveSurveyDates(cycleId, offer);
      onDone(true);
    },
    {
      onError: (error) =>
        setFailure(
          isStaleVersion(error)
            ? t('staleNothingMoved', { message: errorMessage(error) })
            : errorMessage(error),
        ),
    },
  );
  // The offer appears where the form was: focus goes to it, so it is read out and not missed.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="survey-date-offer">
      <h2 id="survey-date-offer" ref={heading} tabIndex={-1}>
        {t('moveHeading')}
      </h2>
      <p>{t('moveIntro')}</p>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">{t('columnSurvey')}</th>
            <th scope="col">{t('columnNow')}</th>
            <th scope="col">{t('columnWithCycle')}</th>
          </tr>
        </thead>
        <tbody>
          {offer.map((m) => (
            <tr key={m.surveyId}>
              <td>
                {m.title}
                <span className="muted">
                  {' '}
                  · {labels.kind(m.kind)}, {participantRolePlural(m.role)}
                </span>
              </td>
              <td data-label={t('columnNow')}>
                {formatDate(m.opensOn)} – {formatDate(m.closesOn)}
              </td>
              <td data-label={t('columnWithCycle')}>
                {formatDate(m.proposedOpensOn)} – {formatDate(m.proposedClosesOn)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError message={failure} />
      <div className="button-row">
        <button type="button" className="button" disabled={move.busy} onClick={() => void move.run()}>
          {t('moveSurveys', { count: offer.length })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={move.busy}
          onClick={() => onDone(false)}
        >
          {t('keepDates')}
        </button>
      </div>
    </section>
  );
}
