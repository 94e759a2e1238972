import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { signatureLines } from './labels.ts';

/** Who has signed the current version, and who is still awaited. */
export function AgreementSignatures({ agreement }: { agreement: Agreement }) {
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  const lines = signatureLines(agreement.current, names);
  const missing = [
    agreement.current.menteeSignedAt ? null : names.mentee,
    agreement.current.mentorSignedAt ? null : names.mentor,
  ].filter(Boolean);
  return (
    <div className="agreement-signatures">
      {agreement.status === 'signed' ? (
        <p>
          <span className="badge badge--accepted">Signed by both</span>
        </p>
      ) : (
        <p>
          <span className="badge badge--pending">Waiting for {missing.join(' and ')}</span>
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
