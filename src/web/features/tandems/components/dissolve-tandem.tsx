import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import {
  dissolveTandemSchema,
  type rematchResultSchema,
  type Tandem,
} from '../../../../shared/contract/tandems.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { tandemsMessages } from '../../../../shared/i18n/tandems.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(tandemsMessages);
  const common = useMessages(commonMessages);
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
        <h2 id="dissolve-heading">{t('dissolveHeading')}</h2>
        {asking ? (
          <form className="form" onSubmit={dissolve} noValidate>
            <FormError message={errors.formError} />
            <TextAreaField
              name="reason"
              label={t('reason')}
              hint={t('reasonHint')}
              required
              value={reason}
              onChange={setReason}
              maxLength={500}
              error={errors.fieldErrors.reason}
            />
            <div className="button-row">
              <button type="submit" className="button button--danger" disabled={busy}>
                {t('dissolve')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                {common('cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
            {t('dissolveOpen')}
          </button>
        )}
      </section>
    );
  }
  if (!tandem.can.proposeRematch) return null;

  return (
    <section className="panel" aria-labelledby="rematch-heading">
      <h2 id="rematch-heading">{t('rematchHeading', { name: tandem.mentee.name })}</h2>
      <p>{t('rematchText', { name: tandem.mentee.name })}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
        {t('proposeMentor')}
      </button>
      <div role="status">
        {rematch && rematch.alternatives.length > 0 ? (
          <>
            <p>{t('alternatives', { count: rematch.alternatives.length })}</p>
            <ol className="rematch-alternatives" aria-label={t('mentorsFor', { name: tandem.mentee.name })}>
              {rematch.alternatives.map((a) => (
                <li key={a.mentorId} className="pair-preview">
                  <p>
                    {t.rich('alternative', {
                      mentor: a.mentorName,
                      organisation: a.mentorOrganisationName,
                      score: formatNumber(a.score, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                      b: (chunks) => <strong>{chunks}</strong>,
                    })}
                  </p>
                  {a.reasons.length ? <p>{a.reasons.join(' · ')}</p> : null}
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void publish(a.mentorId)}
                  >
                    {t('makeTandem', { mentor: a.mentorName })}
                  </button>
                </li>
              ))}
            </ol>
          </>
        ) : rematch ? (
          <p className="notice notice--info">
            {rematch.reasons.length
              ? t('noMentorFree', { name: tandem.mentee.name, reasons: rematch.reasons.join('; ') })
              : t('noMentorFreeNoPlaces', { name: tandem.mentee.name })}
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
