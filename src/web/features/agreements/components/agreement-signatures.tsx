import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { formatList } from '../../../../shared/i18n/formats.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';
import { signatureLines } from './labels.ts';

/** Who has signed the current version, and who is still awaited. */
export function AgreementSignatures({ agreement }: { agreement: Agreement }) {
  const t = useMessages(agreementsMessages);
  const { language } = useLanguage();
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  const lines = signatureLines(t, agreement.current, names);
  const missing = [
    agreement.current.menteeSignedAt ? null : names.mentee,
    agreement.current.mentorSignedAt ? null : names.mentor,
  ].filter((name) => name !== null);
  return (
    <div className="agreement-signatures">
      {agreement.status === 'signed' ? (
        <p>
          <span className="badge badge--accepted">{t('signedByBoth')}</span>
        </p>
      ) : (
        <p>
          <span className="badge badge--pending">
            {t('waitingFor', { names: formatList(language, missing) })}
          </span>
        </p>
      )}
      {lines.length ? (
        <ul className="plain-list">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
