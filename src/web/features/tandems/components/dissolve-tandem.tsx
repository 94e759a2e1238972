import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  dissolveTandemSchema,
  type rematchResultSchema,
  type Tandem,
} from '../../../../shared/contract/tandems.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { dissolveTandem, proposeRematch, publishRematch } from '../api/tandems.ts';

type Rematch = z.infer<typeof rematchResultSchema>;

/**
 * End a tandem with a reason, then find the mentee a new mentor from remaining capacity: each offered
 * when the server says the viewer may (the coordinator, while the tandem is active, then while the
 * mentee has no other tandem).
 */
export function DissolveAndRematch({
  tandem,
  onChanged,
}: {
  tandem: Tandem;
  onChanged: (next?: Tandem) => void;
}) {
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const errors = useFormErrors(['reason']);
  const [rematch, setRematch] = useState<Rematch | null>(null);
  const dissolving = useAction(
    async (why: string) => {
      onChanged(await dissolveTandem(tandem.id, why));
      setAsking(false);
    },
    { onError: errors.showRequestError },
  );
  // Proposing and publishing a new mentor share one busy flag and one place for their failures.
  const rematching = useAction((step: () => Promise<void>) => step());
  const busy = dissolving.busy || rematching.busy;
  const menteeId = tandem.mentee.participantId;
  const propose = () =>
    rematching.run(async () => setRematch(await proposeRematch(tandem.cycleId, menteeId)));
  const publish = (mentorId: string) =>
    rematching.run(async () => {
      const created = await publishRematch(tandem.cycleId, menteeId, mentorId);
      setRematch(null);
      onChanged(created);
    });

  const dissolve = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(dissolveTandemSchema, { reason });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void dissolving.run(checked.data.reason);
  };

  if (tandem.can.dissolve) {
    return (
      <section className="panel danger-zone" aria-labelledby="dissolve-heading">
        <h2 id="dissolve-heading">Dissolve this tandem</h2>
        {asking ? (
          <form className="form" onSubmit={dissolve} noValidate>
            <FormError message={errors.formError} />
            <TextAreaField
              name="reason"
              label="Reason"
              hint="Kept with the tandem's history and, as why the two are never paired again, in the matching rules. The mentee can then be re-matched."
              value={reason}
              onChange={setReason}
              maxLength={500}
              error={errors.fieldErrors.reason}
            />
            <div className="button-row">
              <button type="submit" className="button button--danger" disabled={busy}>
                Dissolve tandem
              </button>
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
            Dissolve…
          </button>
        )}
      </section>
    );
  }
  if (!tandem.can.proposeRematch) return null;

  return (
    <section className="panel" aria-labelledby="rematch-heading">
      <h2 id="rematch-heading">Re-match {tandem.mentee.name}</h2>
      <p>
        Offers up to three mentors with free places, under the cycle's rules. {tandem.mentee.name}'s former
        mentor is not offered again unless you lift that exclusion in the matching rules.
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
        Propose a new mentor
      </button>
      <div role="status">
        {rematch && rematch.alternatives.length > 0 ? (
          <>
            <p>
              {rematch.alternatives.length === 1
                ? 'One mentor fits the rules:'
                : `The ${rematch.alternatives.length} best mentors the rules allow, best first:`}
            </p>
            <ol className="rematch-alternatives" aria-label={`Mentors for ${tandem.mentee.name}`}>
              {rematch.alternatives.map((a) => (
                <li key={a.mentorId} className="pair-preview">
                  <p>
                    <strong>{a.mentorName}</strong> ({a.mentorOrganisationName}), score {a.score.toFixed(1)}
                  </p>
                  {a.reasons.length ? <p>{a.reasons.join(' · ')}</p> : null}
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void publish(a.mentorId)}
                  >
                    Make a tandem with {a.mentorName}
                  </button>
                </li>
              ))}
            </ol>
          </>
        ) : rematch ? (
          <p className="notice notice--info">
            No mentor is free for {tandem.mentee.name}: {rematch.reasons.join('; ') || 'no places left.'}
          </p>
        ) : null}
      </div>
      {rematching.error ? (
        <p role="alert" className="notice notice--error">
          {rematching.error}
        </p>
      ) : null}
    </section>
  );
}
