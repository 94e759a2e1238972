import { useEffect, useRef, useState } from 'react';
import { type SurveyDateMove, surveyKindLabels } from '../../../../shared/contract/surveys.ts';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, participantRoleLabel } from '../../../lib/format.ts';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { moveSurveyDates } from '../api/surveys.ts';

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
            ? `${errorMessage(error)} Nothing was moved: see the surveys as saved now on the Surveys tab.`
            : errorMessage(error),
        ),
    },
  );
  // The offer appears where the form was: focus goes to it, so it is read out and not missed.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="survey-date-offer">
      <h2 id="survey-date-offer" ref={heading} tabIndex={-1}>
        Move the surveys with the cycle?
      </h2>
      <p>
        The cycle’s dates changed. These surveys have not opened yet and still have their old dates. Surveys
        already open or closed keep theirs.
      </p>
      <table className="table table--stack">
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Now</th>
            <th scope="col">With the cycle</th>
          </tr>
        </thead>
        <tbody>
          {offer.map((m) => (
            <tr key={m.surveyId}>
              <td>
                {m.title}
                <span className="muted">
                  {' '}
                  · {surveyKindLabels[m.kind]}, {participantRoleLabel(m.role)}s
                </span>
              </td>
              <td data-label="Now">
                {formatDate(m.opensOn)} – {formatDate(m.closesOn)}
              </td>
              <td data-label="With the cycle">
                {formatDate(m.proposedOpensOn)} – {formatDate(m.proposedClosesOn)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError message={failure} />
      <div className="button-row">
        <button type="button" className="button" disabled={move.busy} onClick={() => void move.run()}>
          Move {offer.length === 1 ? 'this survey' : `these ${offer.length} surveys`}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={move.busy}
          onClick={() => onDone(false)}
        >
          Keep their dates
        </button>
      </div>
    </section>
  );
}
