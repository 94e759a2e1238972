import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type CertificateState,
  type CycleCertificate,
  certificateEndpoints,
  withholdCertificateSchema,
} from '../../../../shared/contract/certificates.ts';
import { certificatesMessages } from '../../../../shared/i18n/certificates.ts';
import { commonMessages } from '../../../../shared/i18n/common.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useMayCall } from '../../../lib/session.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { listCycleCertificates, reissueCertificate, withholdCertificate } from '../api/certificates.ts';

const stateKeys = {
  pending: 'statePending',
  not_completed: 'stateNotCompleted',
  withheld: 'stateWithheld',
  available: 'stateAvailable',
} as const satisfies Record<CertificateState, string>;

const badgeOf: Record<CertificateState, string> = {
  pending: 'badge',
  not_completed: 'badge badge--closed',
  withheld: 'badge badge--closed',
  available: 'badge badge--open',
};

/**
 * The cycle's certificates of participation for the coordinator, on the cycle's tandems page: each
 * person who had a tandem, their certificate's state and number, and withhold or reissue where the
 * server allows it. Nothing for anyone else.
 */
export function CycleCertificates({ cycleId }: { cycleId: string }) {
  const mayCall = useMayCall();
  if (!mayCall(certificateEndpoints.listForCycle)) return null;
  return <CertificateSection cycleId={cycleId} />;
}

function CertificateSection({ cycleId }: { cycleId: string }) {
  const t = useMessages(certificatesMessages);
  const loaded = useResource(`certificates-${cycleId}`, (signal) => listCycleCertificates(cycleId, signal));
  const [changed, setChanged] = useState<Record<string, CycleCertificate>>({});
  const [done, setDone] = useState('');
  const [withholding, setWithholding] = useState<CycleCertificate | null>(null);
  const reissuing = useAction(async (certificate: CycleCertificate) => {
    const next = await reissueCertificate(certificate.participantId);
    setChanged((c) => ({ ...c, [next.participantId]: next }));
    setDone(t('reissuedDone', { name: next.name, number: next.number ?? '' }));
  });
  const onWithheld = (next: CycleCertificate) => {
    setChanged((c) => ({ ...c, [next.participantId]: next }));
    setWithholding(null);
    setDone(t('withheldDone', { name: next.name }));
  };
  return (
    <section aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('sectionTitle')}</h2>
      <p className="muted">{t('sectionIntro')}</p>
      <Loaded resource={loaded} loading={t('loading')}>
        {(list) => {
          const certificates = list.map((c) => changed[c.participantId] ?? c);
          if (!certificates.length) return <Empty>{t('empty')}</Empty>;
          return (
            <>
              {reissuing.error ? (
                <p role="alert" className="notice notice--error">
                  {reissuing.error}
                </p>
              ) : null}
              <TableRegion label={t('sectionTitle')}>
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('columnPerson')}</th>
                      <th scope="col">{t('columnState')}</th>
                      <th scope="col">{t('columnNumber')}</th>
                      <th scope="col">{t('columnActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {certificates.map((c) => (
                      <tr key={c.participantId}>
                        <td>
                          {c.name}
                          <span className="muted">
                            {' · '}
                            {t('role', { role: c.role })} · {c.organisationName}
                          </span>
                        </td>
                        <td data-label={t('columnState')}>
                          <span className={badgeOf[c.state]}>{t(stateKeys[c.state])}</span>
                          {c.withheldReason !== null ? (
                            <div className="muted">{t('withheldBecause', { reason: c.withheldReason })}</div>
                          ) : null}
                        </td>
                        <td data-label={t('columnNumber')}>
                          {c.number === null
                            ? t('noNumber')
                            : c.reissues > 0
                              ? t('numberReissued', { number: c.number, count: c.reissues })
                              : c.number}
                        </td>
                        <td data-label={t('columnActions')}>
                          <span className="button-row">
                            {c.can.withhold && c.state !== 'withheld' && c.withheldReason === null ? (
                              <button
                                type="button"
                                className="button button--secondary"
                                disabled={reissuing.busy}
                                onClick={() => setWithholding(c)}
                              >
                                {t.rich('withhold', { name: c.name, hidden })}
                              </button>
                            ) : null}
                            {c.can.reissue ? (
                              <button
                                type="button"
                                className="button button--secondary"
                                disabled={reissuing.busy}
                                onClick={() => void reissuing.run(c)}
                              >
                                {t.rich('reissue', { name: c.name, hidden })}
                              </button>
                            ) : null}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
              {withholding ? (
                <WithholdForm
                  key={withholding.participantId}
                  certificate={withholding}
                  onDone={onWithheld}
                  onCancel={() => setWithholding(null)}
                />
              ) : null}
            </>
          );
        }}
      </Loaded>
      <p role="status">{done}</p>
    </section>
  );
}

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** The reason for withholding one certificate; focus moves to it when it opens. */
function WithholdForm({
  certificate,
  onDone,
  onCancel,
}: {
  certificate: CycleCertificate;
  onDone: (next: CycleCertificate) => void;
  onCancel: () => void;
}) {
  const t = useMessages(certificatesMessages);
  const common = useMessages(commonMessages);
  const [reason, setReason] = useState('');
  const errors = useFormErrors(['reason']);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const saving = useAction(
    async (why: string) => onDone(await withholdCertificate(certificate.participantId, why)),
    { onError: errors.showRequestError },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(withholdCertificateSchema, { reason });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void saving.run(checked.data.reason);
  };
  return (
    <form ref={form} className="form panel" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <TextAreaField
        name="reason"
        label={t('withholdReason', { name: certificate.name })}
        hint={t('withholdReasonHint')}
        required
        value={reason}
        onChange={setReason}
        maxLength={500}
        error={errors.fieldErrors.reason}
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={saving.busy}>
          {t('confirmWithhold')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {common('cancel')}
        </button>
      </div>
    </form>
  );
}
