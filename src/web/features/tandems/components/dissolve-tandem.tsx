import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  dissolveTandemSchema,
  type rematchResultSchema,
  type Tandem,
} from '../../../../shared/contract/tandems.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { dissolveTandem, proposeRematch, publishRematch } from '../api/tandems.ts';

type Rematch = z.infer<typeof rematchResultSchema>;

/** Coordinator only: end a tandem with a reason, then find the mentee a new mentor from remaining capacity. */
export function DissolveAndRematch({
  tandem,
  onChanged,
}: {
  tandem: Tandem;
  onChanged: (next?: Tandem) => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const errors = useFormErrors(['reason']);
  const [rematch, setRematch] = useState<Rematch | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const dissolve = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(dissolveTandemSchema, { reason });
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    try {
      onChanged(await dissolveTandem(tandem.id, checked.data.reason));
      setAsking(false);
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  const propose = async () => {
    setBusy(true);
    setMessage(null);
    try {
      setRematch(await proposeRematch(tandem.cycleId, tandem.mentee.participantId));
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const publish = async (mentorId: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const created = await publishRematch(tandem.cycleId, tandem.mentee.participantId, mentorId);
      setRematch(null);
      onChanged(created);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (tandem.status === 'active') {
    return (
      <section className="panel danger-zone" aria-labelledby="dissolve-heading">
        <h2 id="dissolve-heading">Dissolve this tandem</h2>
        {asking ? (
          <form className="form" onSubmit={(e) => void dissolve(e)} noValidate>
            <FormError message={errors.formError} />
            <TextAreaField
              name="reason"
              label="Reason"
              hint="Kept with the tandem's history. The mentee can then be re-matched."
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

  return (
    <section className="panel" aria-labelledby="rematch-heading">
      <h2 id="rematch-heading">Re-match {tandem.mentee.name}</h2>
      <p>Proposes a mentor from the capacity that is still free, under the cycle's rules.</p>
      <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
        Propose a new mentor
      </button>
      <div role="status">
        {rematch?.proposal ? (
          <div className="pair-preview">
            <p>
              <strong>{rematch.proposal.mentorName}</strong> ({rematch.proposal.mentorOrganisationName}),
              score {rematch.proposal.score.toFixed(1)}
            </p>
            {rematch.proposal.reasons.length ? <p>{rematch.proposal.reasons.join(' · ')}</p> : null}
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void publish(rematch.proposal!.mentorId)}
            >
              Publish the new tandem
            </button>
          </div>
        ) : rematch ? (
          <p className="notice notice--info">
            No mentor is free for {tandem.mentee.name}: {rematch.reasons.join('; ') || 'no capacity left.'}
          </p>
        ) : null}
      </div>
      {message ? (
        <p role="alert" className="notice notice--error">
          {message}
        </p>
      ) : null}
    </section>
  );
}
